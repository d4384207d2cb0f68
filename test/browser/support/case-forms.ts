import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { see, type TestPage } from './browser.js';

/** The demo brigade whose officers, head and reviewer the case tests sign in as. */
export const BRIGADE = '清水县交通运输综合行政执法大队';

/** YYYY-MM-DD in Beijing, `days` from today. */
export function beijingDate(days: number): string {
  const when = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(when);
}

/** Neither an uncaught error nor a console error (failed requests included) on the page. */
export function expectNoPageErrors(tab: TestPage, consoleToo = false): void {
  expect(tab.pageErrors, '页面里不应有未捕获的脚本错误').toEqual([]);
  if (consoleToo) expect(tab.consoleErrors, '控制台不应有错误（含失败的请求）').toEqual([]);
}

/** Picks `label` in the antd Select `field` (options carry their label as title). */
export async function choose(page: Page, field: Locator, label: string): Promise<void> {
  await field.click();
  const option = page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true });
  await see(page, option, `下拉选项“${label}”`);
  await option.click();
}

/** Picks the option `steps` below the first with the keyboard, as a person using Tab would. */
export async function chooseByKeyboard(field: Locator, steps: number): Promise<void> {
  await field.focus();
  await field.press('Enter');
  for (let i = 0; i < steps; i += 1) await field.press('ArrowDown');
  await field.press('Enter');
}

/** Types a date into an antd DatePicker and leaves it with Tab, which keeps the date. */
export async function typeDate(field: Locator, date: string): Promise<void> {
  await field.click();
  await field.fill(date);
  await field.press('Tab');
}

/** A tiny real PNG (a 4×4 orange square), made here so no file has to be checked in. */
export function smallPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const size = 4;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([255, 128, 0]))]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface OfficerRow {
  id: string;
  name: string;
  agencyName: string;
  certificateStatus: string | null;
}

export interface CaseOfficers {
  own: string;
  colleague: string;
  expired: string;
}

/** Looks the officers up with the signed-in officer's own session, as the form would list them. */
export async function lookUpOfficers(page: Page): Promise<CaseOfficers> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    user: { officerId: string | null };
  };
  const response = await page.request.get('/api/officers?pageSize=200');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: OfficerRow[] };
  const brigade = items.filter((officer) => officer.agencyName === BRIGADE);
  const own = brigade.find((officer) => officer.id === me.user.officerId);
  const colleague = brigade.find(
    (officer) => officer.id !== own?.id && officer.certificateStatus === 'valid',
  );
  const expired = brigade.find((officer) => officer.certificateStatus === 'expired');
  if (!own || own.certificateStatus !== 'valid' || !colleague || !expired) {
    throw new Error(
      `演示数据里${BRIGADE}应有本人（证件有效）、另一名证件有效和一名证件已过期的人员`,
    );
  }
  return { own: own.name, colleague: colleague.name, expired: expired.name };
}

/** Adds `name` to the 执法人员 multiple select by searching for it. */
export async function addOfficer(page: Page, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: '执法人员' });
  await select.click();
  await select.fill(name);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: name });
  await see(page, option, `执法人员下拉中的“${name}”`);
  await option.first().click();
  await select.press('Escape');
  await see(page, page.locator('.ant-tag').filter({ hasText: `${name}（` }), `已选“${name}”`);
}

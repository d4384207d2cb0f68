import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonName,
  documentWidth,
  openDesktopPage,
  openMenuItem,
  openPhonePage,
  saveScreenshot,
  see,
  SEE_TIMEOUT_MS,
  signIn,
  pageText,
  step,
  type TestPage,
} from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';

/** The demo's county whose officer signs in on the phone, and the counties they must not see. */
const HOME_COUNTY = '清水县';
const OTHER_COUNTIES = ['石门县', '云溪县'];
const PHONE_WIDTH = 375;

const running = useDemoSession();

async function openDesktop(): Promise<TestPage> {
  const { server, browser } = running();
  return openDesktopPage(browser, server.url);
}

async function openPhone(): Promise<TestPage> {
  const { server, browser } = running();
  return openPhonePage(browser, server.url);
}

function password(): string {
  return running().server.password;
}

async function visibleText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

function expectNoPageErrors(tab: TestPage): void {
  expect(tab.pageErrors, '页面里不应有未捕获的脚本错误').toEqual([]);
}

/** YYYY-MM-DD in Beijing, `days` from today. */
function beijingDate(days: number): string {
  const when = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(when);
}

/** The calendar day after `date` (YYYY-MM-DD). */
function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Picks `label` in the antd Select labelled `field` (options carry their label as title). */
async function choose(page: Page, field: Locator, label: string): Promise<void> {
  await field.click();
  const option = page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true });
  await see(page, option, `下拉选项“${label}”`);
  await option.click();
}

describe('桌面端（1280×800）：系统管理员', () => {
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openDesktop();
  });

  afterAll(async () => {
    await tab?.close();
  });

  it('打开网址先看到登录页；登录后首页的待办事项里有执法证到期或过期的提醒', async () => {
    const { page } = tab;
    await step(page, '打开网址', async () => {
      await page.goto('/');
      await see(page, page.getByRole('heading', { name: '用户登录' }), '登录页的“用户登录”');
      expect(new URL(page.url()).pathname).toBe('/login');
      await saveScreenshot(page, 'desktop-1-login');
    });
    await step(page, '以 admin 登录', () => signIn(page, 'admin', password()));
    await step(page, '查看首页待办事项', async () => {
      const todos = page.getByRole('listitem').filter({ hasText: /执法证(即将到期|已过期)/ });
      await see(page, todos, '至少一条“执法证即将到期”或“执法证已过期”的待办');
      await see(
        page,
        page.getByRole('heading', { name: /，系统管理员$/ }),
        '问候语“…，系统管理员”',
      );
      expect(await todos.count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'desktop-2-home');
    });
    expectNoPageErrors(tab);
  });

  it('组织机构：树中有临江市和清水县交通运输局，选中清水县执法大队后显示它的详情', async () => {
    const { page } = tab;
    await step(page, '打开组织机构', () => openMenuItem(page, '组织机构'));
    const tree = page.getByRole('tree', { name: '执法机构树' });
    await step(page, '查看机构树', async () => {
      for (const name of ['临江市交通运输局', '清水县交通运输局']) {
        await see(page, tree.getByRole('treeitem', { name }), `机构树中的“${name}”`);
      }
    });
    await step(page, '选中清水县交通运输综合行政执法大队', async () => {
      const brigade = `${HOME_COUNTY}交通运输综合行政执法大队`;
      await tree.getByRole('treeitem', { name: brigade }).getByText(brigade).click();
      const detail = page.locator('.ant-card').filter({ hasText: '行政区划代码' });
      await see(page, detail.getByText(brigade, { exact: true }), `详情卡片的标题“${brigade}”`);
      await see(
        page,
        detail.getByRole('cell', { name: /简称.*清水执法大队/ }),
        '简称“清水执法大队”',
      );
      await see(
        page,
        detail.getByRole('cell', { name: /行政区划代码.*439921/ }),
        '区划代码 439921',
      );
      await see(page, detail.getByRole('heading', { name: '内设机构' }), '“内设机构”小标题');
      await see(
        page,
        detail.getByRole('cell', { name: '法制股', exact: true }),
        '内设机构“法制股”',
      );
      await saveScreenshot(page, 'desktop-3-agencies');
    });
    expectNoPageErrors(tab);
  });

  it('执法人员：表格列出人员，证件状态有“有效”“即将到期”“已过期”', async () => {
    const { page } = tab;
    await step(page, '打开执法人员', () => openMenuItem(page, '执法人员'));
    await step(page, '每页显示 50 条，看到全部人员', async () => {
      const total = await officerTotal(page);
      expect(total, '演示机构的执法人员应能在一页 50 条内列完').toBeLessThanOrEqual(50);
      await choose(page, page.getByRole('combobox', { name: '页码' }), '50 条/页');
      const rows = page
        .getByRole('table')
        .getByRole('row')
        .filter({ has: page.getByRole('link') });
      await expect
        .poll(() => rows.count(), {
          timeout: SEE_TIMEOUT_MS,
          message: `表格应列出全部 ${total} 人`,
        })
        .toBe(total);
    });
    await step(page, '查看证件状态', async () => {
      const table = page.getByRole('table');
      for (const status of ['有效', '即将到期', '已过期']) {
        await see(page, table.getByRole('cell', { name: status, exact: true }), `状态“${status}”`);
      }
      await saveScreenshot(page, 'desktop-4-officers');
    });
    expectNoPageErrors(tab);
  });

  it('执法人员详情：搜索并打开一名证件有效的人员，看到执法证号，可否执法给出结论', async () => {
    const { page } = tab;
    await step(page, '打开执法人员', () => openMenuItem(page, '执法人员'));
    const name = await step(page, '搜索一名证件有效的人员', () => searchValidOfficer(page));
    const certificate = await step(page, '打开其详情', () => openOfficer(page, name));
    await step(page, `选证上的门类“${certificate.category}”和有效期过后的一天检查`, async () => {
      const afterExpiry = dayAfter(certificate.validTo);
      const verdict = await checkEligibility(page, certificate.category, afterExpiry);
      expect(verdict, `${afterExpiry} 执法证已过有效期`).toContain('不可执法');
    });
    // Today: a day in the next year would need this year's 年度审验, which demo certificates lack.
    await step(page, `选证上的门类“${certificate.category}”和今天检查`, async () => {
      const verdict = await checkEligibility(page, certificate.category, beijingDate(0));
      expect(verdict).toContain('可以执法');
      expect(verdict).toContain(certificate.number);
      await saveScreenshot(page, 'desktop-5-officer-eligibility');
    });
    expectNoPageErrors(tab);
  });
});

/** N in the "共 N 人" under the officers table. */
async function officerTotal(page: Page): Promise<number> {
  const shown = page.getByText(/^共 \d+ 人$/);
  await see(page, shown, '表格下方的“共 N 人”');
  return Number(/\d+/.exec(await visibleText(shown))?.[0]);
}

/** Reads the name of the first officer listed as 有效, searches for it, returns it. */
async function searchValidOfficer(page: Page): Promise<string> {
  const validRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '有效', exact: true }) })
    .first();
  await see(page, validRow, '至少一行证件状态为“有效”的人员');
  const name = await visibleText(validRow.getByRole('link').first());
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill(name);
  await search.press('Enter');
  await see(page, page.getByText('共 1 人'), `搜索“${name}”后只剩“共 1 人”`);
  return name;
}

interface ShownCertificate {
  number: string;
  category: string;
  /** The last day of validity, YYYY-MM-DD. */
  validTo: string;
}

async function openOfficer(page: Page, name: string): Promise<ShownCertificate> {
  await page.getByRole('link', { name, exact: true }).click();
  const heading = page.getByRole('heading', { name: `执法人员：${name}` });
  await see(page, heading, `标题“执法人员：${name}”`);
  await see(page, page.getByRole('cell', { name: `姓名 : ${name}` }), `基本信息里的姓名“${name}”`);
  const certificates = page.locator('.ant-card').filter({ hasText: '执法证号' });
  const firstRow = certificates.getByRole('row').nth(1);
  await see(page, firstRow, '执法证表格中至少一张证');
  const number = await visibleText(firstRow.getByRole('cell').nth(0));
  expect(number, '执法证号应为数字').toMatch(/^\d{6,}$/);
  const category = await visibleText(firstRow.getByRole('cell').nth(2).locator('.ant-tag').first());
  const validity = await visibleText(firstRow.getByRole('cell').nth(4));
  const validTo = /至 (\d{4}-\d{2}-\d{2})$/.exec(validity)?.[1];
  if (!validTo) throw new Error(`有效期一栏应为“开始 至 结束”，看到的是“${validity}”`);
  return { number, category, validTo };
}

/** Fills the 可否执法 form and returns the verdict as the person reads it. */
async function checkEligibility(page: Page, category: string, date: string): Promise<string> {
  const form = page.locator('.ant-card').filter({ hasText: '可否执法' });
  await choose(page, form.getByRole('combobox', { name: '执法门类' }), category);
  const dateInput = form.getByRole('textbox', { name: '日期' });
  await dateInput.click();
  await dateInput.fill(date);
  // Tab leaves the field, which keeps the typed date; Enter would also submit the form.
  await dateInput.press('Tab');
  expect(await dateInput.inputValue(), '日期框应显示所选日期').toBe(date);
  const verdict = form.getByRole('status');
  expect(await verdict.count(), '改了门类或日期后，上一次的结论应当消失').toBe(0);
  await form.getByRole('button', { name: buttonName('检查') }).click();
  await see(page, verdict, `选“${category}”、${date} 检查后的结论`);
  return visibleText(verdict);
}

describe('手机（375×740）：清水县执法人员 qs.zhifa1', () => {
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPhone();
  });

  afterAll(async () => {
    await tab?.close();
  });

  it('登录后首页不横向溢出，菜单收在“打开菜单”按钮后面', async () => {
    const { page } = tab;
    await step(page, '以 qs.zhifa1 登录', () => signIn(page, 'qs.zhifa1', password()));
    await step(page, '首页宽度', async () => {
      await see(page, page.getByText('待办事项'), '“待办事项”卡片');
      await saveScreenshot(page, 'phone-1-home');
      expect(await documentWidth(page), '页面不应比 375px 的屏幕更宽').toBeLessThanOrEqual(
        PHONE_WIDTH + 1,
      );
      expect(await page.getByRole('menuitem').count(), '菜单应收起，不直接显示').toBe(0);
    });
    await step(page, '点“打开菜单”', async () => {
      await page.getByRole('button', { name: '打开菜单' }).tap();
      const drawer = page.getByRole('dialog');
      for (const label of ['首页', '工作日历', '我的执法证']) {
        await see(page, drawer.getByRole('menuitem', { name: label }), `菜单项“${label}”`);
      }
      expect(await drawer.getByRole('menuitem', { name: '执法人员' }).count()).toBe(0);
      await saveScreenshot(page, 'phone-2-menu');
    });
    expectNoPageErrors(tab);
  });

  it('“我的执法证”只显示清水县的机构，没有石门县、云溪县', async () => {
    const { page } = tab;
    await step(page, '回到首页，从菜单打开我的执法证', async () => {
      await page.goto('/');
      await page.getByRole('button', { name: '打开菜单' }).tap();
      await openMenuItem(page, '我的执法证', /^执法人员：/);
    });
    await step(page, '查看所属机构', async () => {
      const agency = page.getByRole('cell', { name: /^所属机构 : / });
      await see(page, agency, '基本信息里的“所属机构”');
      expect(await visibleText(agency)).toContain(HOME_COUNTY);
      await see(page, page.getByRole('cell', { name: /^\d{6,}$/ }), '自己的执法证号');
      await saveScreenshot(page, 'phone-3-my-certificate');
      expectOnlyHomeCounty(await pageText(page));
      expect(await documentWidth(page), '页面不应比屏幕更宽').toBeLessThanOrEqual(PHONE_WIDTH + 1);
    });
    expectNoPageErrors(tab);
  });

  it('执法人员列表不对此角色开放；接口给此账号的人员也都属于清水县', async () => {
    const { page } = tab;
    await step(page, '直接访问 /officers', async () => {
      await page.goto('/officers');
      await see(page, page.getByText('无权访问'), '“无权访问”提示');
    });
    await step(page, '用此账号的会话读取 /api/officers', async () => {
      const response = await page.request.get('/api/officers?pageSize=200');
      expect(response.status()).toBe(200);
      const { items } = (await response.json()) as { items: { agencyName: string }[] };
      const agencies = [...new Set(items.map((officer) => officer.agencyName))];
      expect(agencies.length, '至少能看到本县的人员').toBeGreaterThan(0);
      expectOnlyHomeCounty(agencies.join('、'));
    });
    expectNoPageErrors(tab);
  });
});

function expectOnlyHomeCounty(shown: string): void {
  expect(shown).toContain(HOME_COUNTY);
  for (const county of OTHER_COUNTIES) {
    expect(shown, `清水县的执法人员不应看到${county}`).not.toContain(county);
  }
}

describe('全过程记录（桌面端）：系统管理员', () => {
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openDesktop();
  });

  afterAll(async () => {
    await tab?.close();
  });

  it('从执法人员页面打开其全过程记录，看到“创建”记录；校验记录链显示完整', async () => {
    const { page } = tab;
    await step(page, '以 admin 登录', () => signIn(page, 'admin', password()));
    const name = await step(page, '从执法人员表格打开第一位人员', async () => {
      await openMenuItem(page, '执法人员');
      const first = page.getByRole('table').getByRole('link').first();
      await see(page, first, '表格中至少一名执法人员');
      const officer = await visibleText(first);
      await first.click();
      await see(page, page.getByRole('heading', { name: `执法人员：${officer}` }), '人员详情');
      return officer;
    });
    await step(page, '点“全过程记录”', async () => {
      await page.getByRole('button', { name: /全过程记录/ }).click();
      await see(page, page.getByRole('heading', { name: '全过程记录' }), '“全过程记录”页面');
      const created = page.getByRole('listitem').filter({ hasText: '创建' });
      await see(page, created, '至少一条“创建”记录');
      await see(page, created.getByRole('cell', { name, exact: true }), `记录里的姓名“${name}”`);
    });
    await step(page, '点“校验记录链”', async () => {
      await page.getByRole('button', { name: /校验记录链/ }).click();
      const result = page.getByRole('status');
      await see(page, result.getByText(/^记录链完整，已校验 \d+ 条记录$/), '“记录链完整”');
      await saveScreenshot(page, 'desktop-6-records');
    });
    expectNoPageErrors(tab);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import {
  documentWidth,
  openDesktopPage,
  openPhonePage,
  saveScreenshot,
  see,
  signIn,
  step,
  type TestPage,
} from './support/browser.js';
import { choose, expectNoPageErrors } from './support/case-forms.js';
import { useDemoSession } from './support/demo-session.js';

const running = useDemoSession();
const PHONE_WIDTH = 375;

/** The demo case of 清水县 whose party is `partyName`, opened on its page. */
async function openCaseOf(tab: TestPage, partyName: string): Promise<void> {
  const { page } = tab;
  const listed = await page.request.get(`/api/cases?q=${encodeURIComponent(partyName)}`);
  const [found] = (await listed.json()).items as { id: string }[];
  if (!found) throw new Error(`演示数据中没有当事人为${partyName}的案件`);
  await page.goto(`/cases/${found.id}`);
  await see(page, page.getByText('裁量', { exact: true }).first(), '案件页的“裁量”卡片');
}

describe('裁量（手机 375×740）：执法人员看到裁量说明和建议罚款，法制审核人员看到偏离提示', () => {
  const tabs: TestPage[] = [];
  afterAll(async () => {
    for (const tab of tabs) await tab.close();
  });

  it('qs.zhifa1 按违法行为和情节裁量：看到适用条文、阶次、范围、建议罚款和理由，保存后案件页显示', async () => {
    const { server, browser } = running();
    const tab = await openPhonePage(browser, server.url);
    tabs.push(tab);
    const { page } = tab;
    await step(page, '以 qs.zhifa1 登录', () => signIn(page, 'qs.zhifa1', server.password));
    await step(page, '打开刘建军无证货运案', () => openCaseOf(tab, '刘建军'));

    const drawer = page.getByRole('dialog', { name: '裁量' });
    await step(page, '点“进行裁量”，选违法行为', async () => {
      await page.getByRole('button', { name: /进行裁量/ }).click();
      await see(page, drawer.getByText('违法行为', { exact: true }), '裁量抽屉');
      const field = drawer.getByRole('combobox', { name: '违法行为' });
      await field.click();
      await field.fill('普通货物');
      await choose(page, field, '未取得道路运输经营许可，擅自从事道路普通货物运输经营（RT-63-1）');
    });

    await step(page, '看到初次违法的“轻微”阶次和建议罚款', async () => {
      await see(page, drawer.getByText('3,875.00元'), '建议罚款 3,875.00元');
      await see(page, drawer.getByText('轻微', { exact: true }), '裁量阶次“轻微”');
      await see(page, drawer.getByText('裁量说明'), '裁量说明');
      await see(page, drawer.getByText(/3,000\.00元 至 4,750\.00元/), '裁量范围');
    });

    await step(page, '点处罚依据，看到第六十三条的原文', async () => {
      await drawer.getByText('《道路运输条例》第六十三条第一项').first().click();
      await see(
        page,
        page.getByText(/擅自从事道路普通货物运输经营，违法所得超过1万元的/),
        '条文原文',
      );
    });

    await step(page, '填违法所得2万元，阶次和范围随之改变', async () => {
      await drawer.getByRole('spinbutton', { name: '违法所得' }).fill('20000');
      await see(page, drawer.getByText(/20,000\.00元 至 40,000\.00元/), '按违法所得1至2倍的范围');
      await drawer.getByRole('spinbutton', { name: '违法所得' }).fill('');
      await see(page, drawer.getByText('3,875.00元'), '清空后回到建议罚款 3,875.00元');
    });

    await step(page, '保存裁量结果', async () => {
      await page.getByRole('button', { name: /保存裁量结果/ }).click();
      await see(page, page.getByText('已保存裁量结果'), '保存成功的提示');
      await see(page, page.getByRole('button', { name: /重新裁量/ }), '“重新裁量”按钮');
      await see(page, page.getByText('3,875.00元').first(), '案件页上的建议罚款');
    });
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
    await saveScreenshot(page, 'discretion-officer-phone');
    expectNoPageErrors(tab);
  });

  it('qs.fazhi 审核罗志刚无证客运案：看到拟罚款超出裁量范围的偏离提示和书面理由', async () => {
    const { server, browser } = running();
    const tab = await openDesktopPage(browser, server.url);
    tabs.push(tab);
    const { page } = tab;
    await step(page, '以 qs.fazhi 登录', () => signIn(page, 'qs.fazhi', server.password));
    await step(page, '打开罗志刚案', () => openCaseOf(tab, '罗志刚'));
    await step(page, '看到偏离提示', async () => {
      await see(page, page.getByText(/偏离提示：调查终结报告拟罚款 40,000\.00元/), '偏离提示');
      await see(
        page,
        page.getByText(/超出裁量基准范围（10,000\.00元至30,000\.00元）/),
        '超出的范围',
      );
      await see(page, page.getByText(/书面理由：当事人虽系初次被查处/), '承办人写明的理由');
      await see(
        page,
        page.getByText('未取得道路运输经营许可，擅自从事道路客运经营').first(),
        '违法行为',
      );
    });
    await saveScreenshot(page, 'discretion-reviewer-desktop');
    expectNoPageErrors(tab);
  });
});

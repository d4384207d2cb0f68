import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/storage/package-root.js';
import { poppler } from '../support/poppler.js';
import {
  buttonName,
  documentWidth,
  openDesktopPage,
  openPhonePage,
  saveScreenshot,
  see,
  signIn,
  step,
  type TestPage,
} from './support/browser.js';
import {
  addOfficer,
  BRIGADE,
  beijingDate,
  choose,
  chooseByKeyboard,
  expectNoPageErrors,
  lookUpOfficers,
  smallPng,
  typeDate,
} from './support/case-forms.js';
import { useDemoSession } from './support/demo-session.js';

const PHONE = { width: 390, height: 844 };
const CAUSE = '未取得道路运输经营许可擅自从事道路货物运输经营';
const PARTY = { name: '钱小龙', idNumber: '439921198001010012', address: '清水县城关镇建设路18号' };
const LAW = '中华人民共和国道路运输条例';
const RECONSIDERATION_BODY = '清水县人民政府';
const COURT = '清水县人民法院';
const PAYMENT_ACCOUNT = '清水县非税收入汇缴专户 6222 0000 0000 0001';
const BANK_REFERENCE = 'QS-20260001-7788';
const EVIDENCE_TITLE = '现场照片（车厢货物）';
const downloadFolder = path.join(packageRoot(), '.zhifa-test', 'downloads');

const running = useDemoSession();

async function signedIn(username: string, phone = false): Promise<TestPage> {
  const { server, browser } = running();
  const tab = phone
    ? await openPhonePage(browser, server.url, PHONE)
    : await openDesktopPage(browser, server.url);
  await step(tab.page, `以 ${username} 登录`, () => signIn(tab.page, username, server.password));
  // The sign-in page asks who is signed in and is told 401 by design; only what follows counts.
  tab.consoleErrors.length = 0;
  return tab;
}

/** Runs `work` as `username` in a desktop tab of its own, closed afterwards. */
async function asDesktopUser(username: string, work: (tab: TestPage) => Promise<void>) {
  const tab = await signedIn(username);
  try {
    await work(tab);
    expectNoPageErrors(tab, true);
  } finally {
    await tab.close();
  }
}

/** The open dialog titled `title`. */
function dialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog', { name: title });
}

/** The case page's stage tag, beside the case number. */
async function seeStage(page: Page, label: string): Promise<void> {
  await see(page, page.locator('h3 + .ant-tag', { hasText: label }), `案件阶段“${label}”`);
}

/** A card of the case page, by its title. */
function card(page: Page, title: string): Locator {
  return page.locator('.ant-card').filter({
    has: page.locator('.ant-card-head-title').getByText(title, { exact: true }),
  });
}

/** Clicks a dialog's button and waits for the dialog to close, i.e. the act was accepted. */
async function submitDialog(page: Page, box: Locator, label: string): Promise<void> {
  await box.getByRole('button', { name: buttonName(label) }).click();
  try {
    await box.waitFor({ state: 'hidden' });
  } catch {
    const shown = await box.innerText().catch(() => '（读不到对话框）');
    throw new Error(`点“${label}”后对话框没有关闭，对话框里是：${shown.replace(/\s+/g, ' ')}`);
  }
}

/** Picks `label` in the radio group named `group` (antd hides the input behind its label). */
async function pickRadio(box: Locator, group: string, label: string): Promise<void> {
  const radios = box.getByRole('radiogroup', { name: group });
  await radios
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .click();
  await expectChecked(radios, label);
}

/** The radio `label` (in a radio group or a Segmented) is the one chosen. */
async function expectChecked(radios: Locator, label: string): Promise<void> {
  const radio = radios.getByRole('radio', { name: label, exact: true });
  await expect.poll(() => radio.isChecked(), { message: `应已选“${label}”` }).toBe(true);
}

async function expectFitsPhone(page: Page): Promise<void> {
  expect(await documentWidth(page), `页面不应比 ${PHONE.width}px 的屏幕更宽`).toBeLessThanOrEqual(
    PHONE.width + 1,
  );
}

describe('罚款案件的全过程：qs.zhifa1 用手机（390×844）办理，负责人和法制审核人员用电脑', () => {
  let officerTab: TestPage;
  let caseUrl = '';
  let caseNumber = '';

  afterAll(async () => {
    await officerTab?.close();
  });

  async function openCase(page: Page): Promise<void> {
    expect(caseNumber, '前面的步骤应已立案').not.toBe('');
    await page.goto(caseUrl);
    await see(page, page.getByRole('heading', { level: 3, name: caseNumber }), '案件编号');
  }

  it('qs.zhifa1 登记线索、申请立案，qs.fuzeren 批准立案', async () => {
    officerTab = await signedIn('qs.zhifa1', true);
    const { page } = officerTab;
    const officers = await step(page, '查找本大队的执法人员', () => lookUpOfficers(page));
    await step(page, '登记一条检查发现的线索', async () => {
      await page.goto('/leads/new');
      await see(page, page.getByRole('heading', { name: '线索登记' }), '“线索登记”页面');
      await choose(page, page.getByRole('combobox', { name: '案件来源' }), '检查发现');
      await page.getByLabel('案由').fill(CAUSE);
      await page
        .getByLabel('案件基本情况')
        .fill('执法人员在S315线清水检查站检查时发现该货车无道路运输证从事货物运输。');
      await page.getByLabel('违法地点').fill('S315线清水检查站');
      await page.getByRole('button', { name: buttonName('登记线索') }).click();
      await see(page, page.getByText('申请立案', { exact: true }), '“申请立案”表单');
    });
    await step(page, `申请立案，执法人员为${officers.own}和${officers.colleague}`, async () => {
      const form = page.locator('form#filing');
      await chooseByKeyboard(form.getByRole('combobox', { name: '执法门类' }), 1);
      await see(page, form.getByTitle('运政', { exact: true }), '已选执法门类“运政”');
      await typeDate(form.getByRole('textbox', { name: '违法行为（终了）日期' }), beijingDate(-2));
      await form.getByLabel('姓名', { exact: true }).fill(PARTY.name);
      await form.getByLabel('居民身份证号').fill(PARTY.idNumber);
      await form.getByLabel('住址').fill(PARTY.address);
      await addOfficer(page, officers.colleague);
      await expectFitsPhone(page);
      await page.getByRole('button', { name: buttonName('提交立案审批') }).click();
      await see(page, page.getByText('已提交立案申请，等待负责人审批。'), '“等待负责人审批”');
      caseUrl = new URL(page.url()).pathname;
    });
    expectNoPageErrors(officerTab, true);

    await asDesktopUser('qs.fuzeren', async ({ page: head }) => {
      await step(head, '批准立案', async () => {
        await head.goto(caseUrl);
        await head.getByRole('button', { name: buttonName('批准立案') }).click();
        await head
          .getByRole('dialog')
          .getByRole('button', { name: buttonName('批准立案') })
          .click();
        const number = head.getByRole('heading', { level: 3, name: /罚〔\d{4}〕第\d+号/ });
        await see(head, number, '批准后的案件编号');
        caseNumber = (await number.innerText()).trim();
      });
    });
  });

  it('qs.zhifa1 登记证据，提交调查终结报告（拟罚款 5,000 元，达到法制审核目录的数额）', async () => {
    const { page } = officerTab;
    await openCase(page);
    await seeStage(page, '已立案（调查取证）');
    await step(page, '“下一步”和“法定期限”', async () => {
      await see(
        page,
        card(page, '下一步').getByRole('listitem', { name: '调查终结' }).getByText('您可以办理'),
        '“下一步”中可以办理的“调查终结”',
      );
      await see(
        page,
        card(page, '法定期限').getByText('作出行政处罚决定'),
        '法定期限“作出行政处罚决定”',
      );
    });
    await step(page, '登记一张现场照片', async () => {
      const evidence = page.locator('form#evidence');
      await evidence.locator('input[type=file]').setInputFiles({
        name: '车厢货物.png',
        mimeType: 'image/png',
        buffer: smallPng(),
      });
      await choose(page, evidence.getByRole('combobox', { name: '证据种类' }), '视听资料');
      await evidence.getByLabel('名称').fill(EVIDENCE_TITLE);
      await evidence.getByRole('button', { name: buttonName('登记证据') }).click();
      await see(
        page,
        page
          .getByRole('list', { name: '证据列表' })
          .getByRole('listitem', { name: EVIDENCE_TITLE }),
        `证据列表中的“${EVIDENCE_TITLE}”`,
      );
    });
    await step(page, '填写调查终结报告', async () => {
      await card(page, '调查终结')
        .getByRole('button', { name: buttonName('提交调查终结报告') })
        .click();
      const report = dialog(page, '调查终结报告');
      await see(page, report, '“调查终结报告”对话框');
      await report
        .getByLabel('调查认定的违法事实')
        .fill('当事人驾驶货车在未取得道路运输经营许可的情况下从事道路货物运输经营。');
      await choose(
        page,
        report.getByRole('combobox', { name: '证据' }),
        `视听资料：${EVIDENCE_TITLE}`,
      );
      // A multiple select stays open after a pick; clicking a label closes it, as a person would.
      await report.getByText('调查认定的违法事实').click();
      await report.getByLabel('违反的法律规定').fill(`《${LAW}》第二十四条`);
      await report.getByLabel('处罚依据').fill(`《${LAW}》第六十三条`);
      await expectChecked(report.getByRole('radiogroup', { name: '处理建议' }), '给予行政处罚');
      await see(page, report.getByTitle('罚款', { exact: true }), '处罚种类已选“罚款”');
      await report.getByLabel('罚款金额（元）').fill('5000');
      await report.getByLabel('承办人意见').fill('建议依法给予罚款5000元的行政处罚。');
      await expectFitsPhone(page);
      await saveScreenshot(page, 'case-path-1-report');
      await submitDialog(page, report, '提交报告');
    });
    await step(page, '案件进入调查终结，提示须经法制审核', async () => {
      await seeStage(page, '调查终结');
      await see(
        page,
        page.getByRole('list', { name: '调查终结报告' }).getByText(/建议：罚款/),
        '报告的处理建议“罚款…”',
      );
      await see(page, page.getByText('本案须经法制审核后才能作出决定'), '须经法制审核的提示');
    });
    expectNoPageErrors(officerTab, true);
  });

  it('qs.zhifa1 送达违法行为通知书，登记当事人书面放弃陈述申辩，结束陈述申辩期', async () => {
    const { page } = officerTab;
    await openCase(page);
    const notice = card(page, '告知与陈述申辩');
    await step(page, '直接送达违法行为通知书', async () => {
      await notice.getByRole('button', { name: buttonName('送达违法行为通知书') }).click();
      const form = dialog(page, '送达违法行为通知书');
      await see(page, form.getByText(/拟作出的处罚：罚款/), '拟作出的处罚');
      await see(page, form.getByText(/不属于听证范围/), '不属于听证范围');
      await form.getByLabel('联系人').fill('李执法');
      await form.getByLabel('联系电话').fill('0739-1234567');
      await expectFitsPhone(page);
      await submitDialog(page, form, '登记送达');
      await seeStage(page, '已告知');
    });
    await step(page, '登记当事人的书面放弃声明', async () => {
      await notice
        .getByRole('button', { name: buttonName('登记陈述申辩、听证申请或放弃') })
        .click();
      const form = dialog(page, '登记当事人的意见');
      await choose(
        page,
        form.getByRole('combobox', { name: '类别' }),
        '书面放弃陈述、申辩和听证权利',
      );
      await form
        .getByLabel('内容')
        .fill('本人对违法事实无异议，自愿放弃陈述、申辩和要求听证的权利。');
      await submitDialog(page, form, '登记');
      await see(
        page,
        page.getByRole('list', { name: '当事人的意见' }).getByText('书面放弃陈述、申辩和听证权利'),
        '登记的书面放弃声明',
      );
    });
    await step(page, '结束陈述申辩期', async () => {
      const close = notice.getByRole('button', { name: buttonName('结束陈述申辩期') });
      await expect.poll(() => close.isEnabled()).toBe(true);
      await close.click();
      await seeStage(page, '待决定');
    });
    expectNoPageErrors(officerTab, true);
  });

  it('qs.zhifa1 提交法制审核，qs.fazhi 建议修改后提交', async () => {
    const { page } = officerTab;
    await openCase(page);
    await step(page, '提交法制审核', async () => {
      await card(page, '法制审核与集体讨论')
        .getByRole('button', { name: buttonName('提交法制审核') })
        .click();
      const form = dialog(page, '提交法制审核');
      await form
        .getByLabel('提请说明')
        .fill('拟罚款5000元，达到法制审核目录规定的数额，提请审核。');
      await submitDialog(page, form, '提交');
      await seeStage(page, '法制审核');
    });
    expectNoPageErrors(officerTab, true);

    await asDesktopUser('qs.fazhi', async ({ page: reviewer }) => {
      await step(reviewer, '出具审核意见：建议修改后提交', async () => {
        await openCase(reviewer);
        await see(
          reviewer,
          card(reviewer, '下一步')
            .getByRole('listitem', { name: '法制审核退回修改' })
            .getByText('您可以办理'),
          '“下一步”中审核人员可以办理的“法制审核退回修改”',
        );
        await reviewer.getByRole('button', { name: buttonName('出具审核意见') }).click();
        const form = dialog(reviewer, '法制审核意见（第1轮）');
        await pickRadio(form, '审核意见', '建议修改后提交');
        await form
          .getByLabel('具体意见')
          .fill('当事人系初次违法且积极配合调查，建议按裁量基准将罚款调整为4000元后再提交。');
        await form.getByLabel('法律职业资格证书编号').fill('A20204300001234');
        await submitDialog(reviewer, form, '出具意见');
        await seeStage(reviewer, '待决定');
        await see(
          reviewer,
          reviewer
            .getByRole('listitem', { name: '第1轮法制审核' })
            .getByText('建议修改后提交', { exact: true }),
          '第1轮意见“建议修改后提交”',
        );
        await see(
          reviewer,
          card(reviewer, '办案经过').getByText('意见：建议修改后提交', { exact: true }),
          '办案经过中的“意见：建议修改后提交”',
        );
      });
    });
  });

  it('qs.zhifa1 按审核意见改为罚款 4,000 元重新提交，qs.fazhi 同意', async () => {
    const { page } = officerTab;
    await openCase(page);
    await step(page, '重新提交法制审核，调整处理意见', async () => {
      await card(page, '法制审核与集体讨论')
        .getByRole('button', { name: buttonName('重新提交法制审核') })
        .click();
      const form = dialog(page, '提交法制审核');
      await form.getByLabel('提请说明').fill('已按审核意见将罚款调整为4000元，重新提请审核。');
      await form.getByRole('checkbox', { name: /按审核意见调整处理意见/ }).check();
      const fine = form.getByLabel('罚款金额（元）');
      await fine.fill('4000');
      await expectFitsPhone(page);
      await submitDialog(page, form, '提交');
      await seeStage(page, '法制审核');
      await see(
        page,
        page.getByRole('listitem', { name: '第2轮法制审核' }).getByText(/罚款4,000/),
        '第2轮的处理意见“罚款4,000…”',
      );
    });
    expectNoPageErrors(officerTab, true);

    await asDesktopUser('qs.fazhi', async ({ page: reviewer }) => {
      await step(reviewer, '出具审核意见：同意', async () => {
        await openCase(reviewer);
        await reviewer.getByRole('button', { name: buttonName('出具审核意见') }).click();
        const form = dialog(reviewer, '法制审核意见（第2轮）');
        await pickRadio(form, '审核意见', '同意');
        await form.getByLabel('具体意见').fill('事实清楚，证据确凿，程序合法，裁量适当，同意。');
        await submitDialog(reviewer, form, '出具意见');
        await seeStage(reviewer, '待决定');
      });
    });
  });

  it('qs.fuzeren 作出行政处罚决定，载明第五十九条的全部事项', async () => {
    await asDesktopUser('qs.fuzeren', async ({ page }) => {
      await openCase(page);
      await step(page, '填写行政处罚决定', async () => {
        await card(page, '决定')
          .getByRole('button', { name: buttonName('作出决定') })
          .click();
        const form = dialog(page, '作出决定');
        await see(page, form.getByText(/罚款4,000/), '审核通过的处罚“罚款4,000…”');
        await form.getByLabel('法律、法规、规章名称').fill(LAW);
        await form.getByLabel('条', { exact: true }).fill('第六十三条');
        expect(await form.getByLabel('罚款金额（元）').inputValue()).toBe('4000.00');
        await form.getByLabel('缴款银行账户或电子支付方式').fill(PAYMENT_ACCOUNT);
        await form.getByLabel('行政复议机关').fill(RECONSIDERATION_BODY);
        await form.getByLabel('行政诉讼法院').fill(COURT);
        await form.getByRole('checkbox', { name: '决定书已加盖本机关印章' }).check();
        await saveScreenshot(page, 'case-path-2-decision');
        await submitDialog(page, form, '作出决定');
        await seeStage(page, '已决定');
        await see(page, card(page, '决定').getByText('行政处罚决定', { exact: true }), '决定');
        await see(
          page,
          card(page, '执法文书').getByRole('link', { name: /^下载行政处罚决定书.* PDF$/ }),
          '不刷新页面，“执法文书”里就有行政处罚决定书',
        );
      });
    });
  });

  it('qs.zhifa1 直接送达决定书，登记银行缴款', async () => {
    const { page } = officerTab;
    await openCase(page);
    await step(page, '登记直接送达', async () => {
      const item = page
        .getByRole('list', { name: '需要送达的文书' })
        .getByRole('listitem', { name: /^行政处罚决定书/ });
      await item.getByRole('button', { name: buttonName('登记送达') }).click();
      const form = dialog(page, /^登记送达：行政处罚决定书/);
      expect(await form.getByLabel('送达地点').inputValue()).toBe(PARTY.address);
      expect(await form.getByLabel('签收人').inputValue()).toBe(PARTY.name);
      await expectChecked(form.getByRole('radiogroup', { name: '送达结果' }), '送达成功');
      await expectFitsPhone(page);
      await submitDialog(page, form, '登记');
      await seeStage(page, '执行中');
    });
    await step(page, '登记缴款', async () => {
      const execution = card(page, '执行');
      await execution.getByRole('button', { name: buttonName('登记缴款') }).click();
      const form = dialog(page, '登记缴款');
      expect(await form.getByLabel('缴款金额').inputValue()).toBe('4000.00');
      await expectChecked(form.getByRole('radiogroup', { name: '缴款渠道' }), '指定银行');
      await form.getByLabel('银行缴款凭证号或电子支付流水号').fill(BANK_REFERENCE);
      await submitDialog(page, form, '登记');
      await see(
        page,
        execution.getByRole('listitem', { name: `缴款 ${BANK_REFERENCE}` }),
        `缴款记录（凭证号 ${BANK_REFERENCE}）`,
      );
      await see(page, execution.getByText('执行完毕，可以结案'), '“执行完毕，可以结案”');
      await saveScreenshot(page, 'case-path-3-paid');
    });
    expectNoPageErrors(officerTab, true);
  });

  it('qs.zhifa1 提交结案报告，qs.fuzeren 批准结案，qs.zhifa1 归档并校验封存', async () => {
    const { page } = officerTab;
    await openCase(page);
    const archive = card(page, '结案与归档');
    await step(page, '提交结案报告', async () => {
      await archive.getByRole('button', { name: buttonName('提交结案报告') }).click();
      const form = dialog(page, '提交结案报告');
      await form
        .getByLabel('案件基本情况及处理结果')
        .fill('当事人未取得道路运输经营许可从事道路货物运输经营，已依法处罚款4000元。');
      await form.getByLabel('执行情况').fill(`当事人已通过银行缴纳罚款，凭证号${BANK_REFERENCE}。`);
      await submitDialog(page, form, '提交负责人审批');
      await see(page, archive.getByText('待负责人审批', { exact: true }), '结案报告“待负责人审批”');
    });
    expectNoPageErrors(officerTab, true);

    await asDesktopUser('qs.fuzeren', async ({ page: head }) => {
      await step(head, '批准结案', async () => {
        await openCase(head);
        await card(head, '结案与归档')
          .getByRole('button', { name: buttonName('批准结案') })
          .click();
        const form = dialog(head, '批准结案');
        await form.getByLabel('审批意见').fill('同意结案。');
        await submitDialog(head, form, '批准结案');
        await seeStage(head, '已结案');
      });
    });

    await step(page, '归档', async () => {
      await openCase(page);
      await seeStage(page, '已结案');
      const button = archive.getByRole('button', { name: buttonName('归档') });
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: buttonName('归档') })
        .click();
      await seeStage(page, '已归档');
      await see(page, archive.getByText(/归档封存/), '“已于…归档封存”');
      await see(
        page,
        card(page, '下一步').getByText('案件已归档，没有可以办理的步骤'),
        '没有下一步',
      );
      await see(
        page,
        card(page, '办案经过').getByText('进入阶段：已归档', { exact: true }),
        '办案经过中的“进入阶段：已归档”',
      );
    });
    await step(page, '校验封存', async () => {
      await archive.getByRole('button', { name: buttonName('校验封存') }).click();
      await see(page, archive.getByText(/案卷完好/), '“案卷完好”');
      await expectFitsPhone(page);
      await saveScreenshot(page, 'case-path-4-archived');
    });
    expectNoPageErrors(officerTab, true);
  });

  it('下载行政处罚决定书 PDF，文中有第五十九条的各项内容', async () => {
    const { page } = officerTab;
    await openCase(page);
    await step(page, '点“执法文书”里的行政处罚决定书 PDF', async () => {
      const button = page.getByRole('link', { name: /^下载行政处罚决定书.* PDF$/ });
      await see(page, button, '“执法文书”中的行政处罚决定书 PDF 按钮');
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const pdf = readFileSync(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      mkdirSync(downloadFolder, { recursive: true });
      const file = path.join(downloadFolder, 'penalty-decision.pdf');
      writeFileSync(file, pdf);
      const text = poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, '');
      for (const expected of [
        '行政处罚决定书',
        caseNumber,
        PARTY.name,
        PARTY.address,
        '未取得道路运输经营许可的情况下从事道路货物运输经营',
        EVIDENCE_TITLE,
        `《${LAW}》第六十三条`,
        `《${LAW}》第二十四条`,
        '罚款4,000.00元',
        '书面明确放弃了陈述、申辩和听证的权利',
        '十五日内',
        PAYMENT_ACCOUNT.replace(/\s+/g, ''),
        `60日内向${RECONSIDERATION_BODY}申请行政复议`,
        `6个月内依法向${COURT}提起行政诉讼`,
        `${BRIGADE}（印章）`,
      ]) {
        expect(text, `决定书应载明“${expected}”`).toContain(expected);
      }
    });
    expectNoPageErrors(officerTab, true);
  });
});

describe('督办、简易程序、文书模板页面', () => {
  it('qs.fuzeren 打开督办，看到期限看板', async () => {
    await asDesktopUser('qs.fuzeren', async ({ page }) => {
      await page.goto('/supervision');
      await see(page, page.getByRole('heading', { name: '督办', exact: true }), '“督办”标题');
      await see(page, page.getByText(/项期限临期或逾期/), '临期或逾期期限的统计');
      await see(page, page.getByRole('combobox', { name: '按期限种类筛选' }), '期限种类筛选');
    });
  });

  it('qs.zhifa1 在手机上打开简易程序，看到当场处罚表单', async () => {
    const tab = await signedIn('qs.zhifa1', true);
    const { page } = tab;
    try {
      await page.goto('/summary');
      await see(
        page,
        page.getByRole('heading', { name: '简易程序（当场处罚）', exact: true }),
        '“简易程序（当场处罚）”标题',
      );
      await see(page, page.getByRole('tab', { name: '当场处罚' }), '“当场处罚”标签页');
      await expectFitsPhone(page);
      await saveScreenshot(page, 'case-path-5-summary-phone');
      expectNoPageErrors(tab, true);
    } finally {
      await tab.close();
    }
  });

  it('admin 打开文书模板，看到模板列表', async () => {
    await asDesktopUser('admin', async ({ page }) => {
      await page.goto('/templates');
      await see(
        page,
        page.getByRole('heading', { name: '文书模板', exact: true }),
        '“文书模板”标题',
      );
      await see(page, page.getByText('行政处罚决定书').first(), '模板“行政处罚决定书”');
    });
  });
});

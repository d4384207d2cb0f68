import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
  beijingDate,
  choose,
  chooseByKeyboard,
  expectNoPageErrors,
  lookUpOfficers,
  smallPng,
  typeDate,
} from './support/case-forms.js';
import { useDemoSession } from './support/demo-session.js';

const CASE_NUMBER = /清水执法大队罚〔\d{4}〕第\d+号/;
const CAUSE = '未按规定携带道路运输证驾驶营运货车';
const PHONE_WIDTH = 375;
const downloadFolder = path.join(packageRoot(), '.zhifa-test', 'downloads');

const running = useDemoSession();

async function signedInDesktop(username: string): Promise<TestPage> {
  const { server, browser } = running();
  const tab = await openDesktopPage(browser, server.url);
  await step(tab.page, `以 ${username} 登录`, () => signIn(tab.page, username, server.password));
  return tab;
}

describe('案件办理（桌面端 1280×800）：线索 → 立案 → 审批 → 证据 → 立案登记表', () => {
  let officerTab: TestPage;
  let caseUrl = '';
  let caseNumber = '';
  const png = smallPng();
  const pngSha256 = createHash('sha256').update(png).digest('hex');

  afterAll(async () => {
    await officerTab?.close();
  });

  it('qs.zhifa1 登记线索并申请立案：执法证已过期的人员被拒（第四十二条），换人后提交成功', async () => {
    officerTab = await signedInDesktop('qs.zhifa1');
    const { page } = officerTab;
    const officers = await step(page, '查找本大队的执法人员', () => lookUpOfficers(page));

    await step(page, '登记一条检查发现的线索', async () => {
      await page.goto('/leads/new');
      await see(page, page.getByRole('heading', { name: '线索登记' }), '“线索登记”页面');
      await choose(page, page.getByRole('combobox', { name: '案件来源' }), '检查发现');
      await page.getByLabel('案由').fill(CAUSE);
      await page
        .getByLabel('案件基本情况')
        .fill('执法人员在S315线清水检查站检查时发现该货车未随车携带道路运输证，驾驶员在场。');
      await page.getByLabel('违法地点').fill('S315线清水检查站');
      await page.getByRole('button', { name: buttonName('登记线索') }).click();
      await see(page, page.getByRole('heading', { name: '线索' }), '登记后的线索详情');
      await see(page, page.getByText('申请立案', { exact: true }), '“申请立案”表单');
    });

    const form = page.locator('form#filing');
    await step(page, `填写立案申请，执法人员选${officers.own}和${officers.expired}`, async () => {
      await chooseByKeyboard(form.getByRole('combobox', { name: '执法门类' }), 1);
      await see(page, form.getByTitle('运政', { exact: true }), '已选执法门类“运政”');
      await typeDate(form.getByRole('textbox', { name: '违法行为（终了）日期' }), beijingDate(-3));
      await form.getByLabel('姓名', { exact: true }).fill('赵大勇');
      await form.getByLabel('居民身份证号').fill('439921198001010012');
      await form.getByLabel('住址').fill('清水县城关镇建设路18号');
      await see(
        page,
        form.locator('.ant-tag').filter({ hasText: `${officers.own}（有效）` }),
        '本人已选为执法人员',
      );
      await addOfficer(page, officers.expired);
      await saveScreenshot(page, 'cases-1-filing-form');
    });

    await step(page, '提交，看到引用行政处罚法第四十二条的拒绝理由', async () => {
      await page.getByRole('button', { name: buttonName('提交立案审批') }).click();
      const refusal = page.getByRole('alert').filter({ hasText: '依法不能办理' });
      await see(page, refusal, '“依法不能办理，原因如下：”');
      await see(page, refusal.getByText(/行政处罚法第四十二条/), '引用行政处罚法第四十二条的理由');
      expect(await refusal.innerText()).toContain(officers.expired);
      await saveScreenshot(page, 'cases-2-filing-refused');
    });

    await step(page, `换成${officers.colleague}后重新提交`, async () => {
      await form
        .locator('.ant-tag')
        .filter({ hasText: `${officers.expired}（` })
        .locator('.ant-tag-close-icon')
        .click();
      await addOfficer(page, officers.colleague);
      await page.getByRole('button', { name: buttonName('提交立案审批') }).click();
      await see(
        page,
        page.getByText('已提交立案申请，等待负责人审批。'),
        '案件页的“等待负责人审批”',
      );
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
      caseUrl = new URL(page.url()).pathname;
    });
    expectNoPageErrors(officerTab);
  });

  it('qs.fuzeren 批准立案，案件编号为“清水执法大队罚〔YYYY〕第N号”', async () => {
    expect(caseUrl, '上一步应已提交立案').not.toBe('');
    const head = await signedInDesktop('qs.fuzeren');
    const { page } = head;
    try {
      await step(page, '打开案件，批准立案', async () => {
        await page.goto(caseUrl);
        await see(page, page.getByText('立案审批', { exact: true }), '“立案审批”卡片');
        await page.getByRole('button', { name: buttonName('批准立案') }).click();
        const dialog = page.getByRole('dialog');
        await see(page, dialog.getByText(/本案执法人员/), '批准立案的确认框');
        await dialog.getByRole('button', { name: buttonName('批准立案') }).click();
        const number = page.getByRole('heading', { level: 3, name: CASE_NUMBER });
        await see(page, number, '标题中的案件编号“清水执法大队罚〔YYYY〕第N号”');
        caseNumber = (await number.innerText()).trim();
        expect(caseNumber).toMatch(new RegExp(`^${CASE_NUMBER.source}$`));
        expect(caseNumber).toContain(`〔${beijingDate(0).slice(0, 4)}〕`);
        await saveScreenshot(page, 'cases-3-approved');
      });
      expectNoPageErrors(head);
    } finally {
      await head.close();
    }
  });

  it('qs.zhifa1 上传照片登记为视听资料，列表显示文件名、大小和文件指纹', async () => {
    expect(caseNumber, '上一步应已批准立案').not.toBe('');
    const { page } = officerTab;
    const evidence = page.locator('form#evidence');
    await step(page, '打开案件，看到登记证据表单', async () => {
      await page.goto(caseUrl);
      await see(page, page.getByRole('heading', { level: 3, name: caseNumber }), '案件编号');
      await see(page, evidence, '“登记证据”表单');
    });
    await step(page, '选择照片，填写并登记', async () => {
      await evidence.locator('input[type=file]').setInputFiles({
        name: '现场照片.png',
        mimeType: 'image/png',
        buffer: png,
      });
      await see(page, evidence.getByText('现场照片.png'), '已选文件“现场照片.png”');
      await choose(page, evidence.getByRole('combobox', { name: '证据种类' }), '视听资料');
      await evidence.getByLabel('名称').fill('现场照片（车辆正面）');
      await evidence.getByLabel('说明').fill('检查时拍摄的涉案车辆正面照片');
      await evidence.getByRole('button', { name: buttonName('登记证据') }).click();
    });
    await step(page, '列表中的新证据', async () => {
      const item = page
        .getByRole('list', { name: '证据列表' })
        .getByRole('listitem', { name: '现场照片（车辆正面）' });
      await see(page, item, '证据列表中的“现场照片（车辆正面）”');
      await see(page, item.getByText('视听资料', { exact: true }), '证据种类“视听资料”');
      await see(page, item.getByText(/^取证时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/), '取证时间');
      await see(page, item.getByRole('link', { name: /现场照片\.png/ }), '文件下载链接');
      await see(
        page,
        item.getByText(`${png.length} B`, { exact: true }),
        `文件大小 ${png.length} B`,
      );
      const fingerprint = item.getByText(`文件指纹 ${pngSha256.slice(0, 12)}`);
      await see(page, fingerprint, `文件指纹 ${pngSha256.slice(0, 12)}`);
      await fingerprint.hover();
      await see(page, page.getByRole('tooltip').getByText(pngSha256), '提示中的完整 SHA-256');
      await saveScreenshot(page, 'cases-4-evidence');
    });
    await step(page, '下载证据文件，内容与上传的一致', async () => {
      const link = page.getByRole('link', { name: /现场照片\.png/ });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const saved = readFileSync(await download.path());
      expect(createHash('sha256').update(saved).digest('hex')).toBe(pngSha256);
    });
    expectNoPageErrors(officerTab);
  });

  it('在案件页下载立案登记表 PDF，文中有案件编号', async () => {
    expect(caseNumber, '前面的步骤应已立案').not.toBe('');
    const { page } = officerTab;
    await step(page, '点“执法文书”里的立案登记表 PDF', async () => {
      const button = page.getByRole('link', { name: '下载立案登记表 PDF' });
      await see(page, button, '“执法文书”中的立案登记表 PDF 按钮');
      await see(page, page.getByRole('link', { name: '下载立案登记表 DOCX' }), 'DOCX 按钮');
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`立案登记表-${caseNumber}.pdf`);
      const pdf = readFileSync(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      mkdirSync(downloadFolder, { recursive: true });
      const file = path.join(downloadFolder, 'filing-register.pdf');
      writeFileSync(file, pdf);
      const text = poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, '');
      expect(text).toContain(caseNumber);
      expect(text).toContain('立案登记表');
    });
    expectNoPageErrors(officerTab);
  });
});

describe('手机（375×740）：qs.zhifa1 的登记证据表单', () => {
  it('表单一列排开，不横向溢出；上传按钮可拍照也可选文件（不强制 capture）', async () => {
    const { server, browser } = running();
    const tab = await openPhonePage(browser, server.url);
    const { page } = tab;
    try {
      await step(page, '以 qs.zhifa1 登录', () => signIn(page, 'qs.zhifa1', server.password));
      await step(page, '打开调查取证阶段的案件', async () => {
        const response = await page.request.get('/api/cases?stage=investigating');
        const { items } = (await response.json()) as { items: { id: string }[] };
        expect(items.length, '演示数据里应有调查取证阶段的案件').toBeGreaterThan(0);
        await page.goto(`/cases/${items[0]?.id ?? ''}`);
      });
      await step(page, '查看登记证据表单', async () => {
        const evidence = page.locator('form#evidence');
        await see(page, evidence, '“登记证据”表单');
        await see(
          page,
          evidence.getByRole('button', { name: /拍照或选择文件/ }),
          '“拍照或选择文件”',
        );
        const input = evidence.locator('input[type=file]');
        expect(await input.getAttribute('accept')).toBe('image/*,audio/*,video/*,application/pdf');
        expect(await input.getAttribute('capture'), '不应强制只用相机').toBeNull();
        await evidence.scrollIntoViewIfNeeded();
        await saveScreenshot(page, 'cases-5-phone-evidence-form');
        expect(await documentWidth(page), '页面不应比 375px 的屏幕更宽').toBeLessThanOrEqual(
          PHONE_WIDTH + 1,
        );
      });
      expectNoPageErrors(tab);
    } finally {
      await tab.close();
    }
  });
});

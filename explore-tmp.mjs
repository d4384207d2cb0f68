import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ baseURL: 'http://127.0.0.1:18734', viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
ctx.setDefaultTimeout(3000);
const page = await ctx.newPage();
let n = 0;
page.on('request', r => r.url().includes('/eligibility') && n++);
await page.goto('/');
await page.getByLabel('用户名').fill('admin');
await page.getByLabel('密码', { exact: true }).fill('Zhifa@demo2026');
await page.getByRole('button', { name: /登\s*录/ }).click();
await page.getByRole('heading', { name: '首页' }).waitFor();
await page.getByRole('link', { name: /潘刚杰/ }).click();
await page.getByRole('heading', { name: /执法人员：/ }).waitFor();
const form = page.locator('.ant-card').filter({ hasText: '可否执法' });
const dates = ['2027-12-28', '2026-12-22', '2027-01-05', '2026-11-30'];
for (let i = 0; i < 16; i++) {
  await form.getByRole('combobox', { name: '执法门类' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(i % 2 ? '综合' : '路政', { exact: true }).click();
  const d = form.getByRole('textbox', { name: '日期' });
  await d.click(); await d.fill(dates[i % 4]); await d.press('Tab');
  const v = await d.inputValue();
  const before = n;
  try { await form.getByRole('button', { name: /^\s*检\s*查\s*$/ }).click(); } catch (e) { console.log(i, 'click failed'); break; }
  await form.getByRole('status').waitFor();
  console.log(i, 'value', v, 'requests', n - before, await form.getByRole('status').innerText().then(t=>t.split('\n')[0]));
}
await b.close();

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { packageRoot } from '../../../src/storage/package-root.js';
import { CHROMIUM_PATH } from './demo-server.js';

/** How long a person would reasonably wait for something to appear. */
export const SEE_TIMEOUT_MS = 15_000;

export const screenshotFolder = path.join(packageRoot(), '.zhifa-test', 'screenshots');

/** The system Chromium, headless; playwright never downloads a browser here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestPage {
  page: Page;
  /** Uncaught errors thrown in the page, shown in failure messages. */
  pageErrors: string[];
  /** What the page logged with console.error, failed requests included. */
  consoleErrors: string[];
  close(): Promise<void>;
}

async function openPage(
  browser: Browser,
  baseURL: string,
  device: Parameters<Browser['newContext']>[0],
): Promise<TestPage> {
  const context = await browser.newContext({
    ...device,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(SEE_TIMEOUT_MS);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} @ ${page.url()}`);
  });
  return { page, pageErrors, consoleErrors, close: () => context.close() };
}

export function openDesktopPage(browser: Browser, baseURL: string): Promise<TestPage> {
  return openPage(browser, baseURL, { viewport: { width: 1280, height: 800 } });
}

export function openPhonePage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = { width: 375, height: 740 },
): Promise<TestPage> {
  return openPage(browser, baseURL, {
    viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

/** All the text the page shows, whitespace collapsed. */
export async function pageText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText({ timeout: 2_000 });
  return text.replace(/\s+/g, ' ').trim();
}

/** The address and the visible text of the page, for failure messages. */
export async function whatThePersonSees(page: Page): Promise<string> {
  const text = await pageText(page).catch(() => '（读不到页面文字）');
  const shown = text.slice(0, 1_200);
  return `地址 ${page.url()}\n页面上看到的是：${shown || '（空白页）'}`;
}

/** Waits until the person can see `locator`; otherwise fails saying what they saw instead. */
export async function see(page: Page, locator: Locator, expectation: string): Promise<Locator> {
  try {
    // Hidden twins (antd's aria-live copies, closed dropdowns) must not hide the visible one.
    await locator.filter({ visible: true }).first().waitFor({ timeout: SEE_TIMEOUT_MS });
  } catch {
    throw new Error(`应当看到：${expectation}\n但${await whatThePersonSees(page)}`);
  }
  return locator;
}

/** Runs one step a person takes; a failure says which step and what the page showed. */
export async function step<T>(page: Page, description: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason.includes('页面上看到的是')) throw new Error(`【${description}】${reason}`);
    throw new Error(`【${description}】失败：${reason}\n${await whatThePersonSees(page)}`);
  }
}

/**
 * The accessible name of an antd button. antd puts a space between the two characters of a
 * two-character label (登 录), and after a short loading state its spinner sometimes stays in
 * the DOM, invisible, naming the button "loading 检 查"; so only the end is anchored.
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`${[...label].join('\\s*')}\\s*$`);
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await see(page, page.getByRole('heading', { name: '用户登录' }), '登录页的标题“用户登录”');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: buttonName('登录') }).click();
  await see(page, page.getByRole('heading', { name: '首页', exact: true }), '登录后的“首页”标题');
}

/**
 * Clicks an entry of the side menu (desktop) or of an already opened drawer (phone) and
 * waits for the page title, which is the entry's label unless told otherwise.
 */
export async function openMenuItem(page: Page, label: string, title: string | RegExp = label) {
  const item = page.getByRole('menuitem', { name: label });
  await see(page, item, `菜单项“${label}”`);
  await item.click();
  const heading = page.getByRole('heading', { name: title, exact: true });
  await see(page, heading, `点击“${label}”后的页面标题“${String(title)}”`);
}

/** Width of the whole document, to catch anything wider than the phone screen. */
export function documentWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true });
  // Finishes running transitions first, so a drawer is not caught halfway in.
  await page.screenshot({
    path: path.join(screenshotFolder, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { checkPrerequisites, startDemoServer, type DemoServer } from './demo-server.js';

/**
 * One built demo server and one Chromium for a test file, started before its tests and
 * stopped after them. Returns a getter that fails clearly when start-up did not succeed.
 */
export function useDemoSession(): () => { server: DemoServer; browser: Browser } {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    checkPrerequisites();
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return () => {
    if (!server || !browser) throw new Error('演示服务或浏览器没有启动（见 beforeAll 的错误）');
    return { server, browser };
  };
}

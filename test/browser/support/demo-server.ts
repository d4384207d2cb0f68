import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../../src/storage/package-root.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
const READY_LINE = '演示已启动';
const PASSWORD_LINE = /所有演示账号的密码：(\S+)/;

export interface DemoServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The password every demo account shares, as the demo printed it. */
  password: string;
  /** Everything the demo printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Fails (never skips) when the machine or the build is not ready for browser tests. */
export function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      '浏览器测试需要 Debian 的 Chromium：请运行 apt-get install -y chromium fonts-noto-cjk',
    );
  }
  if (!hasChineseFonts()) {
    throw new Error(
      '浏览器测试需要中文字体（fc-list :lang=zh 没有输出）：请运行 apt-get install -y fonts-noto-cjk',
    );
  }
  for (const file of [builtWebIndex(), builtCli()]) {
    if (!existsSync(file)) {
      throw new Error(`找不到 ${file}：请先运行 npm run build（npm test 会自动构建）`);
    }
  }
}

function hasChineseFonts(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

function builtWebIndex(): string {
  return path.join(packageRoot(), 'dist', 'web', 'index.html');
}

function builtCli(): string {
  return path.join(packageRoot(), 'dist', 'server', 'cli', 'zhifa.js');
}

/** A port nobody listens on right now: let the system choose one, then release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

/** Starts the built `zhifa demo` on a fresh data folder and a free port. */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhifa-browser-'));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [builtCli(), 'demo', '--data-dir', dataDir, '--port', String(port)],
    {
      cwd: packageRoot(),
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const stop = () => stopDemo(child, dataDir);
  try {
    await waitForReady(child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    password: demoPassword(output),
    output: () => output,
    stop,
  };
}

function waitForReady(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearInterval(poll);
      clearTimeout(timer);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onExit = (code: number | null) =>
      finish(new Error(`zhifa demo 启动失败（退出码 ${code}），输出：\n${output()}`));
    const poll = setInterval(() => {
      if (output().includes(READY_LINE) && PASSWORD_LINE.test(output())) finish();
    }, 100);
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `zhifa demo 在 ${STARTUP_TIMEOUT_MS / 1000} 秒内没有打印“${READY_LINE}”，输出：\n${output()}`,
          ),
        ),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', onExit);
  });
}

function demoPassword(output: string): string {
  const password = PASSWORD_LINE.exec(output)?.[1];
  if (!password) throw new Error(`zhifa demo 的输出里没有“所有演示账号的密码：”一行：\n${output}`);
  return password;
}

/** SIGTERM, wait for the process to exit (SIGKILL if it hangs), then remove its data. */
async function stopDemo(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

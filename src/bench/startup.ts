import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { seedDemoOrganisation } from '../demo/demo-organisation.js';
import { openPlatformDatabase } from '../platform.js';
import { median, type BenchResult } from './report.js';

const cli = fileURLToPath(new URL('../cli/zhifa.js', import.meta.url));

/** Time from process start until `ready` appears on stdout, and the process's RSS then. */
function timeUntilReady(args: string[], ready: string): Promise<{ ms: number; rssKb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'warn' } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes(ready)) return;
      const ms = Math.round(performance.now() - started);
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      child.kill('SIGTERM');
      child.once('exit', () => resolve({ ms, rssKb }));
    });
    child.once('exit', (code) => {
      if (!output.includes(ready)) reject(new Error(`exited ${code} before ready:\n${output}`));
    });
  });
}

const bareOpen = `
import('@electric-sql/pglite').then(async ({ PGlite }) => {
  const db = await PGlite.create(process.argv[1]);
  await db.query('select count(*) from officer');
  console.log('ready');
});`;

/**
 * Start-up of `zhifa serve` on an embedded folder holding the demo organisation, next to
 * a bare PGlite opening the same folder and answering one query.
 */
export async function startupBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhifa-bench-'));
  const database = await openPlatformDatabase({ kind: 'embedded', dataDir });
  await seedDemoOrganisation(database.db, loadConfig({}));
  await database.close();

  const runs = 3;
  const ours = [];
  const bare = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push(await timeUntilReady([cli, 'serve', '--data-dir', dataDir, '--port', '0'], '已启动'));
    bare.push(await timeUntilReady(['--input-type=module', '-e', bareOpen, dataDir], 'ready'));
  }
  return [
    {
      name: 'startup',
      value: median(ours.map((r) => r.ms)),
      unit: 'ms',
      baseline: median(bare.map((r) => r.ms)),
      baselineLabel: '裸 PGlite 打开同一目录并查询一次',
    },
    {
      name: 'startup-rss',
      value: median(ours.map((r) => r.rssKb)),
      unit: 'KiB',
      baseline: median(bare.map((r) => r.rssKb)),
      baselineLabel: '裸 PGlite 进程',
    },
  ];
}

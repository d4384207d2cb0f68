#!/usr/bin/env node
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import { PassThrough } from 'node:stream';
import { systemActor } from '../domain/actor.js';
import { AppError } from '../domain/app-error.js';
import { loadConfig, type Config } from '../config.js';
import {
  DEMO_PASSWORD,
  seedDemoOrganisation,
  type DemoAccount,
} from '../demo/demo-organisation.js';
import { roleLabels } from '../domain/role.js';
import { ensureFirstAdministrator } from '../modules/auth/first-administrator.js';
import { importSheet, type ImportKind } from '../modules/import/import.service.js';
import { countAgencies } from '../modules/agency/agency.repository.js';
import { verifyRecordChain } from '../modules/record/record.service.js';
import { blobDirectory, databaseTarget, openPlatformDatabase } from '../platform.js';
import type { BlobStore } from '../storage/blob-store.js';
import { createLocalBlobStore } from '../storage/local-blob-store.js';
import { seedDemoCases } from '../demo/demo-cases.js';
import { restoreBackup, writeBackup } from '../storage/backup.js';
import { describeTarget, type Database } from '../storage/database.js';
import { appliedMigrations } from '../storage/migrations.js';
import { listen } from './serve.js';
import type { Kysely } from 'kysely';

const help = `zhifa — 交通运输行政执法平台 / transport enforcement platform

用法 Usage: zhifa <命令 command> [选项 options]

命令 Commands:
  serve                 启动服务（正式使用；首次启动创建管理员并打印一次性密码）
                        Start the server; on first start, create the administrator
  demo                  以演示机构启动（数据目录默认 ./data-demo）
                        Start with a demonstration organisation (data in ./data-demo)
  migrate               执行数据库迁移后退出 / Apply database migrations and exit
  backup <文件 file>    导出一致性备份（.gz 结尾则压缩）/ Write a consistent backup
  restore <文件 file>   恢复备份到空数据库 / Restore a backup into an empty database
  verify-records        校验全过程记录哈希链 / Verify the tamper-evident record chain
  import <agencies|officers> <文件 file>
                        从 XLSX/CSV 导入机构或执法人员（全部成功或全部不导入）
                        Import agencies or officers from XLSX/CSV (all or nothing)

选项 Options:
  --data-dir <目录>     内嵌数据库目录（默认 ./data）/ embedded database folder
  --port <端口>         监听端口（默认 8080）/ port to listen on
  --host <地址>         监听地址（默认 127.0.0.1；局域网访问用 0.0.0.0）/ address to bind
  -h, --help            显示本帮助 / show this help

环境变量与配置文件见 README。Environment variables and the config file: see README.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    console.log(help);
    return command || values.help ? 0 : 1;
  }
  const overrides = {
    ...(command === 'demo' ? demoDefaults() : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host ? { host: values.host } : {}),
  };
  const config = loadConfig(process.env, overrides);
  const run = commands[command];
  if (!run) {
    console.error(`未知命令 unknown command: ${command}\n\n${help}`);
    return 1;
  }
  return run(config, rest);
}

/** The demo keeps its data apart from real use and its console free of request logs. */
function demoDefaults(): Partial<Config> {
  return {
    ...(process.env.ZHIFA_DATA_DIR ? {} : { dataDir: './data-demo' }),
    ...(process.env.LOG_LEVEL ? {} : { logLevel: 'warn' as const }),
  };
}

type Command = (config: Config, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: async (config) => {
    const started = performance.now();
    const database = await openPlatformDatabase(databaseTarget(config));
    const firstAdministrator = await ensureFirstAdministrator(database.db, config);
    const address = await listen(
      database,
      config,
      await createLocalBlobStore(blobDirectory(config)),
    );
    console.log(
      `zhifa 已启动：${address}（${describeTarget(database.target)}，用时 ${Math.round(performance.now() - started)} ms）`,
    );
    if (firstAdministrator) {
      console.log(
        `\n首次启动，已创建系统管理员账号：\n  用户名 ${firstAdministrator.username}\n  一次性密码 ${firstAdministrator.temporaryPassword}\n` +
          '请立即登录并修改密码；此密码不会再次显示。',
      );
    }
    return waitForever();
  },

  demo: async (config) => {
    const database = await openPlatformDatabase(databaseTarget(config));
    const blobStore = await createLocalBlobStore(blobDirectory(config));
    const accounts =
      (await countAgencies(database.db)) === 0
        ? await seedDemo(database.db, config, blobStore)
        : null;
    const address = await listen(database, config, blobStore);
    console.log(`\nzhifa 演示已启动：${address}\n数据：${describeTarget(database.target)}`);
    console.log(accounts ? demoAccountTable(accounts) : '演示机构已存在，沿用原有数据和账号。');
    console.log(`\n所有演示账号的密码：${DEMO_PASSWORD}    （按 Ctrl+C 停止）`);
    return waitForever();
  },

  migrate: (config) =>
    withDatabase(config, async (database) => {
      const applied = await appliedMigrations(database.db as unknown as Kysely<unknown>);
      console.log(`${describeTarget(database.target)} 已是最新结构：\n  ${applied.join('\n  ')}`);
      return 0;
    }),

  backup: (config, [file]) =>
    withDatabase(config, async (database) => {
      if (!file)
        throw new AppError(
          'VALIDATION_FAILED',
          '请指定备份文件路径，例如 zhifa backup zhifa-20261122.jsonl.gz',
        );
      const through = new PassThrough();
      const out = createWriteStream(file, { flags: 'wx' });
      const written = file.endsWith('.gz')
        ? pipeline(through, createGzip(), out)
        : pipeline(through, out);
      const header = await writeBackup(database.db, through);
      through.end();
      await written;
      console.log(`已备份到 ${path.resolve(file)}：${formatCounts(header.counts)}`);
      return 0;
    }),

  restore: (config, [file]) =>
    withDatabase(config, async (database) => {
      if (!file) throw new AppError('VALIDATION_FAILED', '请指定要恢复的备份文件');
      const input = createReadStream(file);
      const header = await restoreBackup(
        database.db,
        file.endsWith('.gz') ? input.pipe(createGunzip()) : input,
      );
      const verification = await verifyRecordChain(database.db);
      console.log(
        `已从 ${file} 恢复（备份时间 ${header.createdAt}）：${formatCounts(header.counts)}`,
      );
      console.log(
        verification.ok
          ? '全过程记录哈希链校验通过。'
          : `警告：记录链在第 ${verification.firstBrokenSeq} 条断开：${verification.reason}`,
      );
      return verification.ok ? 0 : 3;
    }),

  'verify-records': (config) =>
    withDatabase(config, async (database) => {
      const result = await verifyRecordChain(database.db);
      if (result.ok) {
        console.log(`全过程记录完整：共校验 ${result.checked} 条，哈希链无断裂。`);
        return 0;
      }
      console.error(
        `全过程记录被篡改：第 ${result.firstBrokenSeq} 条记录校验失败（此前 ${result.checked} 条完好）。原因：${result.reason}`,
      );
      return 2;
    }),

  import: (config, [kind, file]) =>
    withDatabase(config, async (database) => {
      if ((kind !== 'agencies' && kind !== 'officers') || !file) {
        throw new AppError(
          'VALIDATION_FAILED',
          '用法：zhifa import <agencies|officers> <文件.xlsx|文件.csv>',
        );
      }
      const ctx = { db: database.db, actor: systemActor, config };
      const imported = await importSheet(ctx, kind as ImportKind, {
        fileName: path.basename(file),
        content: await readFile(file),
      });
      console.log(`已导入 ${imported} 行。`);
      return 0;
    }),
};

async function seedDemo(db: Database['db'], config: Config, blobStore: BlobStore) {
  const accounts = await seedDemoOrganisation(db, config);
  await seedDemoCases(db, config, blobStore);
  return accounts;
}

async function withDatabase(config: Config, work: (database: Database) => Promise<number>) {
  const database = await openPlatformDatabase(databaseTarget(config));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function demoAccountTable(accounts: readonly DemoAccount[]): string {
  const lines = accounts.map(
    (account) =>
      `  ${account.username.padEnd(14)} ${account.roles
        .map((role) => roleLabels[role])
        .join('、')
        .padEnd(8, '　')} ${account.displayName}（${account.agencyName}）`,
  );
  return `\n演示账号（用户名 / 角色 / 姓名）：\n${lines.join('\n')}`;
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join('，');
}

function waitForever(): Promise<number> {
  return new Promise(() => {});
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError) {
      console.error(error.userMessage);
      for (const detail of error.details ?? [])
        console.error(`  ${detail.path}：${detail.message}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

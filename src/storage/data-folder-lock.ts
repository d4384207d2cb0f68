import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../domain/app-error.js';

export type ReleaseLock = () => Promise<void>;

/**
 * PGlite has no guard against a second process on the same folder (two writers silently
 * lose committed rows), so zhifa holds an exclusive lock for as long as the folder is open.
 * The lock file is refreshed every few seconds; one left by a crashed process goes stale.
 */
export async function lockDataFolder(dataDir: string): Promise<ReleaseLock> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'zhifa.lock'),
      stale: 10_000,
      update: 2_000,
      retries: 0,
      onCompromised: (error) => {
        console.error(`数据目录锁已失效，为防止数据损坏，进程退出：${error.message}`);
        process.exit(70);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new AppError(
      'DATA_FOLDER_LOCKED',
      `数据目录 ${dataDir} 正被另一个 zhifa 进程使用。内嵌数据库同一时间只能由一个进程打开：` +
        '请先停止正在运行的服务（或等待其退出约 10 秒后重试），或为本进程指定另一个数据目录。',
    );
  }
}

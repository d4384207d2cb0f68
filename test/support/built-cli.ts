import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/storage/package-root.js';

/** The compiled CLI; `npm test` builds it first. */
export function builtCli(): string {
  const cli = path.join(packageRoot(), 'dist', 'server', 'cli', 'zhifa.js');
  if (!existsSync(cli)) {
    throw new Error(`找不到 ${cli}：请先运行 npm run build（npm test 会自动构建）`);
  }
  return cli;
}

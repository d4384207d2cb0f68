import { execFileSync } from 'node:child_process';

/** Runs a poppler tool; a machine without poppler-utils fails loudly instead of skipping. */
export function poppler(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `缺少 ${tool}：PDF 测试需要 poppler-utils，请运行 apt-get install -y poppler-utils`,
      );
    }
    throw error;
  }
}

import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGzip } from 'node:zlib';
import { createRoute } from '@hono/zod-openapi';
import { commonErrors, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { downloadBackup } from './backup.service.js';

export const backupRoutes = newRouter();

backupRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/backup',
    tags: ['系统维护'],
    summary: '下载一致性备份（服务运行时也可用；gzip 压缩的 JSON 行，用 zhifa restore 恢复）',
    responses: {
      200: {
        description: '备份文件',
        content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
      },
      ...commonErrors,
    },
  }),
  async (c) => {
    const lines = new PassThrough();
    const compressed = buffer(lines.pipe(createGzip()));
    await downloadBackup(serviceContext(c), lines);
    lines.end();
    const fileName = `zhifa-backup-${new Date().toISOString().slice(0, 10)}.jsonl.gz`;
    return c.body(new Uint8Array(await compressed), 200, {
      'Content-Type': 'application/gzip',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    });
  },
);

import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { recordObjectTypes } from './record.repository.js';
import { getRecords, verifyRecords } from './record.service.js';

const tags = ['全过程记录'];

const recordEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string().openapi({ description: 'ISO 8601（UTC），界面按北京时间显示' }),
    actorUserId: z.uuid().nullable(),
    actorName: z.string(),
    actorCertificateNumber: z.string().nullable(),
    objectType: z.string(),
    objectId: z.string(),
    action: z.string(),
    change: z.unknown(),
    hash: z.string(),
  })
  .openapi('RecordEntry');

const verificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenSeq: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('RecordChainVerification');

export const recordRoutes = newRouter();

recordRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/records',
    tags,
    summary: '全过程记录：指定对象时为其全部记录（按时间先后），否则为最近 500 条（最新在前）',
    request: {
      query: z.object({
        objectType: z.enum(recordObjectTypes).optional(),
        objectId: z.string().trim().min(1).max(64).optional(),
      }),
    },
    responses: {
      200: jsonContent(z.object({ items: z.array(recordEntrySchema) }), '记录'),
      ...commonErrors,
    },
  }),
  async (c) => {
    return c.json({ items: await getRecords(serviceContext(c), c.req.valid('query')) }, 200);
  },
);

recordRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/records/verify',
    tags,
    summary: '重新计算整条哈希链，指出第一条被篡改的记录',
    responses: { 200: jsonContent(verificationSchema, '校验结果'), ...commonErrors },
  }),
  async (c) => c.json(await verifyRecords(serviceContext(c)), 200),
);

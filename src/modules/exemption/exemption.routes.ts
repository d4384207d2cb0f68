import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  exemptionEntryViewSchema,
  exemptionListQuery,
  newExemptionEntrySchema,
} from './exemption.schemas.js';
import { createExemptionEntry, listExemptionEntries } from './exemption.service.js';

const tags = ['不予、从轻、减轻处罚清单'];

export const exemptionRoutes = newRouter();

exemptionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/exemption-entries',
    tags,
    summary: '清单事项的各版本（inForce 为今天适用的版本）',
    request: { query: exemptionListQuery },
    responses: {
      200: jsonContent(z.object({ items: z.array(exemptionEntryViewSchema) }), '清单事项'),
      ...commonErrors,
    },
  }),
  async (c) =>
    c.json({ items: await listExemptionEntries(serviceContext(c), c.req.valid('query')) }, 200),
);

exemptionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/exemption-entries',
    tags,
    summary: '登记清单事项；已有的事项编码登记为其新版本',
    request: jsonBody(newExemptionEntrySchema),
    responses: { 201: jsonContent(exemptionEntryViewSchema, '已登记'), ...commonErrors },
  }),
  async (c) => c.json(await createExemptionEntry(serviceContext(c), c.req.valid('json')), 201),
);

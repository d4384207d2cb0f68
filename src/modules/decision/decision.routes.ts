import { createRoute } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { addCaseStep } from '../review/step-route.js';
import {
  decisionInputSchema,
  decisionViewSchema,
  extensionInputSchema,
} from './decision.schemas.js';
import { decide, extendDecisionDeadline, getDecision } from './decision.service.js';

export const decisionRoutes = newRouter();

decisionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/decision',
    tags: ['行政处罚案件'],
    summary: '办案期限、延长记录、决定及今天作出决定的法定障碍',
    request: { params: idParam },
    responses: { 200: jsonContent(decisionViewSchema, '决定情况'), ...commonErrors },
  }),
  async (c) => c.json(await getDecision(serviceContext(c), c.req.valid('param').id), 200),
);

addCaseStep(decisionRoutes, decisionViewSchema, {
  path: '/cases/{id}/decision',
  summary:
    '负责人作出行政处罚决定或不予行政处罚决定（检查告知、陈述申辩期、法制审核、集体讨论、办案期限和决定书要素）',
  body: decisionInputSchema,
  run: decide,
});
addCaseStep(decisionRoutes, decisionViewSchema, {
  path: '/cases/{id}/decision-extensions',
  summary: '负责人批准延长办案期限（记录新的期限）',
  body: extensionInputSchema,
  run: extendDecisionDeadline,
});

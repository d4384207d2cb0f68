import { createRoute, z } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { addCaseStep, stepErrors } from '../review/step-route.js';
import { listInconsistentDecisions } from './consistency.service.js';
import {
  discretionInputSchema,
  discretionTrialSchema,
  discretionViewSchema,
  inconsistentDecisionSchema,
} from './discretion.schemas.js';
import { assessCase, getDiscretion, previewDiscretion } from './discretion.service.js';

export const discretionRoutes = newRouter();

discretionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/discretion',
    tags: ['行政处罚案件'],
    summary: '案件的裁量结果、裁量说明、引用条文、类案罚款分布和偏离提示',
    request: { params: idParam },
    responses: { 200: jsonContent(discretionViewSchema, '裁量情况'), ...commonErrors },
  }),
  async (c) => c.json(await getDiscretion(serviceContext(c), c.req.valid('param').id), 200),
);

discretionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/discretion/preview',
    tags: ['行政处罚案件'],
    summary: '按所填情节试算裁量结果（不保存）',
    request: { params: idParam, ...jsonBody(discretionInputSchema) },
    responses: { 200: jsonContent(discretionTrialSchema, '试算结果'), ...stepErrors },
  }),
  async (c) =>
    c.json(
      await previewDiscretion(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);

addCaseStep(discretionRoutes, discretionViewSchema, {
  path: '/cases/{id}/discretion',
  summary: '承办人保存裁量结果（适用条文版本、裁量阶次、罚款范围和建议金额，以及适用的清单事项）',
  body: discretionInputSchema,
  run: assessCase,
});

discretionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/supervision/consistency',
    tags: ['督办'],
    summary: '类案同罚：超出裁量基准或明显偏离同类案件的罚款决定',
    responses: {
      200: jsonContent(z.array(inconsistentDecisionSchema), '偏离的决定'),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await listInconsistentDecisions(serviceContext(c)), 200),
);

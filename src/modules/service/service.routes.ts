import { createRoute } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import {
  addressConfirmationInputSchema,
  serviceInputSchema,
  serviceOverviewSchema,
} from './service.schemas.js';
import { getServiceOverview, recordAddressConfirmation, recordService } from './service.service.js';

const tags = ['送达'];
const errors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};

export const serviceRoutes = newRouter();

serviceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/services',
    tags,
    summary: '本案需要送达的文书、送达记录与送达地址确认书',
    request: { params: idParam },
    responses: { 200: jsonContent(serviceOverviewSchema, '送达情况'), ...errors },
  }),
  async (c) => c.json(await getServiceOverview(serviceContext(c), c.req.valid('param').id), 200),
);

serviceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/service-address-confirmations',
    tags,
    summary: '登记当事人签署的送达地址确认书（电子送达须经当事人同意，行政处罚法第六十一条第二款）',
    request: { params: idParam, ...jsonBody(addressConfirmationInputSchema) },
    responses: { 201: jsonContent(serviceOverviewSchema, '已登记'), ...errors },
  }),
  async (c) =>
    c.json(
      await recordAddressConfirmation(
        serviceContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      201,
    ),
);

serviceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/services',
    tags,
    summary:
      '登记一次送达（直接、留置、邮寄、电子或公告送达，含未送达成功的情况）；送达决定书后案件进入已送达或执行阶段',
    request: { params: idParam, ...jsonBody(serviceInputSchema) },
    responses: { 201: jsonContent(serviceOverviewSchema, '已登记'), ...errors },
  }),
  async (c) =>
    c.json(
      await recordService(serviceContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
);

import { createRoute, type z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import type { ServiceContext } from '../context.js';
import {
  courtApplicationInputSchema,
  courtRulingInputSchema,
  demandInputSchema,
  executionSchema,
  type ExecutionView,
  paymentInputSchema,
  paymentPlanDecisionSchema,
  paymentPlanInputSchema,
  remedyEndSchema,
  remedyStartSchema,
} from './execution.schemas.js';
import {
  applyForPaymentPlan,
  applyToCourt,
  decidePaymentPlan,
  endRemedyPeriod,
  getExecution,
  issueDemand,
  recordCourtRuling,
  recordPayment,
  startExecution,
  startRemedyPeriod,
} from './execution.service.js';

const tags = ['执行'];
const errors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};

export const executionRoutes = newRouter();

executionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/execution',
    tags,
    summary: '执行情况：应缴罚款、计至今日的加处罚款、已缴金额、分期、复议诉讼、催告与强制执行',
    request: { params: idParam },
    responses: { 200: jsonContent(executionSchema, '执行情况'), ...errors },
  }),
  async (c) => c.json(await getExecution(serviceContext(c), c.req.valid('param').id), 200),
);

executionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/cases/{id}/execution/start',
    tags,
    summary: '开始执行（罚款以外须执行的处罚；有罚款的决定送达后自动进入执行）',
    request: { params: idParam },
    responses: { 200: jsonContent(executionSchema, '已开始执行'), ...errors },
  }),
  async (c) => c.json(await startExecution(serviceContext(c), c.req.valid('param').id), 200),
);

/** A POST under the case that records one act of execution and answers the new state. */
function addAct<Body>(
  path: string,
  summary: string,
  schema: z.ZodType<Body>,
  run: (ctx: ServiceContext, caseId: string, body: Body) => Promise<ExecutionView>,
): void {
  executionRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/cases/{id}/${path}`,
      tags,
      summary,
      request: { params: idParam, ...jsonBody(schema as z.ZodType) },
      responses: { 201: jsonContent(executionSchema, '已登记'), ...errors },
    }),
    async (c) => {
      // Hono's inference cannot follow a generic body schema; `run` fixes the body's type.
      const body = c.req.valid('json' as never) as Body;
      return c.json(await run(serviceContext(c), c.req.valid('param').id, body), 201);
    },
  );
}

addAct(
  'payments',
  '登记缴款（罚缴分离：须有银行缴款凭证号或电子支付流水号，登记后不可更改）',
  paymentInputSchema,
  recordPayment,
);

addAct(
  'payment-plans',
  '登记当事人暂缓（延期）或者分期缴纳罚款的申请（行政处罚法第六十六条第二款）',
  paymentPlanInputSchema,
  applyForPaymentPlan,
);

addAct(
  'payment-plans/decision',
  '负责人批准或者不批准待审批的暂缓、分期缴纳申请',
  paymentPlanDecisionSchema,
  decidePaymentPlan,
);

addAct(
  'remedy-periods',
  '登记当事人申请行政复议或者提起行政诉讼（期间不计加处罚款，行政处罚法第七十三条第三款）',
  remedyStartSchema,
  startRemedyPeriod,
);

addAct(
  'remedy-periods/end',
  '登记尚未结束的行政复议或者行政诉讼的结果',
  remedyEndSchema,
  endRemedyPeriod,
);

addAct(
  'demands',
  '催告（行政强制法第三十五条）：按催告之日的余额制作催告书，送达后满十个工作日方可申请法院强制执行',
  demandInputSchema,
  issueDemand,
);

addAct(
  'court-applications',
  '负责人申请人民法院强制执行（行政强制法第五十三条、第五十四条）',
  courtApplicationInputSchema,
  applyToCourt,
);

addAct(
  'court-applications/ruling',
  '登记人民法院对强制执行申请的裁定',
  courtRulingInputSchema,
  recordCourtRuling,
);

import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/app-env.js';
import { errorBodySchema } from '../../http/error-handler.js';
import { commonErrors, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import type { ServiceContext } from '../context.js';

const tags = ['行政处罚案件'];

export const stepErrors = {
  ...commonErrors,
  422: jsonContent(errorBodySchema, '违反法定规则（RULE_VIOLATED），details 中的 path 为规则代码'),
};

interface CaseStep<Body, View> {
  path: string;
  summary: string;
  body: z.ZodType<Body> | null;
  run: (ctx: ServiceContext, caseId: string, body: Body) => Promise<View>;
}

/**
 * A POST on a case that runs one step and answers with the area's view. The body schema is
 * passed as a plain ZodType: Hono's inference cannot follow a generic one, and `run` fixes
 * the body's type anyway.
 */
export function addCaseStep<Body, View>(
  router: OpenAPIHono<AppEnv>,
  view: z.ZodType<View>,
  step: CaseStep<Body, View>,
): void {
  router.openapi(
    createRoute({
      method: 'post',
      path: step.path,
      tags,
      summary: step.summary,
      request: { params: idParam, ...(step.body ? jsonBody(step.body as z.ZodType) : {}) },
      responses: { 200: jsonContent(view as z.ZodType, '已办理'), ...stepErrors },
    }),
    async (c) => {
      const body = (step.body ? c.req.valid('json' as never) : undefined) as Body;
      return c.json(await step.run(serviceContext(c), c.req.valid('param').id, body), 200);
    },
  );
}

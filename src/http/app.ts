import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { swaggerUI } from '@hono/swagger-ui';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../domain/app-error.js';
import { agencyRoutes } from '../modules/agency/agency.routes.js';
import { benchmarkRoutes } from '../modules/benchmark/benchmark.routes.js';
import {
  publicBenchmarkRoutes,
  publicPageRoutes,
} from '../modules/benchmark/public-benchmark.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { backupRoutes } from '../modules/backup/backup.routes.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { evidenceRoutes } from '../modules/evidence/evidence.routes.js';
import { exemptionRoutes } from '../modules/exemption/exemption.routes.js';
import { executionRoutes } from '../modules/execution/execution.routes.js';
import { caseRoutes } from '../modules/case/case.routes.js';
import { caseDocumentRoutes } from '../modules/document/case-document.routes.js';
import { templateVersionRoutes } from '../modules/document/template-version.routes.js';
import { deadlineRoutes } from '../modules/deadline/deadline.routes.js';
import { discretionRoutes } from '../modules/discretion/discretion.routes.js';
import { importRoutes } from '../modules/import/import.routes.js';
import { investigationRoutes } from '../modules/investigation/investigation.routes.js';
import { lawRoutes } from '../modules/law/law.routes.js';
import { officerRoutes } from '../modules/officer/officer.routes.js';
import { recordRoutes } from '../modules/record/record.routes.js';
import { decisionRoutes } from '../modules/decision/decision.routes.js';
import { noticeRoutes } from '../modules/notice/notice.routes.js';
import { reviewRoutes } from '../modules/review/review.routes.js';
import { serviceRoutes } from '../modules/service/service.routes.js';
import { summaryRoutes } from '../modules/summary/summary.routes.js';
import { transferRoutes } from '../modules/transfer/transfer.routes.js';
import { archiveRoutes } from '../modules/archive/archive.routes.js';
import { todoRoutes } from '../modules/todo/todo.routes.js';
import { userRoutes } from '../modules/user/user.routes.js';
import { violationRoutes } from '../modules/violation/violation.routes.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { errorResponse, handleError } from './error-handler.js';
import { loginThrottle } from './login-throttle.js';
import { loadSession, requireCsrfToken, requirePasswordChangedFirst } from './session.js';

z.config(z.locales.zhCN());

export const OPENAPI_PATH = '/api/openapi.json';

const apiRouters = [
  authRoutes,
  agencyRoutes,
  officerRoutes,
  userRoutes,
  recordRoutes,
  calendarRoutes,
  importRoutes,
  todoRoutes,
  backupRoutes,
  caseRoutes,
  evidenceRoutes,
  investigationRoutes,
  reviewRoutes,
  noticeRoutes,
  decisionRoutes,
  caseDocumentRoutes,
  templateVersionRoutes,
  deadlineRoutes,
  summaryRoutes,
  transferRoutes,
  archiveRoutes,
  serviceRoutes,
  executionRoutes,
  discretionRoutes,
  violationRoutes,
  benchmarkRoutes,
  exemptionRoutes,
  publicBenchmarkRoutes,
  lawRoutes,
];

/** Builds the whole HTTP application; it never listens, so tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use(requestId());
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(accessLog);
  app.use(secureHeaders());
  app.onError(handleError);

  app.use('/api/*', requestSizeLimit);
  app.use('/api/*', csrf(), loadSession, requireCsrfToken, requirePasswordChangedFirst);
  app.use('/api/auth/login', loginThrottle());
  for (const router of apiRouters) app.route('/api', router);

  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'zhifa 执法平台 API',
      version: '0.1.0',
      description:
        '交通运输行政执法平台的 HTTP API。登录后以 Cookie 维持会话；' +
        '除 GET 外的请求须在 X-CSRF-Token 头中带上登录时返回的 csrfToken。' +
        '错误统一为 { error: { code, message, details?, requestId } }，code 稳定，message 为中文。',
    },
  });
  app.get('/api/docs', swaggerUI({ url: OPENAPI_PATH }));
  app.all('/api/*', (c) => errorResponse(c, new AppError('NOT_FOUND', '接口不存在')));
  // Public pages are served by the server itself, before the web app's index.html fallback.
  app.route('/', publicPageRoutes);

  if (deps.webRoot) serveWebApp(app, deps.webRoot);
  return app;
}

export type App = ReturnType<typeof createApp>;

const accessLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  c.get('deps').logger.info(
    {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    },
    'request',
  );
};

function tooLarge(): never {
  throw new HTTPException(413, { message: 'payload too large' });
}

const EVIDENCE_UPLOAD = /^\/api\/cases\/[^/]+\/evidence$/;
const evidenceLimit = bodyLimit({ maxSize: 500 * 1024 * 1024, onError: tooLarge });
const requestLimit = bodyLimit({ maxSize: 10 * 1024 * 1024, onError: tooLarge });

/** 10 MB for any request, 500 MB for an evidence upload (video from the field). */
const requestSizeLimit: MiddlewareHandler<AppEnv> = (c, next) =>
  (EVIDENCE_UPLOAD.test(c.req.path) ? evidenceLimit : requestLimit)(c, next);

/** The built React app; any non-API path falls back to index.html for client routing. */
function serveWebApp(app: OpenAPIHono<AppEnv>, webRoot: string) {
  const root = path.relative(process.cwd(), webRoot) || '.';
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`找不到前端页面 ${webRoot}/index.html，请先运行 npm run build`);
  }
  app.use('/*', serveStatic({ root }));
  app.get('/*', serveStatic({ root, path: 'index.html' }));
}

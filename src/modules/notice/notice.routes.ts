import { createRoute } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { addCaseStep } from '../review/step-route.js';
import {
  hearingRecordInputSchema,
  hearingScheduleInputSchema,
  noticeViewSchema,
  partyResponseInputSchema,
  priorNoticeInputSchema,
  statementReviewInputSchema,
} from './notice.schemas.js';
import {
  closeStatementPeriod,
  getNotice,
  recordHearing,
  recordPartyResponse,
  reviewStatement,
  scheduleHearing,
  servePriorNotice,
} from './notice.service.js';

export const noticeRoutes = newRouter();

noticeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/notice',
    tags: ['行政处罚案件'],
    summary: '告知、陈述申辩与听证',
    request: { params: idParam },
    responses: { 200: jsonContent(noticeViewSchema, '告知情况'), ...commonErrors },
  }),
  async (c) => c.json(await getNotice(serviceContext(c), c.req.valid('param').id), 200),
);

addCaseStep(noticeRoutes, noticeViewSchema, {
  path: '/cases/{id}/prior-notices',
  summary: '送达违法行为通知书（告知拟处罚及陈述、申辩、听证权利，记录送达方式和日期）',
  body: priorNoticeInputSchema,
  run: servePriorNotice,
});
addCaseStep(noticeRoutes, noticeViewSchema, {
  path: '/cases/{id}/party-responses',
  summary: '登记当事人的陈述申辩、听证申请（告知后五个工作日内）或书面放弃',
  body: partyResponseInputSchema,
  run: recordPartyResponse,
});
addCaseStep(noticeRoutes, noticeViewSchema, {
  path: '/cases/{id}/statement-reviews',
  summary: '复核当事人的陈述、申辩（行政处罚法第四十五条）',
  body: statementReviewInputSchema,
  run: reviewStatement,
});
addCaseStep(noticeRoutes, noticeViewSchema, {
  path: '/cases/{id}/hearings',
  summary: '安排听证：听证通知书送达满七个工作日后举行，主持人不得为本案调查人员',
  body: hearingScheduleInputSchema,
  run: scheduleHearing,
});
addCaseStep(noticeRoutes, noticeViewSchema, {
  path: '/cases/{id}/hearing-records',
  summary: '记录听证（听证笔录与听证报告）；无正当理由缺席或中途退出视为放弃听证',
  body: hearingRecordInputSchema,
  run: recordHearing,
});
addCaseStep(noticeRoutes, noticeViewSchema, {
  path: '/cases/{id}/close-statement-period',
  summary: '结束陈述申辩/听证期（期限届满、听证结束且陈述申辩均已复核，或当事人书面放弃）',
  body: null,
  run: (ctx, id) => closeStatementPeriod(ctx, id),
});

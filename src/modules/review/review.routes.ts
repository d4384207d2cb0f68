import { createRoute } from '@hono/zod-openapi';
import { commonErrors, idParam, jsonContent, newRouter } from '../../http/openapi.js';
import { serviceContext } from '../../http/session.js';
import { reasonSchema } from '../case/case.schemas.js';
import {
  collectiveDiscussionInputSchema,
  discussionRequestSchema,
  investigationReportInputSchema,
  legalReviewOpinionSchema,
  legalReviewRequestSchema,
  reviewViewSchema,
} from './review.schemas.js';
import {
  closeInvestigation,
  getReview,
  giveLegalReviewOpinion,
  recordCollectiveDiscussion,
  reopenInvestigation,
  requestCollectiveDiscussion,
  requestLegalReview,
} from './review.service.js';
import { addCaseStep } from './step-route.js';

export const reviewRoutes = newRouter();

reviewRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/cases/{id}/review',
    tags: ['行政处罚案件'],
    summary: '调查终结报告、法制审核与集体讨论',
    request: { params: idParam },
    responses: { 200: jsonContent(reviewViewSchema, '审查情况'), ...commonErrors },
  }),
  async (c) => c.json(await getReview(serviceContext(c), c.req.valid('param').id), 200),
);

addCaseStep(reviewRoutes, reviewViewSchema, {
  path: '/cases/{id}/investigation-report',
  summary: '调查终结：提交调查终结报告（事实、证据、违反的规定、处罚依据、处理建议）',
  body: investigationReportInputSchema,
  run: closeInvestigation,
});
addCaseStep(reviewRoutes, reviewViewSchema, {
  path: '/cases/{id}/reopen-investigation',
  summary: '补充调查：退回调查取证（写明理由）',
  body: reasonSchema,
  run: (ctx, id, body) => reopenInvestigation(ctx, id, body.reason),
});
addCaseStep(reviewRoutes, reviewViewSchema, {
  path: '/cases/{id}/legal-review-requests',
  summary: '提交法制审核（行政处罚法第五十八条）',
  body: legalReviewRequestSchema,
  run: requestLegalReview,
});
addCaseStep(reviewRoutes, reviewViewSchema, {
  path: '/cases/{id}/legal-review-opinions',
  summary: '法制审核人员出具审核意见：同意、不同意或建议修改后提交（审核人员不得为本案执法人员）',
  body: legalReviewOpinionSchema,
  run: giveLegalReviewOpinion,
});
addCaseStep(reviewRoutes, reviewViewSchema, {
  path: '/cases/{id}/collective-discussion-requests',
  summary: '提交负责人集体讨论（情节复杂或者重大违法行为，第五十七条第二款）',
  body: discussionRequestSchema,
  run: (ctx, id, body) => requestCollectiveDiscussion(ctx, id, body.reason),
});
addCaseStep(reviewRoutes, reviewViewSchema, {
  path: '/cases/{id}/collective-discussions',
  summary: '负责人记录集体讨论：参加人及其意见、结论、记录人',
  body: collectiveDiscussionInputSchema,
  run: recordCollectiveDiscussion,
});

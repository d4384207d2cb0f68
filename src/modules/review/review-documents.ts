import { partyKindLabels } from '../../domain/case/penalty.js';
import { chineseDay } from '../case/case-documents.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { stepDocument } from '../document/per-item-document.js';
import { latestReport } from './review.repository.js';
import { getReview } from './review.service.js';

const reviewOf = (ctx: ServiceContext, penaltyCase: CaseWithAgency) =>
  getReview(ctx, penaltyCase.id);

/** 案件调查终结报告 (a local form; 第五十七条): one per closing of the investigation. */
export const investigationReportDocument = stepDocument({
  code: 'investigationReport',
  title: '案件调查终结报告',
  load: reviewOf,
  items: (review) => review.reports,
  label: (report) => `案件调查终结报告（${report.reportDate}）`,
  fill: async (_ctx, _penaltyCase, report, review) => {
    const current = review.reports[0]?.id === report.id;
    const need = current ? review.legalReviewNeed : null;
    return {
      report: {
        partyKind: partyKindLabels[report.proposal.partyKind],
        date: chineseDay(report.reportDate),
        facts: report.facts,
        evidence: report.evidence.map((item) => item.title),
        violatedProvision: report.violatedProvision || '—',
        penaltyBasis: report.penaltyBasis || '—',
        proposal: report.proposal.summary,
        legalReview: need
          ? need.required
            ? `须经法制审核：${need.reasons.join('；')}`
            : '不属于须经法制审核的情形'
          : '',
        discussion: report.complexOrMajor ? '情节复杂或者重大违法行为，须负责人集体讨论决定' : '否',
        opinion: report.opinion,
        headOpinion: '',
      },
    };
  },
});

/** 法制审核意见书 (第五十八条): one per round that has the reviewer's opinion. */
export const legalReviewOpinionDocument = stepDocument({
  code: 'legalReviewOpinion',
  title: '法制审核意见书',
  load: reviewOf,
  items: (review) => review.legalReviews.filter((round) => round.opinion !== null),
  label: (round) => `法制审核意见书（第${round.round}轮）`,
  fill: async (ctx, penaltyCase, round) => {
    const report = await latestReport(ctx.db, penaltyCase.id);
    return {
      review: {
        round: `第${round.round}轮`,
        facts: report?.facts ?? '',
        evidence: report?.evidence.map((item) => item.title) ?? [],
        legalBasis: [report?.violatedProvision, report?.penaltyBasis].filter(Boolean).join('；'),
        proposal: round.proposal.summary,
        reasons: round.reasons.length ? round.reasons : ['机关决定提请审核'],
        submission: round.submission,
        opinion: round.opinion?.opinion ?? '',
        comments: round.opinion?.comments ?? '',
        reviewer: round.opinion?.reviewerName ?? '',
        date: round.opinion ? chineseDay(round.opinion.reviewedOn) : '',
      },
    };
  },
});

/** 案件集体讨论记录 (第五十七条第二款). */
export const collectiveDiscussionDocument = stepDocument({
  code: 'collectiveDiscussionRecord',
  title: '案件集体讨论记录',
  load: reviewOf,
  items: (review) => review.discussions,
  label: (discussion) => `案件集体讨论记录（${discussion.heldOn}）`,
  fill: async (_ctx, _penaltyCase, discussion, review) => {
    const report = review.reports[0];
    return {
      discussion: {
        date: chineseDay(discussion.heldOn),
        place: discussion.place,
        participants: discussion.participants.map((p) => `${p.name}（${p.position}）`).join('、'),
        recorder: discussion.recorderName,
        caseSummary: report ? `${report.facts}处理建议：${report.proposal.summary}。` : '',
        opinions: discussion.participants.map((p) => `${p.name}：${p.opinion}`),
        conclusion: discussion.conclusion,
        decision: discussion.conclusionText,
      },
    };
  },
});

import { AppError } from '../../domain/app-error.js';
import {
  discussionConclusionLabels,
  discussionGate,
  discussionParticipantsViolation,
} from '../../domain/case/collective-discussion.js';
import { decisionNotHeavierThanNotice } from '../../domain/case/decision-content.js';
import { reportViolation } from '../../domain/case/investigation-report.js';
import {
  legalReviewRequired,
  reviewCoversDecision,
  reviewGate,
  reviewOpinionLabels,
  reviewerViolations,
  type LegalReview,
  type LegalReviewNeed,
  type ReviewOpinion,
} from '../../domain/case/legal-review.js';
import { describePenalty, type ProposedPenalty } from '../../domain/case/penalty.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed } from '../../domain/permission.js';
import type { RuleViolation } from '../../domain/rule-violation.js';
import type { Db } from '../../storage/database.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import type { Party } from '../case/case.schemas.js';
import {
  assertCaseAction,
  assertCaseOfficer,
  assertCaseOfficerOrHead,
  caseOfficerIds,
  moveCase,
  recordCaseAct,
  withCase,
} from '../case/case-flow.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { hearingHeld, latestNotice } from '../notice/notice.repository.js';
import { benchmarkDeviationReason, discretionCheck } from '../discretion/discretion-gate.js';
import { refuseOnViolations } from '../rule-violations.js';
import { assertPastDate, stageViolation } from './case-step.js';
import {
  insertDiscussion,
  insertLegalReview,
  insertLegalReviewOpinion,
  insertReport,
  latestReport,
  listDiscussions,
  listLegalReviews,
  listReports,
  proposalColumns,
  proposalOf,
  reviewerHistory,
  type LegalReviewWithOpinion,
  type ReportRow,
} from './review.repository.js';
import type {
  CollectiveDiscussionInput,
  InvestigationReportInput,
  LegalReviewOpinionInput,
  LegalReviewRequest,
  ProposedPenaltyView,
  ReviewView,
} from './review.schemas.js';

/** 调查终结: the investigators' report with the evidence it rests on and their proposal. */
export async function closeInvestigation(
  ctx: ServiceContext,
  caseId: string,
  input: InvestigationReportInput,
): Promise<ReviewView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'closeInvestigation');
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '制作调查终结报告');
    const filed = penaltyCase.filingDate && { date: penaltyCase.filingDate, label: '立案日期' };
    assertPastDate('reportDate', '调查终结日期', input.reportDate, chinaDate(), filed || null);
    const evidence = await evidenceOfCase(trx, penaltyCase.id, input.evidenceIds);
    const proposal = { ...input.proposal, partyKind: (penaltyCase.party as Party).kind };
    const deviationReason = input.deviationReason ?? null;
    const discretion = await discretionCheck(
      trx,
      penaltyCase.id,
      { outcome: input.proposedOutcome, ...proposal },
      deviationReason,
    );
    refuseOnViolations([
      reportViolation(input.proposedOutcome, evidence.length),
      ...discretion.violations,
    ]);
    const report = await insertReport(trx, {
      caseId: penaltyCase.id,
      reportDate: input.reportDate,
      facts: input.facts,
      evidence: JSON.stringify(evidence),
      violatedProvision: input.violatedProvision,
      penaltyBasis: input.penaltyBasis,
      proposedOutcome: input.proposedOutcome,
      ...proposalColumns(proposal),
      article58: JSON.stringify(input.article58),
      complexOrMajor: input.complexOrMajor,
      opinion: input.opinion,
      assessmentId: discretion.assessment?.id ?? null,
      deviationReason,
      createdBy: ctx.actor.userId ?? '',
    });
    await moveCase(
      trx,
      ctx,
      penaltyCase,
      'closeInvestigation',
      {},
      { reportId: report.id, ...input },
    );
  });
  return getReview(ctx, caseId);
}

async function evidenceOfCase(trx: Db, caseId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('evidence')
    .select(['id', 'title', 'type'])
    .where('caseId', '=', caseId)
    .where('id', 'in', ids)
    .orderBy('createdAt')
    .execute();
  if (rows.length !== new Set(ids).size) {
    const message = '所列证据中有不属于本案的证据，请从本案已登记的证据中选择';
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'evidenceIds', message }]);
  }
  return rows.map((row) => ({ evidenceId: row.id, title: row.title, type: row.type }));
}

/** 补充调查: back to 调查取证; a new report is written when the investigation closes again. */
export async function reopenInvestigation(
  ctx: ServiceContext,
  caseId: string,
  reason: string,
): Promise<ReviewView> {
  await withCase(ctx, caseId, 'case.read', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'reopenInvestigation');
    await assertCaseOfficerOrHead(trx, ctx, penaltyCase.id, '决定补充调查');
    await moveCase(trx, ctx, penaltyCase, 'reopenInvestigation', {}, { reason });
  });
  return getReview(ctx, caseId);
}

/**
 * 提交法制审核: the proposal under review is the notified penalty, or a lighter one revised on
 * the reviewer's advice (a heavier one would need a new notice first).
 */
export async function requestLegalReview(
  ctx: ServiceContext,
  caseId: string,
  input: LegalReviewRequest,
): Promise<ReviewView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'requestLegalReview');
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '提交法制审核');
    const report = found(await latestReport(trx, penaltyCase.id), '调查终结报告');
    const notice = await latestNotice(trx, penaltyCase.id);
    const notified = proposalOf(notice ?? report);
    const proposal = input.proposal
      ? { ...input.proposal, partyKind: notified.partyKind }
      : notified;
    if (notice) refuseOnViolations(decisionNotHeavierThanNotice(notified, proposal));
    const held = await hearingHeld(trx, penaltyCase.id);
    const need = await reviewNeed(trx, ctx, report, proposal);
    const round = (await listLegalReviews(trx, penaltyCase.id)).length + 1;
    await insertLegalReview(trx, {
      caseId: penaltyCase.id,
      round,
      ...proposalColumns(proposal),
      hearingHeld: held,
      reasons: JSON.stringify(need.reasons),
      submission: input.submission,
      requestedBy: ctx.actor.userId ?? '',
    });
    await moveCase(
      trx,
      ctx,
      penaltyCase,
      'requestLegalReview',
      {},
      {
        round,
        submission: input.submission,
        proposal,
        reasons: need.reasons,
      },
    );
  });
  return getReview(ctx, caseId);
}

const opinionActions = {
  approved: 'passLegalReview',
  rejected: 'rejectLegalReview',
  returned: 'returnLegalReview',
} as const satisfies Record<ReviewOpinion, string>;

/**
 * 法制审核意见: by a legal reviewer who is not a case officer; on a reviewer's first review, the
 * 法律职业资格 certificate number is recorded (第五十八条第二款).
 */
export async function giveLegalReviewOpinion(
  ctx: ServiceContext,
  caseId: string,
  input: LegalReviewOpinionInput,
): Promise<ReviewView> {
  await withCase(ctx, caseId, 'case.legalReview', async (trx, penaltyCase) => {
    const action = opinionActions[input.opinion];
    assertCaseAction(penaltyCase, action);
    const [pending] = await listLegalReviews(trx, penaltyCase.id);
    if (!pending || pending.opinion !== null) {
      throw new AppError('CONFLICT', '本案没有待审核的法制审核申请');
    }
    const userId = ctx.actor.userId ?? '';
    const history = await reviewerHistory(trx, userId);
    const certificate = input.legalProfessionCertificate ?? history.certificate ?? null;
    const review: LegalReview = {
      round: pending.round,
      opinion: input.opinion,
      reviewer: {
        officerId: ctx.actor.officerId ?? userId,
        name: ctx.actor.displayName,
        firstTimeInLegalReview: !history.reviewedBefore,
        holdsLegalProfessionQualification: certificate !== null,
      },
    };
    refuseOnViolations(reviewerViolations(review, await caseOfficerIds(trx, penaltyCase.id)));
    await insertLegalReviewOpinion(trx, {
      reviewId: pending.id,
      caseId: penaltyCase.id,
      opinion: input.opinion,
      comments: input.comments,
      reviewerUserId: userId,
      reviewerOfficerId: ctx.actor.officerId,
      reviewerName: ctx.actor.displayName,
      firstTime: review.reviewer.firstTimeInLegalReview,
      legalProfessionCertificate: certificate,
      reviewedOn: chinaDate(),
    });
    await moveCase(
      trx,
      ctx,
      penaltyCase,
      action,
      {},
      {
        round: pending.round,
        opinion: input.opinion,
        comments: input.comments,
      },
    );
  });
  return getReview(ctx, caseId);
}

/** 提交集体讨论 (第五十七条第二款): the case is complex or major; the heads will decide together. */
export async function requestCollectiveDiscussion(
  ctx: ServiceContext,
  caseId: string,
  reason: string,
): Promise<ReviewView> {
  await withCase(ctx, caseId, 'case.read', async (trx, penaltyCase) => {
    assertCaseAction(penaltyCase, 'requestCollectiveDiscussion');
    await assertCaseOfficerOrHead(trx, ctx, penaltyCase.id, '提交集体讨论');
    await moveCase(trx, ctx, penaltyCase, 'requestCollectiveDiscussion', {}, { reason });
  });
  return getReview(ctx, caseId);
}

/** 集体讨论记录: who took part, what each said, what they concluded and who wrote it down. */
export async function recordCollectiveDiscussion(
  ctx: ServiceContext,
  caseId: string,
  input: CollectiveDiscussionInput,
): Promise<ReviewView> {
  await withCase(ctx, caseId, 'case.approve', async (trx, penaltyCase) => {
    refuseOnViolations([
      stageViolation(penaltyCase, ['collectiveDiscussion'], '记录集体讨论', '请先提交集体讨论'),
      discussionParticipantsViolation(input.participants.length),
    ]);
    const report = found(await latestReport(trx, penaltyCase.id), '调查终结报告');
    assertPastDate('heldOn', '讨论日期', input.heldOn, chinaDate(), {
      date: report.reportDate,
      label: '调查终结日期',
    });
    const discussion = await insertDiscussion(trx, {
      caseId: penaltyCase.id,
      heldOn: input.heldOn,
      place: input.place,
      participants: JSON.stringify(input.participants),
      conclusion: input.conclusion,
      conclusionText: input.conclusionText,
      recorderName: input.recorderName,
      createdBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'recordCollectiveDiscussion', {
      discussionId: discussion.id,
      ...input,
    });
  });
  return getReview(ctx, caseId);
}

async function reviewNeed(
  db: Db,
  ctx: ServiceContext,
  report: ReportRow,
  proposal: ProposedPenalty,
): Promise<LegalReviewNeed> {
  const held = await hearingHeld(db, report.caseId);
  const benchmarkDeviation = await benchmarkDeviationReason(db, report.caseId, proposal.fineFen);
  return legalReviewRequired(
    { ...proposal, hearingHeld: held, article58: report.article58, benchmarkDeviation },
    ctx.config.legalReviewCatalog,
  );
}

/** Only what happened since the latest report counts: reopening starts these steps again. */
function sinceReport<T extends { createdAt: Date }>(rows: readonly T[], report: ReportRow): T[] {
  return rows.filter((row) => row.createdAt >= report.createdAt);
}

function toLegalReview(row: LegalReviewWithOpinion): LegalReview | null {
  if (row.opinion === null) return null;
  return {
    round: row.round,
    opinion: row.opinion,
    reviewer: {
      officerId: row.reviewerOfficerId ?? row.reviewerUserId ?? '',
      name: row.reviewerName ?? '',
      firstTimeInLegalReview: row.firstTime ?? false,
      holdsLegalProfessionQualification: row.legalProfessionCertificate !== null,
    },
  };
}

/**
 * The 法制审核 (第五十八条) and 集体讨论 (第五十七条第二款) the decision needs, judged on the
 * decision as it would be made.
 */
export async function reviewAndDiscussionViolations(
  trx: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  decision: { kind: 'penalty' | 'noPenalty'; penalty: ProposedPenalty },
  caseOfficers: readonly string[],
): Promise<RuleViolation[]> {
  const report = await latestReport(trx, penaltyCase.id);
  if (!report) return [];
  const need = await reviewNeed(trx, ctx, report, decision.penalty);
  const rounds = (await listLegalReviews(trx, penaltyCase.id)).filter(
    (row) => row.requestedAt >= report.createdAt,
  );
  const reviews = rounds.map(toLegalReview).filter((review) => review !== null);
  const latestOpinion = rounds.find((row) => row.opinion !== null);
  const coverage =
    latestOpinion?.opinion === 'approved'
      ? reviewCoversDecision(proposalOf(latestOpinion), decision.penalty)
      : null;
  const discussions = sinceReport(await listDiscussions(trx, penaltyCase.id), report);
  return [
    ...(need.required ? [...reviewGate(reviews, caseOfficers), coverage] : []),
    ...discussionGate(
      discussionRequired(penaltyCase, report),
      discussions[0]?.conclusion ?? null,
      decision.kind,
    ),
  ].filter((violation) => violation !== null);
}

export async function getReview(ctx: ServiceContext, caseId: string): Promise<ReviewView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const reports = await listReports(ctx.db, penaltyCase.id);
  const report = reports[0];
  const notice = await latestNotice(ctx.db, penaltyCase.id);
  const need = report ? await reviewNeed(ctx.db, ctx, report, proposalOf(notice ?? report)) : null;
  const discussions = await listDiscussions(ctx.db, penaltyCase.id);
  return {
    reports: reports.map((row) => ({
      id: row.id,
      reportDate: row.reportDate,
      facts: row.facts,
      evidence: row.evidence,
      violatedProvision: row.violatedProvision,
      penaltyBasis: row.penaltyBasis,
      proposedOutcome: row.proposedOutcome,
      proposal: proposalView(proposalOf(row)),
      article58: row.article58,
      complexOrMajor: row.complexOrMajor,
      opinion: row.opinion,
      createdAt: row.createdAt.toISOString(),
    })),
    legalReviewNeed: need,
    legalReviews: (await listLegalReviews(ctx.db, penaltyCase.id)).map((row) => ({
      id: row.id,
      round: row.round,
      proposal: proposalView(proposalOf(row)),
      hearingHeld: row.hearingHeld,
      reasons: row.reasons,
      submission: row.submission,
      requestedAt: row.requestedAt.toISOString(),
      opinion:
        row.opinion === null
          ? null
          : {
              opinion: row.opinion,
              opinionLabel: reviewOpinionLabels[row.opinion],
              comments: row.comments ?? '',
              reviewerName: row.reviewerName ?? '',
              reviewedOn: row.reviewedOn ?? '',
            },
    })),
    discussionRequired: discussionRequired(penaltyCase, report),
    discussions: discussions.map((row) => ({
      id: row.id,
      heldOn: row.heldOn,
      place: row.place,
      participants: row.participants,
      conclusion: row.conclusion,
      conclusionLabel: discussionConclusionLabels[row.conclusion],
      conclusionText: row.conclusionText,
      recorderName: row.recorderName,
    })),
  };
}

export function proposalView(proposal: ProposedPenalty): ProposedPenaltyView {
  return {
    ...proposal,
    kinds: [...proposal.kinds],
    summary: describePenalty(proposal) || '不予行政处罚',
  };
}

/** Marked 情节复杂或者重大 in the report, or sent to the heads by the officers or a head. */
function discussionRequired(penaltyCase: CaseWithAgency, report: ReportRow | undefined): boolean {
  return (report?.complexOrMajor ?? false) || penaltyCase.stage === 'collectiveDiscussion';
}

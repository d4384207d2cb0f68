import { computeDeadline } from '../../domain/case/case-deadlines.js';
import { assertTransition, type CaseStage } from '../../domain/case/case-stage.js';
import {
  decisionNotHeavierThanNotice,
  missingDecisionElements,
  missingNoPenaltyElements,
  type DecisionDocument,
  type NoPenaltyDocument,
} from '../../domain/case/decision-content.js';
import {
  deciderViolation,
  decisionDeadlineViolation,
  decisionDue,
  extensionViolations,
  undecidedStages,
  type DecisionDue,
} from '../../domain/case/decision-deadline.js';
import { noPenaltyGroundRules, noPenaltyViolations } from '../../domain/case/no-penalty.js';
import {
  describePenalty,
  type PenaltyKind,
  type ProposedPenalty,
} from '../../domain/case/penalty.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed } from '../../domain/permission.js';
import type { RuleViolation } from '../../domain/rule-violation.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { Db } from '../../storage/database.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import type { Party } from '../case/case.schemas.js';
import { caseOfficerIds, moveCase, recordCaseAct, withCase } from '../case/case-flow.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { latestNotice } from '../notice/notice.repository.js';
import { responseViolations } from '../notice/notice.service.js';
import { stageViolation } from '../review/case-step.js';
import { latestReport, proposalOf, type ReportRow } from '../review/review.repository.js';
import { reviewAndDiscussionViolations } from '../review/review.service.js';
import { discretionCheck } from '../discretion/discretion-gate.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  findDecision,
  insertDecision,
  insertExtension,
  listExtensions,
} from './decision.repository.js';
import type {
  DecisionInput,
  DecisionView,
  ExtensionInput,
  NoPenaltyDecisionInput,
  PenaltyDecisionInput,
} from './decision.schemas.js';

/** The due date in force: ninety days from 立案, or the latest approved extension. */
export async function currentDecisionDue(
  db: Db,
  penaltyCase: { id: string; filingDate: string | null },
  calendar: WorkdayCalendar,
): Promise<DecisionDue | null> {
  if (!penaltyCase.filingDate) return null;
  const statutory = computeDeadline('decision', penaltyCase.filingDate, calendar).date;
  const extensions = await listExtensions(db, [penaltyCase.id]);
  return decisionDue(
    statutory,
    extensions.map((extension) => extension.newDue),
  );
}

interface DecisionDraft {
  kind: 'penalty' | 'noPenalty';
  penalty: ProposedPenalty;
  document:
    DecisionDocument | (NoPenaltyDocument & { groundCode: string; education: string | null });
  /** What 第五十九条 (and 第三十三条第三款 for no penalty) finds missing in the document. */
  contentViolations: RuleViolation[];
}

/** What both decisions end with: the remedies open to the party, the agency, date and seal. */
function closingFields(
  penaltyCase: CaseWithAgency,
  input: PenaltyDecisionInput | NoPenaltyDecisionInput,
  today: string,
) {
  return {
    reconsiderationBody: input.reconsiderationBody,
    reconsiderationDays: input.reconsiderationDays,
    litigationCourt: input.litigationCourt,
    litigationMonths: input.litigationMonths,
    agencyName: penaltyCase.agencyName,
    decisionDate: today,
    sealed: input.sealed,
  };
}

function penaltyDraft(
  penaltyCase: CaseWithAgency,
  report: ReportRow,
  input: PenaltyDecisionInput,
  today: string,
): DecisionDraft {
  const party = penaltyCase.party as Party;
  const document: DecisionDocument = {
    partyName: party.name,
    partyAddress: party.address,
    facts: input.facts || report.facts,
    evidence: report.evidence.map((item) => item.title),
    penalties: input.penalties.map(({ kind, basis }) => ({
      kind,
      // An empty 款 or 项 is not cited, rather than cited as blank.
      basis: {
        law: basis.law,
        article: basis.article,
        ...(basis.paragraph ? { paragraph: basis.paragraph } : {}),
        ...(basis.item ? { item: basis.item } : {}),
      },
    })),
    performanceManner: input.performanceManner,
    paymentAccount: input.paymentAccount,
    paymentDeadlineDays: input.paymentDeadlineDays,
    ...closingFields(penaltyCase, input, today),
  };
  return {
    kind: 'penalty',
    penalty: {
      partyKind: party.kind,
      kinds: input.penalties.map((penalty) => penalty.kind),
      fineFen: input.fineFen,
      illegalGainsFen: input.illegalGainsFen,
      illegalPropertyValueFen: input.illegalPropertyValueFen,
    },
    document,
    contentViolations: missingDecisionElements(document),
  };
}

function noPenaltyDraft(
  penaltyCase: CaseWithAgency,
  report: ReportRow,
  input: NoPenaltyDecisionInput,
  today: string,
): DecisionDraft {
  const party = penaltyCase.party as Party;
  const ground = noPenaltyGroundRules[input.ground];
  const document = {
    partyName: party.name,
    partyAddress: party.address,
    facts: input.facts || report.facts,
    ground: `${ground.label}（${ground.article}）`,
    groundCode: input.ground,
    education: input.education || null,
    ...closingFields(penaltyCase, input, today),
  };
  return {
    kind: 'noPenalty',
    penalty: {
      partyKind: party.kind,
      kinds: [],
      fineFen: 0,
      illegalGainsFen: 0,
      illegalPropertyValueFen: 0,
    },
    document,
    contentViolations: [
      ...missingNoPenaltyElements(document),
      ...noPenaltyViolations(input.ground, input.education ?? null),
    ],
  };
}

/**
 * Everything the law asks before the head decides, besides the document itself: the party
 * heard (第四十五条、第六十二条、第六十五条), nothing heavier than notified (第四十五条第二款),
 * 法制审核 and 集体讨论 where needed, and the ninety days (第六十条).
 */
async function decisionGates(
  trx: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  decision: Pick<DecisionDraft, 'kind' | 'penalty'>,
  caseOfficers: readonly string[],
  today: string,
): Promise<RuleViolation[]> {
  const notice = decision.kind === 'penalty' ? await latestNotice(trx, penaltyCase.id) : undefined;
  const due = await currentDecisionDue(trx, penaltyCase, await loadWorkdayCalendar(trx));
  return [
    ...(notice ? await responseViolations(trx, penaltyCase.id, today) : []),
    ...(notice ? decisionNotHeavierThanNotice(proposalOf(notice), decision.penalty) : []),
    ...(await reviewAndDiscussionViolations(trx, ctx, penaltyCase, decision, caseOfficers)),
    due ? decisionDeadlineViolation(today, due) : null,
  ].filter((violation) => violation !== null);
}

const actions = { penalty: 'decidePenalty', noPenalty: 'decideNoPenalty' } as const;

/**
 * 行政处罚决定 or 不予行政处罚决定 by a head who does not handle the case. Every reason to refuse
 * is gathered and answered at once, so the head sees all that must change.
 */
export async function decide(
  ctx: ServiceContext,
  caseId: string,
  input: DecisionInput,
): Promise<DecisionView> {
  await withCase(ctx, caseId, 'case.approve', async (trx, penaltyCase) => {
    const action = actions[input.kind];
    const stage = assertTransition(penaltyCase.stage as CaseStage, action);
    const latest = await latestReport(trx, penaltyCase.id);
    if (!latest) refuseOnViolations([stage]);
    const report = found(latest, '调查终结报告');
    const today = chinaDate();
    const draft =
      input.kind === 'penalty'
        ? penaltyDraft(penaltyCase, report, input, today)
        : noPenaltyDraft(penaltyCase, report, input, today);
    const officers = await caseOfficerIds(trx, penaltyCase.id);
    const deviationReason =
      (input.kind === 'penalty' ? input.deviationReason : undefined) ?? report.deviationReason;
    const discretion = await discretionCheck(
      trx,
      penaltyCase.id,
      { outcome: draft.kind, ...draft.penalty },
      deviationReason,
    );
    refuseOnViolations([
      stage,
      deciderViolation(ctx.actor.displayName, officers.includes(ctx.actor.officerId ?? '')),
      ...(await decisionGates(trx, ctx, penaltyCase, draft, officers, today)),
      ...discretion.violations,
      ...draft.contentViolations,
    ]);
    const notice = await latestNotice(trx, penaltyCase.id);
    const decision = await insertDecision(trx, {
      caseId: penaltyCase.id,
      kind: draft.kind,
      documentNumber: penaltyCase.caseNumber,
      document: JSON.stringify(draft.document),
      penaltyKinds: JSON.stringify(draft.penalty.kinds),
      fineFen: draft.penalty.fineFen,
      confiscationFen: draft.penalty.illegalGainsFen,
      illegalPropertyValueFen: draft.penalty.illegalPropertyValueFen,
      decidedOn: today,
      decidedBy: ctx.actor.userId ?? '',
      noticeId: draft.kind === 'penalty' ? (notice?.id ?? null) : null,
      noPenaltyGround: input.kind === 'noPenalty' ? input.ground : null,
      assessmentId: discretion.assessment?.id ?? null,
      benchmarkId: discretion.assessment?.benchmarkId ?? null,
      benchmarkVersion: discretion.assessment?.benchmarkVersion ?? null,
      deviationReason: discretion.assessment ? deviationReason : null,
    });
    await moveCase(
      trx,
      ctx,
      penaltyCase,
      action,
      {},
      {
        decisionId: decision.id,
        documentNumber: decision.documentNumber,
        ...draft.penalty,
        document: draft.document,
      },
    );
  });
  return getDecision(ctx, caseId);
}

/** 延长办案期限: approved by a head who does not handle the case, with the new due date. */
export async function extendDecisionDeadline(
  ctx: ServiceContext,
  caseId: string,
  input: ExtensionInput,
): Promise<DecisionView> {
  await withCase(ctx, caseId, 'case.approve', async (trx, penaltyCase) => {
    const officers = await caseOfficerIds(trx, penaltyCase.id);
    const today = chinaDate();
    const due = await currentDecisionDue(trx, penaltyCase, await loadWorkdayCalendar(trx));
    refuseOnViolations([
      stageViolation(
        penaltyCase,
        undecidedStages,
        '延长办案期限',
        '只有已立案、尚未作出决定的案件可以延长办案期限',
      ),
      deciderViolation(ctx.actor.displayName, officers.includes(ctx.actor.officerId ?? '')),
      ...(due ? extensionViolations(due, input.newDueDate, today) : []),
    ]);
    const previousDue = found(due ?? undefined, '办案期限').date;
    await insertExtension(trx, {
      caseId: penaltyCase.id,
      previousDue,
      newDue: input.newDueDate,
      reason: input.reason,
      approvedBy: ctx.actor.userId ?? '',
      approvedOn: today,
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'extendDecisionDeadline', { previousDue, ...input });
  });
  return getDecision(ctx, caseId);
}

/** What a decision made today on the notified penalty (or the report's proposal) would meet. */
async function blockersToday(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
): Promise<RuleViolation[]> {
  if (!undecidedStages.includes(penaltyCase.stage as CaseStage)) return [];
  const report = await latestReport(ctx.db, penaltyCase.id);
  if (!report) return [];
  const notice = await latestNotice(ctx.db, penaltyCase.id);
  const kind = notice || report.proposedOutcome === 'penalty' ? 'penalty' : 'noPenalty';
  const stage = assertTransition(penaltyCase.stage as CaseStage, actions[kind]);
  const officers = await caseOfficerIds(ctx.db, penaltyCase.id);
  const decision = { kind, penalty: proposalOf(notice ?? report) } as const;
  return [
    ...(stage ? [stage] : []),
    ...(await decisionGates(ctx.db, ctx, penaltyCase, decision, officers, chinaDate())),
  ];
}

export async function getDecision(ctx: ServiceContext, caseId: string): Promise<DecisionView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const calendar = await loadWorkdayCalendar(ctx.db);
  const decision = await findDecision(ctx.db, penaltyCase.id);
  const filingDate = penaltyCase.filingDate;
  return {
    filingDate,
    statutoryDue: filingDate ? computeDeadline('decision', filingDate, calendar).date : null,
    due: await currentDecisionDue(ctx.db, penaltyCase, calendar),
    extensions: (await listExtensions(ctx.db, [penaltyCase.id])).map((extension) => ({
      id: extension.id,
      previousDue: extension.previousDue,
      newDue: extension.newDue,
      reason: extension.reason,
      approvedOn: extension.approvedOn,
      approverName: extension.approverName,
    })),
    decision: decision
      ? {
          id: decision.id,
          kind: decision.kind,
          documentNumber: decision.documentNumber,
          decidedOn: decision.decidedOn,
          deciderName: decision.deciderName,
          penaltyKinds: decision.penaltyKinds as PenaltyKind[],
          fineFen: decision.fineFen,
          confiscationFen: decision.confiscationFen,
          illegalPropertyValueFen: decision.illegalPropertyValueFen,
          summary:
            describePenalty({
              kinds: decision.penaltyKinds as PenaltyKind[],
              fineFen: decision.fineFen,
              illegalGainsFen: decision.confiscationFen,
              illegalPropertyValueFen: decision.illegalPropertyValueFen,
            }) || '不予行政处罚',
          noPenaltyGround: decision.noPenaltyGround,
          document: decision.document,
        }
      : null,
    blockers: await blockersToday(ctx, penaltyCase),
  };
}

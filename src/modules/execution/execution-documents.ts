import type { Selectable } from 'kysely';
import { paymentPlanKindLabels } from '../../domain/case/execution.js';
import { formatYuan } from '../../domain/case/penalty.js';
import type { DocumentData } from '../../documents/document-template.js';
import type { DecisionTable } from '../../storage/tables/review-and-decision.js';
import { findAgency } from '../agency/agency.repository.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import { chineseDate, partyFields } from '../case/case-documents.js';
import type { Party } from '../case/case.schemas.js';
import type { ServiceContext } from '../context.js';
import type { CaseDocumentKind } from '../document/case-document-kind.js';
import { found, notFound } from '../not-found.js';
import {
  DEMAND_NOTICE_CODE,
  INSTALMENT_NOTICE_CODE,
  listExecutionDocuments,
  loadExecutionFacts,
} from './execution.repository.js';
import { executionState, type ExecutionFacts, type PlanWithDecision } from './execution-state.js';

/** 分期（延期）缴纳罚款通知书 (式样之十七): one per approved plan. */
export const instalmentNotice: CaseDocumentKind = {
  code: INSTALMENT_NOTICE_CODE,
  title: '分期（延期）缴纳罚款通知书',
  instances: (ctx, penaltyCase) => documentInstances(ctx, penaltyCase, INSTALMENT_NOTICE_CODE),
  async data(ctx, penaltyCase, itemId) {
    const { facts, dueDate, common } = await executionDocumentData(ctx, penaltyCase);
    const plan = facts.plans.find((candidate) => candidate.id === itemId);
    if (!plan?.decision?.approved) throw notFound('批准的暂缓或者分期缴纳申请');
    return {
      ...common,
      plan: {
        appliedDate: chineseDate(plan.appliedOn),
        reason: plan.reason,
        kindLabel: paymentPlanKindLabels[plan.kind],
        arrangement: arrangement(plan, facts.decision.fineFen, dueDate),
        decidedDate: chineseDate(plan.decision.decidedOn),
      },
    };
  },
};

/** 催告书 (式样之十九), with what 行政强制法第三十五条 requires it to state. */
export const demandNotice: CaseDocumentKind = {
  code: DEMAND_NOTICE_CODE,
  title: '催告书',
  instances: (ctx, penaltyCase) => documentInstances(ctx, penaltyCase, DEMAND_NOTICE_CODE),
  async data(ctx, penaltyCase, itemId) {
    const { facts, common } = await executionDocumentData(ctx, penaltyCase);
    const demand = facts.demands.find((candidate) => candidate.id === itemId);
    if (!demand) throw notFound('催告');
    return {
      ...common,
      demand: {
        issuedDate: chineseDate(demand.issuedOn),
        performBy: chineseDate(demand.performBy),
        principal: formatYuan(demand.principalFen),
        lateFee: formatYuan(demand.lateFeeFen),
        total: formatYuan(demand.principalFen + demand.lateFeeFen),
      },
    };
  },
};

async function documentInstances(ctx: ServiceContext, penaltyCase: CaseWithAgency, code: string) {
  const documents = await listExecutionDocuments(ctx.db, penaltyCase.id);
  return documents
    .filter((document) => document.code === code)
    .map((document) => ({
      itemId: document.itemId,
      label: `${document.title}（${document.issuedOn}）`,
    }));
}

/** Case, agency, party and decision fields both notices print. */
async function executionDocumentData(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
): Promise<{ facts: ExecutionFacts; dueDate: string | null; common: DocumentData }> {
  const facts = found(
    (await loadExecutionFacts(ctx.db, [penaltyCase.id])).get(penaltyCase.id),
    '处罚决定',
  );
  const agency = found(await findAgency(ctx.db, '/', penaltyCase.agencyId), '机构');
  const calendar = await loadWorkdayCalendar(ctx.db);
  const dueDate = executionState(facts, facts.decision.decidedOn, calendar).owed?.dueDate ?? null;
  return {
    facts,
    dueDate,
    common: {
      case: { number: penaltyCase.caseNumber ?? '（待编号）' },
      agency: { name: agency.name, address: agency.address ?? '' },
      party: partyFields(penaltyCase.party as Party, facts.decision.decidedOn),
      decision: decisionFields(facts.decision, facts.servedOn, dueDate),
    },
  };
}

function decisionFields(
  decision: Selectable<DecisionTable>,
  servedOn: string | null,
  dueDate: string | null,
) {
  const paymentAccount = decision.document.paymentAccount;
  return {
    number: decision.documentNumber ?? '',
    date: chineseDate(decision.decidedOn),
    fine: formatYuan(decision.fineFen),
    servedDate: servedOn ? chineseDate(servedOn) : '',
    paymentDeadline: dueDate ? chineseDate(dueDate) : '',
    paymentAccount: typeof paymentAccount === 'string' ? paymentAccount : '',
  };
}

/** The plan as the notice states it, with any part of the fine left on the original date. */
function arrangement(plan: PlanWithDecision, fineFen: number, dueDate: string | null): string {
  if (plan.kind === 'deferral') {
    const [only] = plan.instalments;
    return `暂缓至${only ? chineseDate(only.dueDate) : ''}前缴纳罚款${formatYuan(fineFen)}`;
  }
  const parts = plan.instalments.map(
    (instalment, index) =>
      `第${index + 1}期于${chineseDate(instalment.dueDate)}前缴纳${formatYuan(instalment.amountFen)}`,
  );
  const planned = plan.instalments.reduce((sum, instalment) => sum + instalment.amountFen, 0);
  const rest =
    planned < fineFen && dueDate
      ? `；其余罚款${formatYuan(fineFen - planned)}仍应于${chineseDate(dueDate)}前缴纳`
      : '';
  return `分${plan.instalments.length}期缴纳罚款：${parts.join('；')}${rest}`;
}

import { AppError } from '../../domain/app-error.js';
import {
  courtApplicationViolations,
  demandViolations,
  executionStartViolations,
  paymentPlanKindLabels,
  paymentPlanViolations,
  paymentViolations,
  type PaymentPlan,
} from '../../domain/case/execution.js';
import { formatYuan } from '../../domain/case/penalty.js';
import { chinaDate } from '../../domain/china-date.js';
import type { Permission } from '../../domain/permission.js';
import { assertAllowed } from '../../domain/permission.js';
import type { WorkdayCalendar } from '../../domain/workday-calendar.js';
import type { Db } from '../../storage/database.js';
import { conflictOnDuplicate } from '../../storage/pg-errors.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import { moveCase, recordCaseAct, withCase } from '../case/case-flow.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { refuseOnViolations } from '../rule-violations.js';
import { loadExecutionFacts } from './execution.repository.js';
import type {
  CourtApplicationInput,
  CourtRulingInput,
  DemandInput,
  ExecutionView,
  PaymentInput,
  PaymentPlanDecisionInput,
  PaymentPlanInput,
  RemedyEndInput,
  RemedyStartInput,
} from './execution.schemas.js';
import {
  balanceOn,
  executionState,
  type ExecutionFacts,
  type ExecutionState,
  type Owed,
} from './execution-state.js';

export async function getExecution(ctx: ServiceContext, caseId: string): Promise<ExecutionView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const facts = (await loadExecutionFacts(ctx.db, [penaltyCase.id])).get(penaltyCase.id) ?? null;
  const today = chinaDate();
  const state = facts && executionState(facts, today, await loadWorkdayCalendar(ctx.db));
  return toExecutionView(penaltyCase, facts, state, today);
}

/**
 * 开始执行 for a served decision whose penalties are carried out otherwise than by paying a
 * fine (a fine starts execution on service by itself).
 */
export async function startExecution(ctx: ServiceContext, caseId: string): Promise<ExecutionView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    await moveCase(trx, ctx, penaltyCase, 'startExecution');
  });
  return getExecution(ctx, caseId);
}

/** 罚缴分离: a payment is the bank's or the e-payment system's confirmation, never cash. */
export async function recordPayment(
  ctx: ServiceContext,
  caseId: string,
  input: PaymentInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.handle', async (step) => {
    assertNotAfter(step.today, { paidOn: input.paidOn });
    if (input.paidOn < step.facts.decision.decidedOn) {
      throw invalid('paidOn', '缴款日期不能早于作出处罚决定的日期');
    }
    refuseOnViolations(paymentViolations(input));
    const after = balanceOn(
      { remedies: step.facts.remedies, payments: [...step.facts.payments, input] },
      step.today,
      step.owed,
    );
    if (after.outstandingFen < 0) {
      const before = after.outstandingFen + input.amountFen;
      throw new AppError(
        'CONFLICT',
        `缴款金额超过尚欠的罚款和加处罚款（尚欠 ${formatYuan(before)}），请核对缴款凭证`,
      );
    }
    const { id } = await step.trx
      .insertInto('payment')
      .values({
        caseId: step.penaltyCase.id,
        amountFen: input.amountFen,
        paidOn: input.paidOn,
        channel: input.channel,
        reference: input.reference,
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(conflictOnDuplicate(`凭证号 ${input.reference} 已登记过，同一笔缴款不能重复登记`));
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'recordPayment', {
      paymentId: id,
      ...input,
      outstandingFen: after.outstandingFen,
    });
  });
  return getExecution(ctx, caseId);
}

/** The party's application for 暂缓 or 分期 (行政处罚法第六十六条第二款), for the head to decide. */
export async function applyForPaymentPlan(
  ctx: ServiceContext,
  caseId: string,
  input: PaymentPlanInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.handle', async (step) => {
    assertNotAfter(step.today, { appliedOn: input.appliedOn });
    if (step.facts.plans.some((plan) => plan.decision === null)) {
      throw new AppError('CONFLICT', '已有一份暂缓或者分期缴纳申请等待负责人审批');
    }
    const plan = planOf(input, step.owed.fineFen);
    refuseOnViolations(paymentPlanViolations(step.owed.fineFen, step.owed.dueDate, plan));
    const { id } = await step.trx
      .insertInto('paymentPlan')
      .values({
        caseId: step.penaltyCase.id,
        kind: plan.kind,
        appliedOn: input.appliedOn,
        reason: input.reason,
        instalments: JSON.stringify(plan.instalments),
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'applyForPaymentPlan', {
      planId: id,
      ...input,
    });
  });
  return getExecution(ctx, caseId);
}

function planOf(input: PaymentPlanInput, fineFen: number): PaymentPlan {
  return input.kind === 'deferral'
    ? { kind: 'deferral', instalments: [{ dueDate: input.deferredTo, amountFen: fineFen }] }
    : { kind: 'instalments', instalments: input.instalments };
}

/** The head approves or refuses the pending application (行政处罚法第六十六条第二款 "经…批准"). */
export async function decidePaymentPlan(
  ctx: ServiceContext,
  caseId: string,
  input: PaymentPlanDecisionInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.approve', async (step) => {
    const pending = step.facts.plans.find((plan) => plan.decision === null);
    if (!pending) throw new AppError('CONFLICT', '没有等待审批的暂缓或者分期缴纳申请');
    await step.trx
      .insertInto('paymentPlanDecision')
      .values({
        planId: pending.id,
        approved: input.approved,
        reason: input.reason,
        decidedOn: step.today,
        decidedBy: ctx.actor.userId ?? '',
      })
      .execute();
    const action = input.approved ? 'approvePaymentPlan' : 'refusePaymentPlan';
    await recordCaseAct(step.trx, ctx, step.penaltyCase, action, { planId: pending.id, ...input });
  });
  return getExecution(ctx, caseId);
}

/** 复议 or 诉讼 brought by the party: the surcharge pauses while it runs (第七十三条第三款). */
export async function startRemedyPeriod(
  ctx: ServiceContext,
  caseId: string,
  input: RemedyStartInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.handle', async (step) => {
    assertNotAfter(step.today, { startedOn: input.startedOn });
    if (input.startedOn < step.servedOn) {
      throw invalid('startedOn', '申请复议或者起诉的日期不能早于决定书送达之日');
    }
    if (step.facts.remedies.some((remedy) => remedy.endedOn === null)) {
      throw new AppError('CONFLICT', '已有尚未结束的行政复议或者行政诉讼，请先登记其结果');
    }
    const { id } = await step.trx
      .insertInto('remedyPeriod')
      .values({ caseId: step.penaltyCase.id, ...input, createdBy: ctx.actor.userId ?? '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'startRemedyPeriod', {
      remedyPeriodId: id,
      ...input,
    });
  });
  return getExecution(ctx, caseId);
}

export async function endRemedyPeriod(
  ctx: ServiceContext,
  caseId: string,
  input: RemedyEndInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.handle', async (step) => {
    assertNotAfter(step.today, { endedOn: input.endedOn });
    const open = step.facts.remedies.find((remedy) => remedy.endedOn === null);
    if (!open) throw new AppError('CONFLICT', '没有尚未结束的行政复议或者行政诉讼');
    if (input.endedOn < open.startedOn) {
      throw invalid('endedOn', `结束日期不能早于开始日期 ${open.startedOn}`);
    }
    await step.trx
      .updateTable('remedyPeriod')
      .set({ endedOn: input.endedOn, outcome: input.outcome })
      .where('id', '=', open.id)
      .where('endedOn', 'is', null)
      .execute();
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'endRemedyPeriod', {
      remedyPeriodId: open.id,
      ...input,
    });
  });
  return getExecution(ctx, caseId);
}

/**
 * 催告 (行政强制法第三十五条): states the amount owed on the day it is issued; the 催告书 is then
 * served like any document, and its service starts the ten working days of 第五十四条.
 */
export async function issueDemand(
  ctx: ServiceContext,
  caseId: string,
  input: DemandInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.handle', async (step) => {
    assertNotAfter(step.today, { issuedOn: input.issuedOn });
    if (step.state.pendingApplication) {
      throw new AppError('CONFLICT', '已申请人民法院强制执行，尚待法院裁定');
    }
    const balance = balanceOn(step.facts, input.issuedOn, step.owed);
    refuseOnViolations(demandViolations(balance));
    const { id } = await step.trx
      .insertInto('demand')
      .values({
        caseId: step.penaltyCase.id,
        ...input,
        principalFen: balance.principalOutstandingFen,
        lateFeeFen: balance.outstandingFen - balance.principalOutstandingFen,
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'issueDemand', {
      demandId: id,
      ...input,
      outstandingFen: balance.outstandingFen,
    });
  });
  return getExecution(ctx, caseId);
}

/**
 * 申请人民法院强制执行: the head signs the application (行政强制法第五十五条第二款), within the
 * window of 第五十三条 and at least ten working days after the 催告书 was served (第五十四条).
 */
export async function applyToCourt(
  ctx: ServiceContext,
  caseId: string,
  input: CourtApplicationInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.approve', async (step) => {
    const { appliedOn } = input;
    assertNotAfter(step.today, { appliedOn });
    if (step.state.pendingApplication) {
      throw new AppError('CONFLICT', '已申请人民法院强制执行，尚待法院裁定');
    }
    const balance = balanceOn(step.facts, appliedOn, step.owed);
    const demand = step.facts.demands.findLast(
      (candidate) => candidate.servedOn !== null && candidate.servedOn <= appliedOn,
    );
    refuseOnViolations(
      courtApplicationViolations(appliedOn, {
        outstandingFen: balance.outstandingFen,
        remedyPending: step.facts.remedies.some(
          (remedy) =>
            remedy.startedOn <= appliedOn &&
            (remedy.endedOn === null || remedy.endedOn >= appliedOn),
        ),
        window: found(step.state.window ?? undefined, '执行期限'),
        demandServedOn: demand?.servedOn ?? null,
        plan: step.owed.plan,
        calendar: step.calendar,
      }),
    );
    const { id } = await step.trx
      .insertInto('courtApplication')
      .values({
        caseId: step.penaltyCase.id,
        appliedOn,
        court: input.court,
        amountFen: balance.outstandingFen,
        demandId: found(demand, '催告书').id,
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'applyToCourt', {
      courtApplicationId: id,
      ...input,
      amountFen: balance.outstandingFen,
    });
  });
  return getExecution(ctx, caseId);
}

export async function recordCourtRuling(
  ctx: ServiceContext,
  caseId: string,
  input: CourtRulingInput,
): Promise<ExecutionView> {
  await withExecution(ctx, caseId, 'case.handle', async (step) => {
    assertNotAfter(step.today, { ruledOn: input.ruledOn });
    const pending = step.state.pendingApplication;
    if (!pending) throw new AppError('CONFLICT', '没有等待法院裁定的强制执行申请');
    if (input.ruledOn < pending.appliedOn) {
      throw invalid('ruledOn', `裁定日期不能早于申请日期 ${pending.appliedOn}`);
    }
    await step.trx
      .insertInto('courtRuling')
      .values({
        applicationId: pending.id,
        outcome: input.outcome,
        ruledOn: input.ruledOn,
        rulingNumber: input.rulingNumber,
        note: input.note ?? null,
        createdBy: ctx.actor.userId ?? '',
      })
      .execute();
    await recordCaseAct(step.trx, ctx, step.penaltyCase, 'recordCourtRuling', {
      courtApplicationId: pending.id,
      ...input,
    });
  });
  return getExecution(ctx, caseId);
}

interface ExecutionStep {
  trx: Db;
  penaltyCase: CaseWithAgency;
  facts: ExecutionFacts;
  state: ExecutionState;
  owed: Owed;
  servedOn: string;
  today: string;
  calendar: WorkdayCalendar;
}

/** One act of execution on a case whose decision was served and imposes a fine. */
async function withExecution(
  ctx: ServiceContext,
  caseId: string,
  permission: Permission,
  act: (step: ExecutionStep) => Promise<void>,
): Promise<void> {
  await withCase(ctx, caseId, permission, async (trx, penaltyCase) => {
    const facts = (await loadExecutionFacts(trx, [penaltyCase.id])).get(penaltyCase.id);
    if (!facts?.servedOn) return refuseOnViolations(executionStartViolations(null));
    const today = chinaDate();
    const calendar = await loadWorkdayCalendar(trx);
    const state = executionState(facts, today, calendar);
    if (state.owed === null) {
      throw new AppError('CONFLICT', '本案决定没有需要缴纳的罚款，无需办理缴款和强制执行');
    }
    if (penaltyCase.stage !== 'executing') {
      throw new AppError('CONFLICT', '案件不在执行阶段，不能办理执行事项');
    }
    await act({
      trx,
      penaltyCase,
      facts,
      state,
      owed: state.owed,
      servedOn: facts.servedOn,
      today,
      calendar,
    });
  });
}

function assertNotAfter(today: string, dates: Record<string, string>): void {
  for (const [path, date] of Object.entries(dates)) {
    if (date > today) throw invalid(path, '日期不能晚于今天，不能登记尚未发生的事项');
  }
}

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

function toExecutionView(
  penaltyCase: CaseWithAgency,
  facts: ExecutionFacts | null,
  state: ExecutionState | null,
  today: string,
): ExecutionView {
  const decision = facts?.decision ?? null;
  return {
    asOf: today,
    stage: penaltyCase.stage,
    decision: decision && {
      kind: decision.kind,
      documentNumber: decision.documentNumber,
      fineFen: decision.fineFen,
      decidedOn: decision.decidedOn,
    },
    servedOn: facts?.servedOn ?? null,
    dueDate: state?.owed?.dueDate ?? null,
    balance: state?.balance ?? null,
    plans: (facts?.plans ?? []).map((plan) => ({
      id: plan.id,
      kind: plan.kind,
      kindLabel: paymentPlanKindLabels[plan.kind],
      appliedOn: plan.appliedOn,
      reason: plan.reason,
      instalments: plan.instalments,
      status: plan.decision === null ? 'pending' : plan.decision.approved ? 'approved' : 'refused',
      decisionReason: plan.decision?.reason ?? null,
      decidedOn: plan.decision?.decidedOn ?? null,
      inForce: state?.approvedPlan?.id === plan.id,
    })),
    payments: (facts?.payments ?? []).map((payment) => ({
      id: payment.id,
      amountFen: payment.amountFen,
      paidOn: payment.paidOn,
      channel: payment.channel,
      reference: payment.reference,
    })),
    remedyPeriods: (facts?.remedies ?? []).map((remedy) => ({
      id: remedy.id,
      kind: remedy.kind,
      body: remedy.body,
      startedOn: remedy.startedOn,
      endedOn: remedy.endedOn,
      outcome: remedy.outcome,
    })),
    demands: (facts?.demands ?? []).map((demand) => ({
      id: demand.id,
      issuedOn: demand.issuedOn,
      performBy: demand.performBy,
      principalFen: demand.principalFen,
      lateFeeFen: demand.lateFeeFen,
      servedOn: demand.servedOn,
    })),
    courtApplications: (facts?.applications ?? []).map((application) => ({
      id: application.id,
      appliedOn: application.appliedOn,
      court: application.court,
      amountFen: application.amountFen,
      ruling: application.rulingOutcome && {
        outcome: application.rulingOutcome,
        ruledOn: application.ruledOn ?? '',
        rulingNumber: application.rulingNumber ?? '',
        note: application.rulingNote,
      },
    })),
    courtWindow: state?.window
      ? { ...state.window, earliestAfterDemand: state.earliestCourtApplication?.date ?? null }
      : null,
    completion: state?.completion ?? { complete: false, missing: ['案件尚未作出决定'] },
  };
}

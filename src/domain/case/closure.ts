import type { RuleViolation } from '../rule-violation.js';
import { penaltyKindLabels, type PenaltyKind } from './penalty.js';

/**
 * 结案 (交通运输行政执法程序规定, chapter on ending a case; its article numbers are unconfirmed):
 * a case is closed when the decision has been carried out, or needs no carrying out (不予处罚,
 * a warning), on a 结案报告 approved by the head.
 */
export const CLOSURE_ARTICLE = '交通运输行政执法程序规定（案件终结）';

/** Kinds that are carried out by serving the decision itself. */
const selfExecutingKinds: readonly PenaltyKind[] = ['warning', 'publicCriticism'];

export interface ClosureFacts {
  stage: 'served' | 'executing';
  decision: { kind: 'penalty' | 'noPenalty'; penaltyKinds: readonly PenaltyKind[] } | null;
  /** Asked only of a case in execution. */
  execution: { complete: boolean; missing: readonly string[] } | null;
}

export function kindsToExecute(decision: ClosureFacts['decision']): PenaltyKind[] {
  if (!decision || decision.kind === 'noPenalty') return [];
  return decision.penaltyKinds.filter((kind) => !selfExecutingKinds.includes(kind));
}

export function checkClosure(
  facts: ClosureFacts,
): RuleViolation<'CLOSURE_EXECUTION_INCOMPLETE'> | null {
  const reason =
    facts.stage === 'served' ? servedCaseGap(facts.decision) : executionGap(facts.execution);
  if (reason === null) return null;
  return {
    code: 'CLOSURE_EXECUTION_INCOMPLETE',
    article: CLOSURE_ARTICLE,
    message: `${reason}，不能结案（${CLOSURE_ARTICLE}）。`,
  };
}

function servedCaseGap(decision: ClosureFacts['decision']): string | null {
  if (!decision) return '案件没有处罚决定或者不予处罚决定';
  const pending = kindsToExecute(decision);
  if (pending.length === 0) return null;
  return `行政处罚决定的${pending.map((kind) => penaltyKindLabels[kind]).join('、')}尚待执行，请先开始执行`;
}

function executionGap(execution: ClosureFacts['execution']): string | null {
  if (execution?.complete) return null;
  const missing = execution?.missing ?? [];
  return `行政处罚决定尚未执行完毕${missing.length > 0 ? `（${missing.join('；')}）` : ''}`;
}

/** What the investigation still holds: measures in force, preserved goods without a decision. */
export interface HeldProperty {
  measuresInForce: number;
  preservationsUndecided: number;
}

/**
 * A case is not closed while the party's property is still held: a 查封/扣押 must be lifted or
 * turned into a decision on the goods (行政强制法第二十八条), and goods under 先行登记保存 need
 * their handling decision (行政处罚法第五十六条).
 */
export function heldPropertyViolation(
  held: HeldProperty,
): RuleViolation<'CLOSURE_PROPERTY_STILL_HELD'> | null {
  const gaps = [
    held.measuresInForce > 0 ? `${held.measuresInForce}项查封、扣押尚未解除` : null,
    held.preservationsUndecided > 0
      ? `${held.preservationsUndecided}项先行登记保存尚未作出处理决定`
      : null,
  ].filter((gap) => gap !== null);
  if (gaps.length === 0) return null;
  const article = '行政强制法第二十八条、行政处罚法第五十六条';
  return {
    code: 'CLOSURE_PROPERTY_STILL_HELD',
    article,
    message: `${gaps.join('，')}，不能结案（${article}）。`,
  };
}

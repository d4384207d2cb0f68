import type { PenaltyKind } from '../../domain/case/penalty.js';
import { formatYuan } from '../../domain/case/penalty.js';
import { outsideBenchmark, penaltyViolations } from '../../domain/discretion/amount-check.js';
import type { RuleViolation } from '../../domain/rule-violation.js';
import type { Db } from '../../storage/database.js';
import { latestAssessment } from './discretion.repository.js';

export interface JudgedPenalty {
  outcome: 'penalty' | 'noPenalty';
  kinds: readonly PenaltyKind[];
  fineFen: number;
}

/**
 * The case's latest 裁量 and what it says of a proposed or decided penalty: the rules the
 * amount breaks (no written reason for leaving the range, a mitigation ignored, a penalty where
 * none is allowed). A case without a 裁量 is judged by the other rules only.
 */
export async function discretionCheck(
  db: Db,
  caseId: string,
  penalty: JudgedPenalty,
  deviationReason: string | null,
) {
  const row = await latestAssessment(db, caseId);
  const violations: RuleViolation[] = row
    ? penaltyViolations(
        row.result,
        {
          kinds: penalty.outcome === 'penalty' ? [...penalty.kinds] : [],
          fineFen: penalty.fineFen,
        },
        deviationReason,
      )
    : [];
  return { assessment: row ?? null, violations };
}

/** Why a fine outside the benchmark range must pass 法制审核, or null when it is within it. */
export async function benchmarkDeviationReason(
  db: Db,
  caseId: string,
  fineFen: number,
): Promise<string | null> {
  const row = await latestAssessment(db, caseId);
  if (!row || fineFen === 0 || !outsideBenchmark(row.result, fineFen)) return null;
  const range = row.result.rangeFen;
  const span = range ? `${formatYuan(range.minFen)}至${formatYuan(range.maxFen)}` : '';
  return `裁量基准：拟罚款${formatYuan(fineFen)}超出裁量范围${span}，须经法制审核`;
}

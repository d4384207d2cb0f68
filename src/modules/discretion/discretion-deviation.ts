import { formatYuan } from '../../domain/case/penalty.js';
import { outsideBenchmark } from '../../domain/discretion/amount-check.js';
import { peerComparison } from '../../domain/discretion/consistency.js';
import type { ServiceContext } from '../context.js';
import { findDecision } from '../decision/decision.repository.js';
import { latestReport } from '../review/review.repository.js';
import { findAssessment, peerFines } from './discretion.repository.js';
import type { DiscretionView } from './discretion.schemas.js';

type Deviation = DiscretionView['deviations'][number];

interface JudgedFine {
  stage: Deviation['stage'];
  caseId: string;
  assessmentId: string | null;
  fineFen: number;
  deviationReason: string | null;
}

/**
 * How the proposed (调查终结报告) and decided fines stand against the benchmark range and
 * against the peers' median (类案同罚), so the officer and the reviewer see the same flag.
 */
export async function caseDeviations(ctx: ServiceContext, caseId: string): Promise<Deviation[]> {
  const report = await latestReport(ctx.db, caseId);
  const decision = await findDecision(ctx.db, caseId);
  const fines: JudgedFine[] = [
    report && { stage: 'report' as const, ...report },
    decision && { stage: 'decision' as const, ...decision },
  ].filter((fine) => !!fine);
  const judged = await Promise.all(fines.map((fine) => judgeFine(ctx, fine)));
  return judged.filter((deviation) => deviation !== null);
}

async function judgeFine(ctx: ServiceContext, fine: JudgedFine): Promise<Deviation | null> {
  if (!fine.assessmentId || fine.fineFen === 0) return null;
  const row = await findAssessment(ctx.db, fine.assessmentId);
  if (!row) return null;
  const assessment = row.result;
  const peers = await peerFines(ctx.db, {
    scopePath: ctx.actor.agencyPath,
    violationCode: row.violationCode,
    tierName: row.tierName,
    excludeCaseId: fine.caseId,
  });
  const comparison = peerComparison(fine.fineFen, peers, ctx.config.consistencyMargin);
  const outside = outsideBenchmark(assessment, fine.fineFen);
  return {
    stage: fine.stage,
    fineFen: fine.fineFen,
    outsideBenchmark: outside,
    deviationReason: fine.deviationReason,
    peerDeviation: comparison.count > 0 ? comparison.deviation : null,
    flagged: outside || comparison.flagged,
    message: deviationMessage(outside, comparison, assessment.rangeFen),
  };
}

function deviationMessage(
  outside: boolean,
  comparison: ReturnType<typeof peerComparison>,
  range: { minFen: number; maxFen: number } | null,
): string {
  const parts = [
    outside && range
      ? `超出裁量基准范围（${formatYuan(range.minFen)}至${formatYuan(range.maxFen)}）`
      : '在裁量基准范围内',
    comparison.flagged
      ? `偏离同类案件中位数${formatYuan(comparison.medianFen)}达${Math.round(comparison.deviation * 100)}%（${comparison.count}件）`
      : comparison.count > 0
        ? `与同类案件中位数${formatYuan(comparison.medianFen)}相符（${comparison.count}件）`
        : '暂无同类已决案件可比',
  ];
  return parts.join('；');
}

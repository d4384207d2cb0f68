import { outsideBenchmark } from '../../domain/discretion/amount-check.js';
import { peerComparison } from '../../domain/discretion/consistency.js';
import { assertAllowed } from '../../domain/permission.js';
import type { ServiceContext } from '../context.js';
import { decidedFinesInScope } from './discretion.repository.js';
import type { z } from '@hono/zod-openapi';
import type { inconsistentDecisionSchema } from './discretion.schemas.js';

export type InconsistentDecision = z.infer<typeof inconsistentDecisionSchema>;

type DecidedFine = Awaited<ReturnType<typeof decidedFinesInScope>>[number];

const peerKey = (fine: DecidedFine) => `${fine.violationCode}\u0000${fine.tierName ?? ''}`;

/**
 * 类案同罚 for supervisors: every decided fine in scope that lies outside its benchmark range
 * or departs from the median of the other decisions of the same violation and tier by more
 * than `consistencyMargin`, the widest departures first.
 */
export async function listInconsistentDecisions(
  ctx: ServiceContext,
): Promise<InconsistentDecision[]> {
  assertAllowed(ctx.actor.roles, 'supervision.readScope');
  const fines = await decidedFinesInScope(ctx.db, ctx.actor.agencyPath);
  const groups = new Map<string, DecidedFine[]>();
  for (const fine of fines) groups.set(peerKey(fine), [...(groups.get(peerKey(fine)) ?? []), fine]);
  const flagged = fines.flatMap((fine) => {
    const peers = (groups.get(peerKey(fine)) ?? []).filter((peer) => peer.caseId !== fine.caseId);
    const comparison = peerComparison(
      fine.fineFen,
      peers.map((peer) => peer.fineFen),
      ctx.config.consistencyMargin,
    );
    const outside = outsideBenchmark(fine.result, fine.fineFen);
    if (!outside && !comparison.flagged) return [];
    return [
      {
        caseId: fine.caseId,
        caseNumber: fine.caseNumber,
        agencyName: fine.agencyName,
        violationCode: fine.violationCode,
        violationName: fine.result.violationName,
        tierName: fine.tierName,
        decidedOn: fine.decidedOn,
        fineFen: fine.fineFen,
        medianFen: comparison.medianFen,
        peerCount: comparison.count,
        deviation: comparison.deviation,
        outsideBenchmark: outside,
        deviationReason: fine.deviationReason,
      },
    ];
  });
  return flagged.sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation));
}

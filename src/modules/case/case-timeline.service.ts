import { caseActLabel, timelineDetails, withoutReporter } from '../../domain/case/case-timeline.js';
import { assertAllowed, isAllowed } from '../../domain/permission.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { listCaseRecords } from '../record/record.repository.js';
import { findCase, findLead } from './case.repository.js';
import type { TimelineEntry } from './case.schemas.js';

/**
 * 全过程记录 of one case, oldest first, for anyone who may read the case. The 举报人 stays
 * hidden from those the lead view hides it from.
 */
export async function getCaseTimeline(
  ctx: ServiceContext,
  caseId: string,
): Promise<TimelineEntry[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const lead = await findLead(ctx.db, ctx.actor.agencyPath, penaltyCase.leadId);
  const mayReadReporter =
    lead?.createdBy === ctx.actor.userId || isAllowed(ctx.actor.roles, 'lead.readReporter');
  const records = await listCaseRecords(ctx.db, penaltyCase);
  return records.map((record) => {
    const change = mayReadReporter ? record.change : withoutReporter(record.change);
    return {
      seq: record.seq,
      at: record.at.toISOString(),
      actorName: record.actorName,
      actorCertificateNumber: record.actorCertificateNumber,
      objectType: record.objectType,
      action: record.action,
      title: caseActLabel(record.objectType, record.action),
      details: timelineDetails(change),
      change,
    };
  });
}

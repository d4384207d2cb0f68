import dayjs from 'dayjs';
import { AppError } from '../../domain/app-error.js';
import type { CertificateFacts, EnforcementCategory } from '../../domain/certificate.js';
import { nextActions } from '../../domain/case/case-actions.js';
import type { DeadlineStatus } from '../../domain/case/case-deadlines.js';
import { formatCaseNumber } from '../../domain/case/case-number.js';
import { assertTransition, caseStageLabels, type CaseStage } from '../../domain/case/case-stage.js';
import { approverIsCaseOfficer } from '../../domain/case/separation.js';
import { filingViolations, type FilingRequest } from '../../domain/case/filing.js';
import type { HarmCategory } from '../../domain/case/limitation.js';
import { stagesIn } from '../../domain/case/stage-groups.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed, isAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { AgencyRow, CertificateRow } from '../../storage/tables.js';
import { findAgency } from '../agency/agency.repository.js';
import type { ServiceContext } from '../context.js';
import type { CaseDeadlineView } from '../deadline/deadline.schemas.js';
import { caseDeadlines } from '../deadline/deadline.service.js';
import { found } from '../not-found.js';
import { findOfficer, listCertificatesOf } from '../officer/officer.repository.js';
import { appendRecord } from '../record/record.repository.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  filterCases,
  findCase,
  findLead,
  leadsInScope,
  listCaseOfficers,
  listRecusals,
  takeCaseSerial,
  type CaseFilter,
  type CaseWithAgency,
} from './case.repository.js';
import { caseOfficerIds, moveCase } from './case-flow.js';
import type {
  CaseListQuery,
  CaseView,
  FilingProposal,
  LeadInput,
  LeadView,
  Party,
  RecusalInput,
} from './case.schemas.js';

/** No national format exists (legal-facts §10.1); an agency may set its own pattern. */
export const DEFAULT_CASE_NUMBER_PATTERN = '{agencyShort}罚〔{year}〕第{serial}号';

type LeadRowWithAgency = NonNullable<Awaited<ReturnType<typeof findLead>>>;

export async function createLead(ctx: ServiceContext, input: LeadInput): Promise<LeadView> {
  assertAllowed(ctx.actor.roles, 'case.handle');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const agency = found(await findAgency(trx, ctx.actor.agencyPath, input.agencyId), '机构');
    const { id } = await trx
      .insertInto('lead')
      .values({
        agencyId: agency.id,
        source: input.source,
        receivedAt: new Date(input.receivedAt),
        cause: input.cause,
        summary: input.summary,
        place: input.place ?? null,
        areaCode: input.areaCode,
        reporter: JSON.stringify(input.reporter ?? null),
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendRecord(trx, ctx.actor, {
      agencyId: agency.id,
      objectType: 'lead',
      objectId: id,
      action: 'create',
      // The reporter's identity stays out of the record, which supervisors browse.
      change: { ...input, reporter: input.reporter ? '（受保护）' : null },
    });
    return id;
  });
  return getLead(ctx, id);
}

export async function getLeads(ctx: ServiceContext, status?: string): Promise<LeadView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  let query = leadsInScope(ctx.db, ctx.actor.agencyPath).orderBy('lead.receivedAt', 'desc');
  if (status) query = query.where('lead.status', '=', status);
  return (await query.limit(500).execute()).map((lead) => toLeadView(ctx, lead));
}

export async function getLead(ctx: ServiceContext, id: string): Promise<LeadView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  return toLeadView(ctx, found(await findLead(ctx.db, ctx.actor.agencyPath, id), '线索'));
}

/** 举报人 is protected: only the recorder, heads and supervisors see who reported. */
function toLeadView(ctx: ServiceContext, lead: LeadRowWithAgency): LeadView {
  const mayRead =
    lead.createdBy === ctx.actor.userId || isAllowed(ctx.actor.roles, 'lead.readReporter');
  return {
    id: lead.id,
    agencyId: lead.agencyId,
    agencyName: lead.agencyName,
    source: lead.source as LeadView['source'],
    receivedAt: lead.receivedAt.toISOString(),
    cause: lead.cause,
    summary: lead.summary,
    place: lead.place,
    areaCode: lead.areaCode,
    reporter: mayRead ? (lead.reporter as LeadView['reporter']) : null,
    reporterHidden: !mayRead && lead.reporter !== null,
    status: lead.status as LeadView['status'],
    dispositionReason: lead.dispositionReason,
    createdAt: lead.createdAt.toISOString(),
  };
}

/** A lead that will not become a case: 不予立案 with reasons, or transfer elsewhere. */
export async function closeLead(
  ctx: ServiceContext,
  id: string,
  outcome: 'dismissed' | 'transferred',
  reason: string,
): Promise<LeadView> {
  assertAllowed(ctx.actor.roles, 'case.approve');
  await ctx.db.transaction().execute(async (trx) => {
    const lead = found(await findLead(trx, ctx.actor.agencyPath, id), '线索');
    if (lead.status !== 'open') {
      throw new AppError('CONFLICT', '该线索已处理，不能再次处理');
    }
    const proposed = await trx
      .selectFrom('penaltyCase')
      .select('id')
      .where('leadId', '=', lead.id)
      .executeTakeFirst();
    if (proposed) {
      throw new AppError('CONFLICT', '该线索已申请立案，请在案件中作不予立案或移送处理');
    }
    await trx
      .updateTable('lead')
      .set({ status: outcome, dispositionReason: reason, updatedAt: new Date() })
      .where('id', '=', lead.id)
      .execute();
    await appendRecord(trx, ctx.actor, {
      agencyId: lead.agencyId,
      objectType: 'lead',
      objectId: lead.id,
      action: outcome === 'dismissed' ? 'dismiss' : 'transfer',
      change: { reason },
    });
  });
  return getLead(ctx, id);
}

/** 立案 proposed by the case officers; refused outright when a legal rule already forbids it. */
export async function proposeFiling(
  ctx: ServiceContext,
  leadId: string,
  proposal: FilingProposal,
): Promise<CaseView> {
  assertAllowed(ctx.actor.roles, 'case.handle');
  const caseId = await ctx.db.transaction().execute(async (trx) => {
    const lead = found(await findLead(trx, ctx.actor.agencyPath, leadId), '线索');
    if (lead.status !== 'open') throw new AppError('CONFLICT', '该线索已处理，不能再申请立案');
    const existing = await trx
      .selectFrom('penaltyCase')
      .select(['id', 'stage'])
      .where('leadId', '=', lead.id)
      .executeTakeFirst();
    refuseOnViolations([
      assertTransition((existing?.stage ?? 'lead') as CaseStage, 'submitFiling'),
    ]);
    const agency = found(await findAgency(trx, ctx.actor.agencyPath, lead.agencyId), '机构');
    const officers = await caseOfficerFacts(trx, ctx, proposal.officerIds);
    refuseOnViolations(filingViolations(filingRequest(agency, proposal, officers, chinaDate())));
    const values = {
      stage: 'filingPending',
      cause: proposal.cause,
      category: proposal.category,
      actAreaCode: proposal.actAreaCode,
      actEndDate: proposal.actEndDate,
      discoveryDate: proposal.discoveryDate,
      harmCategory: proposal.harmCategory,
      limitationException: proposal.limitationException ?? null,
      party: JSON.stringify(proposal.party),
      proposedBy: ctx.actor.userId ?? '',
      proposedAt: new Date(),
    };
    const id = existing
      ? (
          await trx
            .updateTable('penaltyCase')
            .set({ ...values, updatedAt: new Date() })
            .where('id', '=', existing.id)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      : (
          await trx
            .insertInto('penaltyCase')
            .values({ ...values, agencyId: agency.id, leadId: lead.id })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
    await trx.deleteFrom('caseOfficer').where('caseId', '=', id).execute();
    await trx
      .insertInto('caseOfficer')
      .values(officers.map((officer) => ({ caseId: id, officerId: officer.id })))
      .execute();
    await appendRecord(trx, ctx.actor, {
      agencyId: agency.id,
      objectType: 'case',
      objectId: id,
      action: 'submitFiling',
      change: { ...proposal, party: { kind: proposal.party.kind, name: proposal.party.name } },
    });
    return id;
  });
  return getCase(ctx, caseId);
}

/**
 * The head approves 立案: every filing rule is checked again on the day of approval, now
 * with the approver (查处分离), and the case number is taken.
 */
export async function approveFiling(ctx: ServiceContext, caseId: string): Promise<CaseView> {
  assertAllowed(ctx.actor.roles, 'case.approve');
  await ctx.db.transaction().execute(async (trx) => {
    const penaltyCase = found(await findCase(trx, ctx.actor.agencyPath, caseId), '案件');
    refuseOnViolations([assertTransition(penaltyCase.stage as CaseStage, 'approveFiling')]);
    const agency = found(await findAgency(trx, '/', penaltyCase.agencyId), '机构');
    const officerIds = (await listCaseOfficers(trx, [penaltyCase.id])).map((o) => o.id);
    const officers = await caseOfficerFacts(trx, ctx, officerIds);
    const today = chinaDate();
    const request = filingRequest(agency, storedProposal(penaltyCase), officers, today);
    request.approver = {
      id: ctx.actor.officerId ?? ctx.actor.userId ?? '',
      name: ctx.actor.displayName,
    };
    refuseOnViolations(filingViolations(request));
    const year = dayjs(today).year();
    const caseNumber = formatCaseNumber(agency.caseNumberPattern ?? DEFAULT_CASE_NUMBER_PATTERN, {
      agencyShort: agency.shortName,
      year,
      serial: await takeCaseSerial(trx, agency.id, year),
    });
    await moveCase(trx, ctx, penaltyCase, 'approveFiling', {
      caseNumber,
      filingApprovedBy: ctx.actor.userId,
      filingDate: today,
    });
    await trx
      .updateTable('lead')
      .set({ status: 'filed', updatedAt: new Date() })
      .where('id', '=', penaltyCase.leadId)
      .execute();
  });
  return getCase(ctx, caseId);
}

export async function returnFiling(ctx: ServiceContext, caseId: string, reason: string) {
  return decideWithReason(ctx, caseId, 'returnFiling', reason);
}

/** 不予立案 before filing, 撤销立案 after: the case ends without a penalty. */
export async function dismissCase(ctx: ServiceContext, caseId: string, reason: string) {
  return decideWithReason(ctx, caseId, 'dismiss', reason);
}

async function decideWithReason(
  ctx: ServiceContext,
  caseId: string,
  action: 'returnFiling' | 'dismiss',
  reason: string,
): Promise<CaseView> {
  assertAllowed(ctx.actor.roles, 'case.approve');
  await ctx.db.transaction().execute(async (trx) => {
    const penaltyCase = found(await findCase(trx, ctx.actor.agencyPath, caseId), '案件');
    refuseOnViolations([
      assertTransition(penaltyCase.stage as CaseStage, action),
      approverIsCaseOfficer(
        { officerId: ctx.actor.officerId, name: ctx.actor.displayName },
        await caseOfficerIds(trx, penaltyCase.id),
        action === 'returnFiling' ? '立案申请退回' : '不予立案或者撤销立案',
        '交通运输行政执法程序规定第六十三条',
      ),
    ]);
    await moveCase(trx, ctx, penaltyCase, action, {}, { reason });
    if (action === 'dismiss') {
      await trx
        .updateTable('lead')
        .set({ status: 'dismissed', dispositionReason: reason, updatedAt: new Date() })
        .where('id', '=', penaltyCase.leadId)
        .execute();
    }
  });
  return getCase(ctx, caseId);
}

/** 回避 (行政处罚法第四十三条): requested by the party or the officer, decided by the head. */
export async function requestRecusal(
  ctx: ServiceContext,
  caseId: string,
  input: RecusalInput,
): Promise<CaseView> {
  assertAllowed(ctx.actor.roles, 'case.handle');
  await ctx.db.transaction().execute(async (trx) => {
    const penaltyCase = found(await findCase(trx, ctx.actor.agencyPath, caseId), '案件');
    const officers = await listCaseOfficers(trx, [penaltyCase.id]);
    if (!officers.some((officer) => officer.id === input.officerId)) {
      throw new AppError('VALIDATION_FAILED', '申请回避的人员不是本案执法人员');
    }
    const { id } = await trx
      .insertInto('recusal')
      .values({ caseId: penaltyCase.id, ...input })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendRecord(trx, ctx.actor, {
      agencyId: penaltyCase.agencyId,
      objectType: 'recusal',
      objectId: id,
      action: 'request',
      change: { caseId: penaltyCase.id, ...input },
    });
  });
  return getCase(ctx, caseId);
}

/**
 * The head decides; the investigation goes on meanwhile (第四十三条第三款). A granted
 * recusal takes the officer off the case.
 */
export async function decideRecusal(
  ctx: ServiceContext,
  recusalId: string,
  decision: { granted: boolean; reason: string },
): Promise<CaseView> {
  assertAllowed(ctx.actor.roles, 'case.approve');
  const caseId = await ctx.db.transaction().execute(async (trx) => {
    const recusal = found(
      await trx.selectFrom('recusal').selectAll().where('id', '=', recusalId).executeTakeFirst(),
      '回避申请',
    );
    const penaltyCase = found(
      await findCase(trx, ctx.actor.agencyPath, recusal.caseId),
      '回避申请',
    );
    if (recusal.status !== 'pending') throw new AppError('CONFLICT', '该回避申请已作出决定');
    await trx
      .updateTable('recusal')
      .set({
        status: decision.granted ? 'granted' : 'refused',
        decisionReason: decision.reason,
        decidedBy: ctx.actor.userId,
        decidedAt: new Date(),
      })
      .where('id', '=', recusal.id)
      .execute();
    if (decision.granted) {
      await trx
        .deleteFrom('caseOfficer')
        .where('caseId', '=', recusal.caseId)
        .where('officerId', '=', recusal.officerId)
        .execute();
    }
    await appendRecord(trx, ctx.actor, {
      agencyId: penaltyCase.agencyId,
      objectType: 'recusal',
      objectId: recusal.id,
      action: decision.granted ? 'grant' : 'refuse',
      change: { ...decision },
    });
    return penaltyCase.id;
  });
  return getCase(ctx, caseId);
}

/** 案件 in scope matching the filter, a page at a time, with their deadlines and next steps. */
export async function getCases(
  ctx: ServiceContext,
  query: CaseListQuery,
): Promise<{ items: CaseView[]; total: number }> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const today = chinaDate();
  const filter: CaseFilter = {
    stages: query.stage ? [query.stage] : query.stageGroup && stagesIn(query.stageGroup),
    officerId: query.officerId,
    leadId: query.leadId,
    q: query.q,
    agencyId: query.agencyId,
    filedFrom: query.filedFrom,
    filedTo: query.filedTo,
  };
  if (query.deadlineStatus) {
    filter.ids = await casesWithDeadlineStatus(ctx, filter, query.deadlineStatus, today);
    if (filter.ids.length === 0) return { items: [], total: 0 };
  }
  const matching = filterCases(ctx.db, ctx.actor.agencyPath, filter);
  const { total } = await matching
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const cases = await matching
    .orderBy(`penaltyCase.${query.sort}`, (ob) =>
      query.order === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsLast(),
    )
    .orderBy('penaltyCase.id')
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  const ids = cases.map((c) => c.id);
  const officers = await listCaseOfficers(ctx.db, ids);
  const deadlines = await caseDeadlines(ctx.db, ids, today, ctx.config.deadlineWarningDays);
  const items = cases.map((penaltyCase) =>
    toCaseView(ctx, penaltyCase, today, {
      officers: officers.filter((o) => o.caseId === penaltyCase.id),
      recusals: [],
      deadlines: deadlines.filter((d) => d.caseId === penaltyCase.id),
    }),
  );
  return { items, total: Number(total) };
}

/** The cases matching `filter` that have a pending deadline in the given 督办 status. */
async function casesWithDeadlineStatus(
  ctx: ServiceContext,
  filter: CaseFilter,
  status: DeadlineStatus,
  today: string,
): Promise<string[]> {
  const candidates = await filterCases(ctx.db, ctx.actor.agencyPath, filter)
    .where('penaltyCase.stage', '!=', 'archived')
    .clearSelect()
    .select('penaltyCase.id')
    .execute();
  const deadlines = await caseDeadlines(
    ctx.db,
    candidates.map((c) => c.id),
    today,
    ctx.config.deadlineWarningDays,
  );
  return [...new Set(deadlines.filter((d) => d.status === status).map((d) => d.caseId))];
}

export async function getCase(ctx: ServiceContext, id: string): Promise<CaseView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, id), '案件');
  const today = chinaDate();
  const view = toCaseView(ctx, penaltyCase, today, {
    officers: await listCaseOfficers(ctx.db, [penaltyCase.id]),
    recusals: await listRecusals(ctx.db, penaltyCase.id),
    deadlines: await caseDeadlines(ctx.db, [penaltyCase.id], today, ctx.config.deadlineWarningDays),
  });
  return { ...view, returnReason: await lastReturnReason(ctx.db, penaltyCase) };
}

/** Why the head sent 立案 back, read from the record, while the case waits at the lead. */
async function lastReturnReason(db: Db, penaltyCase: CaseWithAgency): Promise<string | null> {
  if (penaltyCase.stage !== 'lead') return null;
  const entry = await db
    .selectFrom('recordLog')
    .select('change')
    .where('objectType', '=', 'case')
    .where('objectId', '=', penaltyCase.id)
    .where('action', '=', 'returnFiling')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (entry?.change as { reason?: string } | undefined)?.reason ?? null;
}

/** The officers with their certificates, for the 行政处罚法第四十二条 checks. */
export async function caseOfficerFacts(
  trx: Db,
  ctx: ServiceContext,
  officerIds: readonly string[],
) {
  const officers = [];
  for (const id of new Set(officerIds)) {
    officers.push(found(await findOfficer(trx, ctx.actor.agencyPath, id), '执法人员'));
  }
  const certificates = await listCertificatesOf(
    trx,
    officers.map((officer) => officer.id),
  );
  return officers.map((officer) => ({
    id: officer.id,
    name: officer.name,
    certificates: certificates
      .filter((certificate) => certificate.officerId === officer.id)
      .map(toCertificateFacts),
  }));
}

function toCertificateFacts(row: CertificateRow): CertificateFacts {
  return {
    ...row,
    categories: row.categories as EnforcementCategory[],
    status: row.status as CertificateFacts['status'],
  };
}

function storedProposal(penaltyCase: CaseWithAgency) {
  return {
    category: penaltyCase.category as EnforcementCategory,
    actAreaCode: penaltyCase.actAreaCode,
    actEndDate: penaltyCase.actEndDate,
    discoveryDate: penaltyCase.discoveryDate,
    harmCategory: penaltyCase.harmCategory as HarmCategory,
    limitationException: penaltyCase.limitationException,
  };
}

function filingRequest(
  agency: AgencyRow,
  facts: ReturnType<typeof storedProposal> | FilingProposal,
  caseOfficers: FilingRequest['caseOfficers'],
  filingDate: string,
): FilingRequest {
  return {
    category: facts.category,
    actAreaCode: facts.actAreaCode,
    filingDate,
    agency: { name: agency.name, regionCode: agency.regionCode },
    caseOfficers,
    limitation: {
      actEndDate: facts.actEndDate,
      discoveryDate: facts.discoveryDate,
      harmCategory: facts.harmCategory,
      ...(facts.limitationException ? { exception: { basis: facts.limitationException } } : {}),
    },
  };
}

interface CaseRelations {
  officers: readonly { id: string; name: string }[];
  recusals: Awaited<ReturnType<typeof listRecusals>>;
  deadlines: CaseDeadlineView[];
}

function toCaseView(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  today: string,
  { officers, recusals, deadlines }: CaseRelations,
): CaseView {
  const stage = penaltyCase.stage as CaseStage;
  return {
    id: penaltyCase.id,
    leadId: penaltyCase.leadId,
    agencyId: penaltyCase.agencyId,
    agencyName: penaltyCase.agencyName,
    caseNumber: penaltyCase.caseNumber,
    stage,
    stageLabel: caseStageLabels[stage],
    cause: penaltyCase.cause,
    category: penaltyCase.category as EnforcementCategory,
    actAreaCode: penaltyCase.actAreaCode,
    actEndDate: penaltyCase.actEndDate,
    discoveryDate: penaltyCase.discoveryDate,
    harmCategory: penaltyCase.harmCategory as HarmCategory,
    party: penaltyCase.party as Party,
    officers: officers.map(({ id, name }) => ({ id, name })),
    filingDate: penaltyCase.filingDate,
    plate: penaltyCase.plate,
    returnReason: null,
    recusals: recusals.map((recusal) => ({
      id: recusal.id,
      officerId: recusal.officerId,
      requestedBy: recusal.requestedBy as 'party' | 'officer',
      reason: recusal.reason,
      status: recusal.status as 'pending' | 'granted' | 'refused',
    })),
    deadlines,
    nextActions: nextActions({
      stage,
      roles: ctx.actor.roles,
      officerId: ctx.actor.officerId,
      caseOfficerIds: officers.map((officer) => officer.id),
      pendingDeadlines: deadlines,
      today,
    }),
  };
}

import dayjs from 'dayjs';
import { AppError } from '../../domain/app-error.js';
import { caseOfficerViolations, jurisdictionViolation } from '../../domain/case/filing.js';
import {
  checkFormNumberUse,
  checkNewRange,
  describeRange,
  formatFormNumber,
} from '../../domain/case/form-number-range.js';
import { nextUnusedInRange } from '../../domain/case/case-number.js';
import { formatYuan, penaltyKindLabels, type PenaltyKind } from '../../domain/case/penalty.js';
import {
  checkCollectionReceipt,
  checkOnTheSpotCollection,
  checkSummaryFacts,
  checkSummaryFiling,
  checkSummaryPenalty,
  summaryFilingDays,
  summaryFilingDeadline,
} from '../../domain/case/summary-procedure.js';
import type { EnforcementCategory } from '../../domain/certificate.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed, isAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import { isUniqueViolation } from '../../storage/pg-errors.js';
import { findAgency } from '../agency/agency.repository.js';
import { chineseDate, chineseTime, partyFields } from '../case/case-documents.js';
import type { Party } from '../case/case.schemas.js';
import { caseOfficerFacts } from '../case/case.service.js';
import type { ServiceContext } from '../context.js';
import { renderDocument, type DocumentFormat } from '../document/case-document.service.js';
import { found } from '../not-found.js';
import { findOfficer } from '../officer/officer.repository.js';
import { appendRecord } from '../record/record.repository.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  countDecisionsByAgency,
  decisionsInScope,
  decisionsOfOfficer,
  findRange,
  findSummaryDecision,
  listDecisionOfficers,
  listRangeUses,
  lockedRangesOfSeries,
  rangesInScope,
  type RangeRow,
  type SummaryDecisionRow,
} from './summary.repository.js';
import type {
  FormNumberRangeInput,
  FormNumberRangeView,
  SummaryDecisionInput,
  SummaryDecisionView,
  SummaryListQuery,
  SummaryStatistics,
  VoidFormNumber,
} from './summary.schemas.js';

function asRange(row: { series: string; firstNumber: number; lastNumber: number }) {
  return { series: row.series, first: row.firstNumber, last: row.lastNumber };
}

/** A head or administrator issues a batch of printed, pre-numbered forms to an officer. */
export async function issueFormNumberRange(
  ctx: ServiceContext,
  input: FormNumberRangeInput,
): Promise<FormNumberRangeView> {
  assertAllowed(ctx.actor.roles, 'formNumber.issue');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const officer = found(
      await findOfficer(trx, ctx.actor.agencyPath, input.officerId),
      '执法人员',
    );
    const issued = await lockedRangesOfSeries(trx, officer.agencyId, input.series);
    refuseOnViolations([checkNewRange(asRange(input), issued.map(asRange))]);
    const { id } = await trx
      .insertInto('formNumberRange')
      .values({ ...input, agencyId: officer.agencyId, issuedBy: ctx.actor.userId ?? '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendRecord(trx, ctx.actor, {
      agencyId: officer.agencyId,
      objectType: 'formNumberRange',
      objectId: id,
      action: 'issueRange',
      change: { ...input, label: describeRange(asRange(input)) },
    });
    return id;
  });
  return getFormNumberRange(ctx, id);
}

export async function getFormNumberRanges(
  ctx: ServiceContext,
  filter: { officerId?: string | undefined; mine?: boolean | undefined },
): Promise<FormNumberRangeView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  let query = rangesInScope(ctx.db, ctx.actor.agencyPath)
    .orderBy('formNumberRange.series')
    .orderBy('formNumberRange.firstNumber');
  const officerId = filter.mine ? (ctx.actor.officerId ?? '') : filter.officerId;
  if (filter.mine && !ctx.actor.officerId) return [];
  if (officerId) query = query.where('formNumberRange.officerId', '=', officerId);
  const rows = await query.execute();
  const uses = await listRangeUses(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toRangeView(
      row,
      uses.filter((use) => use.rangeId === row.id),
    ),
  );
}

export async function getFormNumberRange(
  ctx: ServiceContext,
  id: string,
): Promise<FormNumberRangeView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const row = found(await findRange(ctx.db, ctx.actor.agencyPath, id), '号段');
  return toRangeView(row, await listRangeUses(ctx.db, [row.id]));
}

type RangeUse = Awaited<ReturnType<typeof listRangeUses>>[number];

function toRangeView(row: RangeRow, uses: readonly RangeUse[]): FormNumberRangeView {
  const range = asRange(row);
  const voided = uses.filter((use) => use.purpose === 'voided').length;
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    series: row.series,
    firstNumber: row.firstNumber,
    lastNumber: row.lastNumber,
    label: describeRange(range),
    officerId: row.officerId,
    officerName: row.officerName,
    issuedAt: row.createdAt.toISOString(),
    used: uses.length - voided,
    voided,
    remaining: row.lastNumber - row.firstNumber + 1 - uses.length,
    nextNumber: nextUnusedInRange(range, new Set(uses.map((use) => use.number))),
    uses: uses.map((use) => ({
      number: use.number,
      documentNumber: formatFormNumber(range, use.number),
      purpose: use.purpose,
      voidReason: use.voidReason,
      decisionId: use.decisionId,
    })),
  };
}

/** Takes a number of the officer's own range for a decision or a void, once only. */
async function useFormNumber(
  trx: Db,
  ctx: ServiceContext,
  range: RangeRow,
  number: number,
  voidReason: string | null,
): Promise<void> {
  const used = await listRangeUses(trx, [range.id]);
  refuseOnViolations([
    checkFormNumberUse({
      range: { ...asRange(range), officerId: range.officerId },
      number,
      officerId: ctx.actor.officerId ?? '',
      used: new Set(used.map((use) => use.number)),
    }),
  ]);
  await trx
    .insertInto('formNumberUse')
    .values({
      rangeId: range.id,
      number,
      purpose: voidReason === null ? 'decision' : 'voided',
      voidReason,
      usedBy: ctx.actor.userId ?? '',
    })
    .execute()
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new AppError(
          'CONFLICT',
          `编号 ${formatFormNumber(asRange(range), number)} 刚刚已被使用`,
        );
      }
      throw error;
    });
}

/** 作废: a spoilt or lost printed form; its number is never used afterwards. */
export async function voidFormNumber(
  ctx: ServiceContext,
  rangeId: string,
  input: VoidFormNumber,
): Promise<FormNumberRangeView> {
  assertAllowed(ctx.actor.roles, 'case.handle');
  await ctx.db.transaction().execute(async (trx) => {
    const range = found(await findRange(trx, ctx.actor.agencyPath, rangeId), '号段');
    await useFormNumber(trx, ctx, range, input.number, input.reason);
    await appendRecord(trx, ctx.actor, {
      agencyId: range.agencyId,
      objectType: 'formNumberRange',
      objectId: range.id,
      action: 'voidNumber',
      change: { ...input, documentNumber: formatFormNumber(asRange(range), input.number) },
    });
  });
  return getFormNumberRange(ctx, rangeId);
}

/** Decided on the spot, so the clock may not run ahead of the server's by more than this. */
const CLOCK_TOLERANCE_MS = 10 * 60 * 1000;

/**
 * 当场处罚 (行政处罚法第五十一条、第五十二条; 交通运输行政执法程序规定第六十条、第六十一条):
 * recorded from the officer's own pre-numbered form, with every summary-procedure rule checked.
 */
export async function createSummaryDecision(
  ctx: ServiceContext,
  input: SummaryDecisionInput,
): Promise<SummaryDecisionView> {
  assertAllowed(ctx.actor.roles, 'case.handle');
  const officerId = ctx.actor.officerId;
  if (!officerId) throw new AppError('FORBIDDEN', '只有执法人员可以当场作出行政处罚决定');
  if (new Date(input.decidedAt).getTime() > Date.now() + CLOCK_TOLERANCE_MS) {
    throw new AppError('VALIDATION_FAILED', '决定时间不能晚于现在', [
      { path: 'decidedAt', message: '决定时间不能晚于现在' },
    ]);
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const range = found(await findRange(trx, ctx.actor.agencyPath, input.rangeId), '号段');
    await useFormNumber(trx, ctx, range, input.formNumber, null);
    const agency = found(await findAgency(trx, '/', range.agencyId), '机构');
    const officers = await caseOfficerFacts(trx, ctx, [officerId, ...input.colleagueIds]);
    const decidedOn = chinaDate(new Date(input.decidedAt));
    refuseOnViolations([
      checkSummaryFacts(input),
      checkSummaryPenalty({
        partyKind: input.party.kind,
        fineFen: input.fineFen,
        otherKinds: otherKinds(input.penaltyKinds),
      }),
      ...collectionViolations(input),
      ...caseOfficerViolations(officers, {
        category: input.category,
        areaCode: input.areaCode,
        date: decidedOn,
      }),
      jurisdictionViolation(agency, input.areaCode),
    ]);
    const { id } = await trx
      .insertInto('summaryDecision')
      .values({
        agencyId: agency.id,
        rangeId: range.id,
        formNumber: input.formNumber,
        documentNumber: formatFormNumber(asRange(range), input.formNumber),
        category: input.category,
        party: JSON.stringify(input.party),
        place: input.place,
        areaCode: input.areaCode,
        actAt: new Date(input.actAt),
        decidedAt: new Date(input.decidedAt),
        facts: input.facts,
        violatedProvision: input.violatedProvision,
        legalBasis: input.legalBasis,
        penaltyKinds: JSON.stringify(input.penaltyKinds),
        fineFen: input.fineFen,
        statement: input.statement ?? null,
        partyRefusedToSign: input.partyRefusedToSign,
        reconsiderationBody: input.reconsiderationBody,
        litigationCourt: input.litigationCourt,
        collectionGround: input.collection?.ground ?? null,
        receiptNumber: input.collection?.receiptNumber ?? null,
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('summaryDecisionOfficer')
      .values(officers.map((officer) => ({ decisionId: id, officerId: officer.id })))
      .execute();
    await appendRecord(trx, ctx.actor, {
      agencyId: agency.id,
      objectType: 'summaryDecision',
      objectId: id,
      action: 'decideSummary',
      change: { ...input, party: { kind: input.party.kind, name: input.party.name } },
    });
    return id;
  });
  return getSummaryDecision(ctx, id);
}

const summaryKinds: readonly PenaltyKind[] = ['warning', 'fine'];

function otherKinds(kinds: readonly PenaltyKind[]): string[] {
  return kinds
    .filter((kind) => !summaryKinds.includes(kind))
    .map((kind) => penaltyKindLabels[kind]);
}

function collectionViolations(input: SummaryDecisionInput) {
  const { collection } = input;
  if (!collection) return [];
  return [
    checkOnTheSpotCollection({
      procedure: 'summary',
      fineFen: input.fineFen,
      hardToEnforceLater: collection.ground === 'hardToEnforceLater',
      remoteArea: collection.ground === 'remoteArea',
      partyRequested: collection.partyRequested,
    }),
    checkCollectionReceipt(collection.receiptNumber ?? null),
  ];
}

/**
 * 备案 of the decision's copy (交通运输行政执法程序规定第六十一条第八项). A late filing is still
 * taken, with the reason it is late, and stays flagged.
 */
export async function fileSummaryDecision(
  ctx: ServiceContext,
  id: string,
  lateReason: string | null,
): Promise<SummaryDecisionView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  await ctx.db.transaction().execute(async (trx) => {
    const decision = found(
      await findSummaryDecision(trx, ctx.actor.agencyPath, id),
      '当场处罚决定',
    );
    const officers = await listDecisionOfficers(trx, [decision.id]);
    const ownDecision = officers.some((officer) => officer.id === ctx.actor.officerId);
    if (!ownDecision && !isAllowed(ctx.actor.roles, 'case.approve')) {
      throw new AppError('FORBIDDEN', '只有作出决定的执法人员或者负责人可以办理备案');
    }
    if (decision.filedOn !== null) throw new AppError('CONFLICT', '该决定已经备案');
    const today = chinaDate();
    const overdue = checkSummaryFiling({
      decisionDate: chinaDate(decision.decidedAt),
      filedDate: today,
      today,
    });
    if (!lateReason) refuseOnViolations([overdue]);
    await trx
      .insertInto('summaryFiling')
      .values({
        decisionId: decision.id,
        filedOn: today,
        late: overdue !== null,
        lateReason: overdue ? lateReason : null,
        filedBy: ctx.actor.userId ?? '',
      })
      .execute();
    await appendRecord(trx, ctx.actor, {
      agencyId: decision.agencyId,
      objectType: 'summaryDecision',
      objectId: decision.id,
      action: 'fileSummary',
      change: { filedOn: today, late: overdue !== null, lateReason: overdue ? lateReason : null },
    });
  });
  return getSummaryDecision(ctx, id);
}

export async function getSummaryDecisions(
  ctx: ServiceContext,
  query: SummaryListQuery,
): Promise<SummaryDecisionView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const today = chinaDate();
  const overdueBefore = lastDecisionDayStillInTime(today);
  let select = decisionsInScope(ctx.db, ctx.actor.agencyPath)
    .orderBy('summaryDecision.decidedAt', 'desc')
    .limit(500);
  if (query.mine) {
    select = select.where(
      'summaryDecision.id',
      'in',
      decisionsOfOfficer(ctx.db, ctx.actor.officerId ?? '00000000-0000-0000-0000-000000000000'),
    );
  }
  if (query.from)
    select = select.where('summaryDecision.decidedAt', '>=', startOfChinaDay(query.from));
  if (query.to) {
    const nextDay = dayjs(query.to).add(1, 'day').format('YYYY-MM-DD');
    select = select.where('summaryDecision.decidedAt', '<', startOfChinaDay(nextDay));
  }
  switch (query.filingStatus) {
    case 'filed':
      select = select.where('summaryFiling.late', '=', false);
      break;
    case 'filedLate':
      select = select.where('summaryFiling.late', '=', true);
      break;
    case 'pending':
      select = select
        .where('summaryFiling.decisionId', 'is', null)
        .where('summaryDecision.decidedAt', '>=', startOfChinaDay(overdueBefore));
      break;
    case 'overdue':
      select = select
        .where('summaryFiling.decisionId', 'is', null)
        .where('summaryDecision.decidedAt', '<', startOfChinaDay(overdueBefore));
      break;
    case undefined:
      break;
  }
  const rows = await select.execute();
  const officers = await listDecisionOfficers(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toDecisionView(
      row,
      officers.filter((officer) => officer.decisionId === row.id),
      today,
    ),
  );
}

function startOfChinaDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** Decisions made on or after this day are still within their filing period today. */
function lastDecisionDayStillInTime(today: string): string {
  return dayjs(today).subtract(summaryFilingDays, 'day').format('YYYY-MM-DD');
}

export async function getSummaryDecision(
  ctx: ServiceContext,
  id: string,
): Promise<SummaryDecisionView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const row = found(await findSummaryDecision(ctx.db, ctx.actor.agencyPath, id), '当场处罚决定');
  return toDecisionView(row, await listDecisionOfficers(ctx.db, [row.id]), chinaDate());
}

function penaltyLabel(kinds: readonly PenaltyKind[], fineFen: number): string {
  return kinds
    .map((kind) => (kind === 'fine' ? `罚款 ${formatYuan(fineFen)}` : penaltyKindLabels[kind]))
    .join('、');
}

function toDecisionView(
  row: SummaryDecisionRow,
  officers: readonly { id: string; name: string }[],
  today: string,
): SummaryDecisionView {
  const decisionDate = chinaDate(row.decidedAt);
  const penaltyKinds = row.penaltyKinds as PenaltyKind[];
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    documentNumber: row.documentNumber,
    rangeId: row.rangeId,
    formNumber: row.formNumber,
    category: row.category as EnforcementCategory,
    party: row.party as Party,
    place: row.place,
    areaCode: row.areaCode,
    actAt: row.actAt.toISOString(),
    decidedAt: row.decidedAt.toISOString(),
    facts: row.facts,
    violatedProvision: row.violatedProvision,
    legalBasis: row.legalBasis,
    penaltyKinds,
    penaltyLabel: penaltyLabel(penaltyKinds, row.fineFen),
    fineFen: row.fineFen,
    statement: row.statement,
    partyRefusedToSign: row.partyRefusedToSign,
    reconsiderationBody: row.reconsiderationBody,
    litigationCourt: row.litigationCourt,
    collection:
      row.collectionGround && row.receiptNumber
        ? { ground: row.collectionGround, receiptNumber: row.receiptNumber }
        : null,
    officers: officers.map(({ id, name }) => ({ id, name })),
    filingDeadline: summaryFilingDeadline(decisionDate),
    filingStatus: filingStatus(row, decisionDate, today),
    filing:
      row.filedOn === null
        ? null
        : { filedOn: row.filedOn, late: row.filedLate ?? false, lateReason: row.lateReason },
  };
}

function filingStatus(
  row: SummaryDecisionRow,
  decisionDate: string,
  today: string,
): SummaryDecisionView['filingStatus'] {
  if (row.filedOn !== null) return row.filedLate ? 'filedLate' : 'filed';
  const overdue = checkSummaryFiling({ decisionDate, filedDate: null, today });
  return overdue ? 'overdue' : 'pending';
}

/** 当场处罚 counted per agency for a period (default: this year so far). */
export async function getSummaryStatistics(
  ctx: ServiceContext,
  period: { from?: string | undefined; to?: string | undefined },
): Promise<SummaryStatistics> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const today = chinaDate();
  const agencies = await countDecisionsByAgency(ctx.db, ctx.actor.agencyPath, {
    from: period.from ?? `${today.slice(0, 4)}-01-01`,
    to: period.to ?? today,
    unfiledOverdueBefore: lastDecisionDayStillInTime(today),
  });
  return { agencies };
}

/** 当场行政处罚决定书 (式样之十四) with its pre-printed number. */
export async function renderSummaryDecision(
  ctx: ServiceContext,
  id: string,
  format: DocumentFormat,
): Promise<{ content: Buffer; fileName: string }> {
  const decision = await getSummaryDecision(ctx, id);
  const row = found(await findSummaryDecision(ctx.db, ctx.actor.agencyPath, id), '当场处罚决定');
  const data = summaryDecisionData(decision, row.agencyName);
  const rendered = await renderDocument(ctx, decision.agencyId, 'summaryDecision', data, format);
  return {
    content: rendered.content,
    fileName: `当场行政处罚决定书-${decision.documentNumber}.${format}`,
  };
}

function summaryDecisionData(decision: SummaryDecisionView, agencyName: string) {
  const decisionDate = chinaDate(new Date(decision.decidedAt));
  return {
    agency: { name: agencyName },
    party: partyFields(decision.party, decisionDate),
    decision: {
      number: decision.documentNumber,
      actTime: chineseTime(new Date(decision.actAt)),
      place: decision.place,
      facts: decision.facts,
      violatedProvision: decision.violatedProvision,
      legalBasis: decision.legalBasis,
      penalty: decision.penaltyLabel,
      statementHeard: Boolean(decision.statement),
      statement: decision.statement ?? '',
      collectedOnSpot: decision.collection !== null,
      receiptNumber: decision.collection?.receiptNumber ?? '',
      paysLater: decision.fineFen > 0 && decision.collection === null,
      reconsiderationBody: decision.reconsiderationBody,
      litigationCourt: decision.litigationCourt,
      officers: decision.officers.map((officer) => officer.name).join('、'),
      partySignature: decision.partyRefusedToSign ? '当事人拒绝签收（执法人员注明）' : '',
      date: chineseDate(decisionDate),
    },
  };
}

import { AppError } from '../../domain/app-error.js';
import type { CaseStage } from '../../domain/case/case-stage.js';
import { approverIsCaseOfficer } from '../../domain/case/separation.js';
import type { EnforcementCategory } from '../../domain/certificate.js';
import {
  compulsoryMeasureKindLabels,
  emergencyReportViolation,
  extensionViolations,
  investigationOpen,
  isEmergencyReportLate,
  isPreservationDecisionLate,
  liftReasonLabels,
  measureEnd,
  measureStatus,
  measureStatusLabels,
  measureTermViolation,
  preservationDecisionDue,
  preservationHandlingLabels,
  presentOfficers,
  transcriptEvidenceType,
  transcriptKindLabels,
} from '../../domain/case/investigation.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed, type Permission } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type {
  CompulsoryMeasureRow,
  CorrectionOrderRow,
  EvidencePreservationRow,
  TranscriptContent,
} from '../../storage/tables/investigation.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { assertCaseOfficer, caseOfficerIds, recordCaseAct, withCase } from '../case/case-flow.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { refuseOnViolations } from '../rule-violations.js';
import {
  caseIdOfItem,
  evidenceIdsOfCase,
  findTranscript,
  insertCorrectionOrder,
  insertMeasure,
  insertPreservation,
  insertTranscript,
  listCorrectionOrders,
  listMeasures,
  listPreservations,
  listTranscriptAttachments,
  listTranscripts,
  lockMeasure,
  lockPreservation,
  officerFacts,
  updateMeasure,
  updatePreservation,
  type TranscriptWithNames,
} from './investigation.repository.js';
import type {
  ApprovalDecision,
  CorrectionOrderInput,
  CorrectionOrderView,
  ExtensionInput,
  InvestigationView,
  LiftInput,
  MeasureInput,
  MeasureView,
  PreservationHandlingInput,
  PreservationInput,
  PreservationView,
  TranscriptInput,
  TranscriptView,
} from './investigation.schemas.js';

/** Everything of the investigation area on one case, for its page and its documents. */
export async function getInvestigation(
  ctx: ServiceContext,
  caseId: string,
): Promise<InvestigationView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  return investigationOf(ctx.db, penaltyCase.id);
}

export async function investigationOf(db: Db, caseId: string): Promise<InvestigationView> {
  const [transcripts, attachments, preservations, measures, orders] = await Promise.all([
    listTranscripts(db, caseId),
    listTranscriptAttachments(db, caseId),
    listPreservations(db, caseId),
    listMeasures(db, caseId),
    listCorrectionOrders(db, caseId),
  ]);
  return {
    transcripts: transcripts.map((row) =>
      toTranscriptView(
        row,
        transcripts.find((other) => other.correctsId === row.id)?.id ?? null,
        attachments.filter((attachment) => attachment.transcriptId === row.id),
      ),
    ),
    preservations: preservations.map(toPreservationView),
    measures: measures.map(toMeasureView),
    correctionOrders: orders.map(toCorrectionOrderView),
  };
}

/**
 * An act of the investigation itself: only while the case is investigated, and only by its
 * officers (行政处罚法第四十二条); returns their ids.
 */
async function assertInvestigationAct(
  trx: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  act: string,
): Promise<string[]> {
  refuseOnViolations([investigationOpen(penaltyCase.stage as CaseStage, act)]);
  return assertCaseOfficer(trx, ctx, penaltyCase.id, act);
}

function assertNotLater(date: string, latest: string, what: string): void {
  if (date > latest) throw new AppError('VALIDATION_FAILED', `${what}不能晚于今天`);
}

/** A step on a preservation or measure: found within the actor's scope, then the case flow. */
function withCaseItem(table: 'evidencePreservation' | 'compulsoryMeasure', what: string) {
  return async <T>(
    ctx: ServiceContext,
    id: string,
    permission: Permission,
    step: (trx: Db, penaltyCase: CaseWithAgency) => Promise<T>,
  ): Promise<T> => {
    assertAllowed(ctx.actor.roles, permission);
    const caseId = found(await caseIdOfItem(ctx.db, table, ctx.actor.agencyPath, id), what);
    return withCase(ctx, caseId, permission, step);
  };
}

const withPreservation = withCaseItem('evidencePreservation', '先行登记保存');
const withMeasure = withCaseItem('compulsoryMeasure', '行政强制措施');

// 笔录

/**
 * 制作笔录 (行政处罚法第五十五条): two or more case officers present, each showing a valid
 * certificate; the 笔录 becomes an item of evidence at the same time and is never altered.
 */
export async function createTranscript(
  ctx: ServiceContext,
  caseId: string,
  input: TranscriptInput,
): Promise<TranscriptView> {
  const id = await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    const officerIds = await assertInvestigationAct(trx, ctx, penaltyCase, '制作笔录');
    const present = [...new Set(input.officerIds)];
    if (present.some((officerId) => !officerIds.includes(officerId))) {
      throw new AppError('VALIDATION_FAILED', '笔录上的执法人员须为本案执法人员');
    }
    if (!present.includes(input.recorderOfficerId)) {
      throw new AppError('VALIDATION_FAILED', '记录人须为在场的执法人员之一');
    }
    await assertCorrectable(trx, penaltyCase.id, input);
    const attachmentIds = [...new Set(input.attachmentIds)];
    const known = await evidenceIdsOfCase(trx, penaltyCase.id, attachmentIds);
    if (known.length !== attachmentIds.length) {
      throw new AppError('VALIDATION_FAILED', '附件须为本案已登记的证据');
    }
    const checked = presentOfficers(await officerFacts(trx, present), {
      category: penaltyCase.category as EnforcementCategory,
      areaCode: penaltyCase.actAreaCode,
      date: chinaDate(new Date(input.startedAt)),
    });
    refuseOnViolations(checked.violations);
    const label = transcriptKindLabels[input.kind];
    const created = await insertTranscript(
      trx,
      {
        caseId: penaltyCase.id,
        type: transcriptEvidenceType(input.kind, input.subject.relation),
        title: `${label}（${input.subject.name}）`,
        description: `${input.place}，${label}`,
        collectedAt: new Date(input.startedAt),
        createdBy: ctx.actor.userId ?? '',
      },
      {
        caseId: penaltyCase.id,
        kind: input.kind,
        correctsId: input.correctsId ?? null,
        startedAt: new Date(input.startedAt),
        endedAt: new Date(input.endedAt),
        place: input.place,
        officers: JSON.stringify(checked.officers),
        recorderOfficerId: input.recorderOfficerId,
        subject: JSON.stringify(input.subject),
        content: JSON.stringify(transcriptContent(input)),
        signature: input.signature,
        witness: JSON.stringify(input.witness ?? null),
        createdBy: ctx.actor.userId ?? '',
      },
      attachmentIds,
    );
    await recordCaseAct(trx, ctx, penaltyCase, 'recordTranscript', {
      transcriptId: created.id,
      evidenceId: created.evidenceId,
      ...input,
      officers: checked.officers,
    });
    return created.id;
  });
  return itemOf((await investigationOf(ctx.db, caseId)).transcripts, id);
}

/** A correction refers to an earlier 笔录 of the same kind in the same case. */
async function assertCorrectable(trx: Db, caseId: string, input: TranscriptInput): Promise<void> {
  if (!input.correctsId) return;
  const corrected = await findTranscript(trx, caseId, input.correctsId);
  if (!corrected) throw new AppError('VALIDATION_FAILED', '被更正的笔录不是本案的笔录');
  if (corrected.kind !== input.kind) {
    throw new AppError(
      'VALIDATION_FAILED',
      `更正${transcriptKindLabels[corrected.kind]}应另作一份${transcriptKindLabels[corrected.kind]}`,
    );
  }
}

function transcriptContent(input: TranscriptInput): TranscriptContent {
  switch (input.kind) {
    case 'inquiry':
      return { kind: 'inquiry', questions: input.questions };
    case 'site':
      return { kind: 'site', description: input.description };
    case 'survey':
      return { kind: 'survey', object: input.object, description: input.description };
  }
}

// 先行登记保存

/** Case officers ask the head to preserve evidence that may be lost (行政处罚法第五十六条). */
export async function requestPreservation(
  ctx: ServiceContext,
  caseId: string,
  input: PreservationInput,
): Promise<PreservationView> {
  const row = await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    await assertInvestigationAct(trx, ctx, penaltyCase, '申请先行登记保存');
    const inserted = await insertPreservation(trx, {
      caseId: penaltyCase.id,
      items: JSON.stringify(input.items),
      reason: input.reason,
      place: input.place,
      storagePlace: input.storagePlace,
      requestedBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'requestPreservation', {
      preservationId: inserted.id,
      ...input,
    });
    return inserted;
  });
  return toPreservationView(row);
}

/** The head approves or refuses; approval starts the seven working days for the decision. */
export async function decidePreservation(
  ctx: ServiceContext,
  id: string,
  decision: ApprovalDecision,
): Promise<PreservationView> {
  const row = await withPreservation(ctx, id, 'case.approve', async (trx, penaltyCase) => {
    const preservation = await lockPreservation(trx, id);
    if (preservation.status !== 'requested') {
      throw new AppError('CONFLICT', '该先行登记保存申请已作出决定');
    }
    refuseOnViolations([
      approverIsCaseOfficer(
        { officerId: ctx.actor.officerId, name: ctx.actor.displayName },
        await caseOfficerIds(trx, penaltyCase.id),
        '先行登记保存',
        '行政处罚法第五十六条',
      ),
    ]);
    const due = decision.approved
      ? preservationDecisionDue(chinaDate(), await loadWorkdayCalendar(trx))
      : null;
    const updated = await updatePreservation(trx, id, {
      status: decision.approved ? 'approved' : 'refused',
      decidedBy: ctx.actor.userId,
      decidedAt: new Date(),
      decisionOpinion: decision.opinion,
      decisionDue: due?.date ?? null,
      decisionDueProvisional: due?.provisional ?? null,
    });
    await recordCaseAct(
      trx,
      ctx,
      penaltyCase,
      decision.approved ? 'approvePreservation' : 'refusePreservation',
      { preservationId: id, opinion: decision.opinion, decisionDue: due?.date ?? null },
    );
    return updated;
  });
  return toPreservationView(row);
}

/**
 * 处理决定 on preserved evidence. One made after the seven working days is unlawful, yet it is
 * what was decided: it is recorded as it happened and flagged late.
 */
export async function handlePreservation(
  ctx: ServiceContext,
  id: string,
  input: PreservationHandlingInput,
): Promise<PreservationView> {
  const row = await withPreservation(ctx, id, 'case.handle', async (trx, penaltyCase) => {
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '对先行登记保存的证据作出处理决定');
    const preservation = await lockPreservation(trx, id);
    if (
      preservation.status !== 'approved' ||
      !preservation.decisionDue ||
      !preservation.decidedAt
    ) {
      throw new AppError('CONFLICT', '只有经负责人批准的先行登记保存才需要作出处理决定');
    }
    if (preservation.handling) throw new AppError('CONFLICT', '已经作出处理决定');
    const handledOn = input.handledOn ?? chinaDate();
    assertNotLater(handledOn, chinaDate(), '处理决定日期');
    if (handledOn < chinaDate(preservation.decidedAt)) {
      throw new AppError('VALIDATION_FAILED', '处理决定日期不能早于批准先行登记保存的日期');
    }
    const updated = await updatePreservation(trx, id, {
      handling: input.handling,
      handlingNote: input.note ?? null,
      handledOn,
      handledBy: ctx.actor.userId,
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'handlePreservation', {
      preservationId: id,
      ...input,
      handledOn,
      late: isPreservationDecisionLate(handledOn, preservation.decisionDue),
    });
    return updated;
  });
  return toPreservationView(row);
}

// 行政强制措施

/**
 * 查封、扣押: requested for the head's approval before it is carried out, or, in an emergency,
 * reported after being carried out on the spot (行政强制法第十八条第一项、第十九条). Recording the
 * emergency measure is its report to the head.
 */
export async function requestMeasure(
  ctx: ServiceContext,
  caseId: string,
  input: MeasureInput,
): Promise<MeasureView> {
  const row = await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    await assertInvestigationAct(trx, ctx, penaltyCase, '采取行政强制措施');
    refuseOnViolations([measureTermViolation(input.termDays)]);
    const implementedAt =
      input.emergency && input.implementedAt ? new Date(input.implementedAt) : null;
    const inserted = await insertMeasure(trx, {
      caseId: penaltyCase.id,
      kind: input.kind,
      items: JSON.stringify(input.items),
      reason: input.reason,
      legalBasis: input.legalBasis,
      place: input.place,
      termDays: input.termDays,
      emergency: input.emergency,
      requestedBy: ctx.actor.userId ?? '',
      implementedAt,
      implementedBy: implementedAt ? ctx.actor.userId : null,
    });
    await recordCaseAct(
      trx,
      ctx,
      penaltyCase,
      input.emergency ? 'reportEmergencyMeasure' : 'requestMeasure',
      {
        measureId: inserted.id,
        ...input,
        reportLate: implementedAt
          ? isEmergencyReportLate(implementedAt, inserted.requestedAt)
          : false,
      },
    );
    return inserted;
  });
  return toMeasureView(row);
}

/** The head decides; a late-reported emergency measure cannot be approved and must be lifted. */
export async function decideMeasure(
  ctx: ServiceContext,
  id: string,
  decision: ApprovalDecision,
): Promise<MeasureView> {
  const row = await withMeasure(ctx, id, 'case.approve', async (trx, penaltyCase) => {
    const measure = await lockMeasure(trx, id);
    if (measure.approval !== 'pending' || measure.liftedOn) {
      throw new AppError('CONFLICT', '该行政强制措施已作出决定或者已经解除');
    }
    refuseOnViolations([
      approverIsCaseOfficer(
        { officerId: ctx.actor.officerId, name: ctx.actor.displayName },
        await caseOfficerIds(trx, penaltyCase.id),
        '行政强制措施',
        '行政强制法第十八条第一项',
      ),
      decision.approved && measure.implementedAt
        ? emergencyReportViolation(measure.implementedAt, measure.requestedAt)
        : null,
    ]);
    const updated = await updateMeasure(trx, id, {
      approval: decision.approved ? 'approved' : 'refused',
      decidedBy: ctx.actor.userId,
      decidedAt: new Date(),
      decisionOpinion: decision.opinion,
    });
    await recordCaseAct(
      trx,
      ctx,
      penaltyCase,
      decision.approved ? 'approveMeasure' : 'refuseMeasure',
      {
        measureId: id,
        opinion: decision.opinion,
      },
    );
    return updated;
  });
  return toMeasureView(row);
}

/** After the approval, the officers carry the measure out; its term runs from that day. */
export async function implementMeasure(
  ctx: ServiceContext,
  id: string,
  implementedAt: string,
): Promise<MeasureView> {
  const row = await withMeasure(ctx, id, 'case.handle', async (trx, penaltyCase) => {
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '实施行政强制措施');
    const measure = await lockMeasure(trx, id);
    if (measure.approval !== 'approved' || measure.implementedAt || !measure.decidedAt) {
      throw new AppError('CONFLICT', '只有经负责人批准、尚未实施的行政强制措施可以实施');
    }
    const at = new Date(implementedAt);
    if (at > new Date()) throw new AppError('VALIDATION_FAILED', '实施时间不能晚于现在');
    if (at < measure.decidedAt) {
      throw new AppError(
        'VALIDATION_FAILED',
        '实施时间不能早于负责人批准的时间（行政强制法第十八条第一项：实施前须经批准）',
      );
    }
    const updated = await updateMeasure(trx, id, {
      implementedAt: at,
      implementedBy: ctx.actor.userId,
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'implementMeasure', {
      measureId: id,
      implementedAt,
    });
    return updated;
  });
  return toMeasureView(row);
}

/** 行政强制法第二十五条: once, at most thirty days, by a head who is not a case officer. */
export async function extendMeasure(
  ctx: ServiceContext,
  id: string,
  input: ExtensionInput,
): Promise<MeasureView> {
  const row = await withMeasure(ctx, id, 'case.approve', async (trx, penaltyCase) => {
    const measure = await lockMeasure(trx, id);
    if (measure.approval !== 'approved' || !measure.implementedAt || measure.liftedOn) {
      throw new AppError('CONFLICT', '只有经批准、正在实施的查封、扣押可以延长期限');
    }
    refuseOnViolations([
      approverIsCaseOfficer(
        { officerId: ctx.actor.officerId, name: ctx.actor.displayName },
        await caseOfficerIds(trx, penaltyCase.id),
        '延长查封、扣押期限',
        '行政强制法第二十五条',
      ),
      ...extensionViolations(
        {
          implementedOn: chinaDate(measure.implementedAt),
          termDays: measure.termDays,
          extensionDays: measure.extensionDays,
        },
        input.days,
        chinaDate(),
      ),
    ]);
    const updated = await updateMeasure(trx, id, {
      extensionDays: input.days,
      extensionReason: input.reason,
      extendedBy: ctx.actor.userId,
      extendedAt: new Date(),
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'extendMeasure', {
      measureId: id,
      ...input,
      endsOn: measureEnd(chinaDate(measure.implementedAt), measure.termDays, input.days),
    });
    return updated;
  });
  return toMeasureView(row);
}

/** 解除 (行政强制法第二十八条、第十九条), recorded with its date; possible in any stage. */
export async function liftMeasure(
  ctx: ServiceContext,
  id: string,
  input: LiftInput,
): Promise<MeasureView> {
  const row = await withMeasure(ctx, id, 'case.handle', async (trx, penaltyCase) => {
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '解除行政强制措施');
    const measure = await lockMeasure(trx, id);
    if (!measure.implementedAt || measure.liftedOn) {
      throw new AppError('CONFLICT', '只有正在实施的行政强制措施可以解除');
    }
    const liftedOn = input.liftedOn ?? chinaDate();
    assertNotLater(liftedOn, chinaDate(), '解除日期');
    if (liftedOn < chinaDate(measure.implementedAt)) {
      throw new AppError('VALIDATION_FAILED', '解除日期不能早于实施日期');
    }
    const updated = await updateMeasure(trx, id, {
      liftedOn,
      liftReason: input.reason,
      liftNote: input.note ?? null,
      liftedBy: ctx.actor.userId,
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'liftMeasure', {
      measureId: id,
      ...input,
      liftedOn,
    });
    return updated;
  });
  return toMeasureView(row);
}

// 责令改正

/** 行政处罚法第二十八条: the party is ordered to correct the act, at once or by a date. */
export async function issueCorrectionOrder(
  ctx: ServiceContext,
  caseId: string,
  input: CorrectionOrderInput,
): Promise<CorrectionOrderView> {
  const row = await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    await assertInvestigationAct(trx, ctx, penaltyCase, '责令改正');
    const issuedOn = chinaDate();
    if (input.correctBy && input.correctBy <= issuedOn) {
      throw new AppError('VALIDATION_FAILED', '改正期限应晚于今天；需要立即改正的，请不填期限');
    }
    const inserted = await insertCorrectionOrder(trx, {
      caseId: penaltyCase.id,
      violation: input.violation,
      legalBasis: input.legalBasis,
      requirement: input.requirement,
      correctBy: input.correctBy ?? null,
      issuedOn,
      createdBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'issueCorrectionOrder', {
      correctionOrderId: inserted.id,
      ...input,
      issuedOn,
    });
    return inserted;
  });
  return toCorrectionOrderView(row);
}

// Views

function itemOf<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`investigation item ${id} vanished after being written`);
  return item;
}

function toTranscriptView(
  row: TranscriptWithNames,
  correctedById: string | null,
  attachments: readonly { evidenceId: string; title: string }[],
): TranscriptView {
  const content = row.content as TranscriptContent;
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    kindLabel: transcriptKindLabels[row.kind],
    evidenceId: row.evidenceId,
    evidenceType: row.evidenceType as TranscriptView['evidenceType'],
    correctsId: row.correctsId,
    correctedById,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt.toISOString(),
    place: row.place,
    officers: row.officers,
    recorder: { officerId: row.recorderOfficerId, name: row.recorderName },
    subject: row.subject,
    questions: content.kind === 'inquiry' ? content.questions : null,
    object: content.kind === 'survey' ? content.object : null,
    description: content.kind === 'inquiry' ? null : content.description,
    signature: row.signature,
    witness: row.witness,
    attachments: attachments.map(({ evidenceId, title }) => ({ evidenceId, title })),
    createdAt: row.createdAt.toISOString(),
  };
}

function toPreservationView(row: EvidencePreservationRow): PreservationView {
  return {
    id: row.id,
    caseId: row.caseId,
    items: row.items,
    reason: row.reason,
    place: row.place,
    storagePlace: row.storagePlace,
    status: row.status,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionOpinion: row.decisionOpinion,
    decisionDue: row.decisionDue,
    decisionDueProvisional: row.decisionDueProvisional ?? false,
    handling: row.handling,
    handlingLabel: row.handling ? preservationHandlingLabels[row.handling] : null,
    handlingNote: row.handlingNote,
    handledOn: row.handledOn,
    handledLate:
      row.handledOn !== null &&
      row.decisionDue !== null &&
      isPreservationDecisionLate(row.handledOn, row.decisionDue),
    createdAt: row.createdAt.toISOString(),
  };
}

function toMeasureView(row: CompulsoryMeasureRow): MeasureView {
  const reportLate =
    row.emergency && row.implementedAt !== null
      ? isEmergencyReportLate(row.implementedAt, row.requestedAt)
      : false;
  const status = measureStatus({
    approval: row.approval,
    implemented: row.implementedAt !== null,
    lifted: row.liftedOn !== null,
    reportLate,
  });
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    kindLabel: compulsoryMeasureKindLabels[row.kind],
    items: row.items,
    reason: row.reason,
    legalBasis: row.legalBasis,
    place: row.place,
    termDays: row.termDays,
    emergency: row.emergency,
    status,
    statusLabel: measureStatusLabels[status],
    requestedAt: row.requestedAt.toISOString(),
    reportLate,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionOpinion: row.decisionOpinion,
    implementedAt: row.implementedAt?.toISOString() ?? null,
    endsOn: row.implementedAt
      ? measureEnd(chinaDate(row.implementedAt), row.termDays, row.extensionDays ?? 0)
      : null,
    extensionDays: row.extensionDays,
    extensionReason: row.extensionReason,
    liftedOn: row.liftedOn,
    liftReason: row.liftReason,
    liftReasonLabel: row.liftReason ? liftReasonLabels[row.liftReason] : null,
    liftNote: row.liftNote,
    createdAt: row.createdAt.toISOString(),
  };
}

function toCorrectionOrderView(row: CorrectionOrderRow): CorrectionOrderView {
  return {
    id: row.id,
    caseId: row.caseId,
    violation: row.violation,
    legalBasis: row.legalBasis,
    requirement: row.requirement,
    correctBy: row.correctBy,
    issuedOn: row.issuedOn,
    createdAt: row.createdAt.toISOString(),
  };
}

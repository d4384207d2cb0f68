import { AppError, assertNever } from '../../domain/app-error.js';
import { computeDeadline } from '../../domain/case/case-deadlines.js';
import {
  serviceDate,
  serviceMethodLabels,
  serviceViolations,
  type ServiceAttempt,
} from '../../domain/case/service.js';
import { chinaDate } from '../../domain/china-date.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { ServiceRow } from '../../storage/tables/service-and-execution.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import {
  assertCaseAction,
  caseOfficerIds,
  moveCase,
  recordCaseAct,
  withCase,
} from '../case/case-flow.js';
import type { ServiceContext } from '../context.js';
import { findDecision } from '../decision/decision.repository.js';
import { listExecutionDocuments } from '../execution/execution.repository.js';
import { found } from '../not-found.js';
import { refuseOnViolations } from '../rule-violations.js';
import type {
  AddressConfirmationInput,
  AddressConfirmationView,
  ServableDocument,
  ServiceInput,
  ServiceOverview,
  ServiceView,
} from './service.schemas.js';
import {
  DECISION_DOCUMENT_CODE,
  listAddressConfirmations,
  listServices,
} from './service.repository.js';

export async function getServiceOverview(
  ctx: ServiceContext,
  caseId: string,
): Promise<ServiceOverview> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const services = await listServices(ctx.db, penaltyCase.id);
  const decision = await findDecision(ctx.db, penaltyCase.id);
  const documents = await servableDocuments(ctx.db, penaltyCase.id, services);
  const decisionServed = documents.some(
    (document) => document.code === DECISION_DOCUMENT_CODE && document.servedOn !== null,
  );
  return {
    documents,
    services: await toServiceViews(ctx.db, services),
    addressConfirmations: (await listAddressConfirmations(ctx.db, penaltyCase.id)).map(
      toConfirmationView,
    ),
    decisionServiceDue:
      decision && !decisionServed
        ? computeDeadline('decisionService', decision.decidedOn, await loadWorkdayCalendar(ctx.db))
        : null,
  };
}

/**
 * 送达地址确认书: the party's addresses and, when it agrees, its electronic addresses — the
 * written consent 行政处罚法第六十一条第二款 requires before anything is served electronically.
 */
export async function recordAddressConfirmation(
  ctx: ServiceContext,
  caseId: string,
  input: AddressConfirmationInput,
): Promise<ServiceOverview> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    if (input.evidenceId) await assertCaseEvidence(trx, penaltyCase.id, input.evidenceId);
    const { id } = await trx
      .insertInto('serviceAddressConfirmation')
      .values({
        caseId: penaltyCase.id,
        recipient: input.recipient,
        signedOn: input.signedOn,
        postalAddress: input.postalAddress ?? null,
        phone: input.phone ?? null,
        consentsToElectronic: input.consentsToElectronic,
        electronicAddresses: JSON.stringify(input.electronicAddresses),
        evidenceId: input.evidenceId ?? null,
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseAct(trx, ctx, penaltyCase, 'recordServiceAddressConfirmation', {
      confirmationId: id,
      ...input,
    });
  });
  return getServiceOverview(ctx, caseId);
}

/**
 * Records one attempt to serve a document. Serving the decision moves the case to 已送达 and,
 * when it imposes a fine, straight on to 执行: the fifteen days to pay run from service
 * (行政处罚法第六十七条第三款).
 */
export async function recordService(
  ctx: ServiceContext,
  caseId: string,
  input: ServiceInput,
): Promise<ServiceOverview> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    assertNotInFuture(input);
    const document = await documentToServe(trx, penaltyCase.id, input);
    await assertServers(trx, penaltyCase.id, input.serverOfficerIds);
    if (input.method === 'leftAtAddress' && input.recordingEvidenceId) {
      await assertCaseEvidence(trx, penaltyCase.id, input.recordingEvidenceId);
    }
    const confirmation = (await listAddressConfirmations(trx, penaltyCase.id)).at(-1) ?? null;
    const attempt = toAttempt(input);
    refuseOnViolations(
      serviceViolations(attempt, {
        consent: confirmation,
        failedAttempts: document.failedAttempts,
        documentIssuedOn: document.issuedOn,
      }),
    );
    const isDecision = document.code === DECISION_DOCUMENT_CODE;
    if (isDecision) assertCaseAction(penaltyCase, 'serve');
    const servedOn = serviceDate(attempt);
    const { id } = await trx
      .insertInto('service')
      .values({
        caseId: penaltyCase.id,
        documentCode: document.code,
        documentItemId: document.itemId,
        documentTitle: document.title,
        method: input.method,
        outcome: input.outcome,
        recipient: input.recipient,
        actedOn: input.actedOn,
        servedOn,
        details: JSON.stringify(methodDetails(input)),
        failureReason: input.outcome === 'failed' ? (input.failureReason ?? '') : null,
        addressConfirmationId: input.method === 'electronic' ? (confirmation?.id ?? null) : null,
        serverOfficerIds: input.serverOfficerIds,
        createdBy: ctx.actor.userId ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const change = { serviceId: id, ...input, documentTitle: document.title, servedOn };
    if (isDecision && servedOn !== null) {
      await serveDecision(trx, ctx, penaltyCase, servedOn, change);
    } else {
      const action = servedOn === null ? 'recordFailedService' : 'serveDocument';
      await recordCaseAct(trx, ctx, penaltyCase, action, change);
    }
  });
  return getServiceOverview(ctx, caseId);
}

async function serveDecision(
  trx: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  servedOn: string,
  change: Record<string, unknown>,
): Promise<void> {
  await moveCase(trx, ctx, penaltyCase, 'serve', {}, change);
  const decision = found(await findDecision(trx, penaltyCase.id), '决定');
  if (decision.fineFen === 0) return;
  const calendar = await loadWorkdayCalendar(trx);
  await moveCase(
    trx,
    ctx,
    { ...penaltyCase, stage: 'served' },
    'startExecution',
    {},
    { paymentDue: computeDeadline('payment', servedOn, calendar) },
  );
}

/** The documents of the case that go to the party, each with how far its service got. */
export async function servableDocuments(
  db: Db,
  caseId: string,
  services: readonly ServiceRow[],
): Promise<ServableDocument[]> {
  const decision = await findDecision(db, caseId);
  const decisionDocument = decision
    ? [
        {
          code: DECISION_DOCUMENT_CODE,
          itemId: null,
          title: `${decision.kind === 'penalty' ? '行政处罚决定书' : '不予行政处罚决定书'}${decision.documentNumber ? `（${decision.documentNumber}）` : ''}`,
          issuedOn: decision.decidedOn,
        },
      ]
    : [];
  const documents = [...decisionDocument, ...(await listExecutionDocuments(db, caseId))];
  return documents.map((document) => {
    const attempts = services.filter(
      (service) =>
        service.documentCode === document.code && service.documentItemId === document.itemId,
    );
    const served = attempts.filter((service) => service.servedOn !== null);
    return {
      ...document,
      servedOn: served.map((service) => service.servedOn as string).sort()[0] ?? null,
      failedAttempts: attempts.length - served.length,
    };
  });
}

async function documentToServe(
  trx: Db,
  caseId: string,
  input: ServiceInput,
): Promise<ServableDocument> {
  const documents = await servableDocuments(trx, caseId, await listServices(trx, caseId));
  const document = documents.find(
    (candidate) =>
      candidate.code === input.documentCode && candidate.itemId === (input.documentItemId ?? null),
  );
  if (!document) {
    throw new AppError('NOT_FOUND', '本案没有该文书，或者该文书不需要送达当事人');
  }
  if (document.servedOn !== null) {
    throw new AppError('CONFLICT', `${document.title}已于 ${document.servedOn} 送达，无需再次送达`);
  }
  return document;
}

function assertNotInFuture(input: ServiceInput): void {
  const today = chinaDate();
  const dates = {
    actedOn: input.actedOn,
    receivedOn: input.method === 'post' ? input.receivedOn : null,
  };
  const future = Object.entries(dates)
    .filter(([, date]) => date && date > today)
    .map(([path]) => ({ path, message: '日期不能晚于今天' }));
  if (future.length > 0) throw new AppError('VALIDATION_FAILED', '不能登记尚未发生的送达', future);
}

/** 送达人 are officers of this case: they sign the 送达回证. */
async function assertServers(trx: Db, caseId: string, officerIds: readonly string[]) {
  const caseOfficers = await caseOfficerIds(trx, caseId);
  if (officerIds.every((id) => caseOfficers.includes(id))) return;
  throw new AppError('VALIDATION_FAILED', '送达人应为本案执法人员', [
    { path: 'serverOfficerIds', message: '送达人应为本案执法人员' },
  ]);
}

async function assertCaseEvidence(trx: Db, caseId: string, evidenceId: string): Promise<void> {
  const evidence = await trx
    .selectFrom('evidence')
    .select('id')
    .where('id', '=', evidenceId)
    .where('caseId', '=', caseId)
    .executeTakeFirst();
  found(evidence, '证据');
}

function toAttempt(input: ServiceInput): ServiceAttempt {
  return {
    method: input.method,
    outcome: input.outcome,
    actedOn: input.actedOn,
    receivedOn: input.method === 'post' ? (input.receivedOn ?? null) : null,
    electronicAddress:
      input.method === 'electronic' ? { channel: input.channel, address: input.address } : null,
    witnesses: input.method === 'leftAtAddress' ? input.witnesses : [],
    recordingEvidenceId:
      input.method === 'leftAtAddress' ? (input.recordingEvidenceId ?? null) : null,
  };
}

/** The facts only this method has, kept as the 送达回证 prints them. */
function methodDetails(input: ServiceInput): Record<string, unknown> {
  const note = input.note ?? null;
  switch (input.method) {
    case 'direct':
      return {
        place: input.place,
        signer: input.signer ?? null,
        signerRelation: input.signerRelation ?? null,
        note,
      };
    case 'leftAtAddress':
      return {
        place: input.place,
        refusalReason: input.refusalReason,
        witnesses: input.witnesses,
        recordingEvidenceId: input.recordingEvidenceId ?? null,
        note,
      };
    case 'post':
      return {
        postalAddress: input.postalAddress,
        trackingNumber: input.trackingNumber,
        receivedOn: input.receivedOn ?? null,
        note,
      };
    case 'electronic':
      return { channel: input.channel, address: input.address, note };
    case 'publicNotice':
      return { medium: input.medium, note };
    default:
      return assertNever(input);
  }
}

async function toServiceViews(db: Db, services: readonly ServiceRow[]): Promise<ServiceView[]> {
  const ids = [...new Set(services.flatMap((service) => service.serverOfficerIds))];
  const officers =
    ids.length === 0
      ? []
      : await db.selectFrom('officer').select(['id', 'name']).where('id', 'in', ids).execute();
  return services.map((service) => ({
    id: service.id,
    documentCode: service.documentCode,
    documentItemId: service.documentItemId,
    documentTitle: service.documentTitle,
    method: service.method,
    methodLabel: serviceMethodLabels[service.method],
    outcome: service.outcome,
    recipient: service.recipient,
    actedOn: service.actedOn,
    servedOn: service.servedOn,
    details: service.details,
    failureReason: service.failureReason,
    servers: service.serverOfficerIds.flatMap((id) => officers.filter((o) => o.id === id)),
    createdAt: service.createdAt.toISOString(),
  }));
}

function toConfirmationView(
  row: Awaited<ReturnType<typeof listAddressConfirmations>>[number],
): AddressConfirmationView {
  return {
    id: row.id,
    recipient: row.recipient,
    signedOn: row.signedOn,
    postalAddress: row.postalAddress,
    phone: row.phone,
    consentsToElectronic: row.consentsToElectronic,
    electronicAddresses: row.electronicAddresses,
    evidenceId: row.evidenceId,
    createdAt: row.createdAt.toISOString(),
  };
}

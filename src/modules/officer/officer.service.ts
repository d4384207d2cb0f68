import {
  certificateStanding,
  pickCertificate,
  type CertificateFacts,
  type EnforcementAct,
  type EnforcementCategory,
  type CertificateStatus,
} from '../../domain/certificate.js';
import { chinaDate } from '../../domain/china-date.js';
import { AppError } from '../../domain/app-error.js';
import { maskIdNumber } from '../../domain/masking.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import { conflictOnDuplicate } from '../../storage/pg-errors.js';
import type { CertificateRow } from '../../storage/tables.js';
import { findAgency, findUnit } from '../agency/agency.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import {
  findCertificate,
  findOfficer,
  listCertificatesOf,
  listOfficers,
} from './officer.repository.js';
import type {
  CertificateInput,
  CertificatePatch,
  CertificateView,
  OfficerInput,
  OfficerListQuery,
  OfficerPatch,
  OfficerSummary,
  OfficerView,
} from './officer.schemas.js';

type OfficerRow = NonNullable<Awaited<ReturnType<typeof findOfficer>>>;

/** Every officer in scope matching the filter, with the certificate that speaks for them today. */
export async function summarizeOfficers(
  { db, actor, config }: ServiceContext,
  filter: Pick<OfficerListQuery, 'agencyId' | 'q' | 'certificateStatus'>,
): Promise<OfficerSummary[]> {
  assertAllowed(actor.roles, 'officer.read');
  const officers = await listOfficers(db, actor.agencyPath, filter);
  const certificates = await listCertificatesOf(
    db,
    officers.map((officer) => officer.id),
  );
  const today = chinaDate();
  return officers
    .map((officer) =>
      toSummary(
        officer,
        certificates.filter((c) => c.officerId === officer.id),
        today,
        config.certificateExpiryWarningDays,
      ),
    )
    .filter((s) => !filter.certificateStatus || s.certificateStatus === filter.certificateStatus);
}

export async function searchOfficers(
  ctx: ServiceContext,
  query: OfficerListQuery,
): Promise<{ items: OfficerSummary[]; total: number }> {
  const summaries = await summarizeOfficers(ctx, query);
  const start = (query.page - 1) * query.pageSize;
  return { items: summaries.slice(start, start + query.pageSize), total: summaries.length };
}

export async function getOfficer(ctx: ServiceContext, id: string): Promise<OfficerView> {
  assertAllowed(ctx.actor.roles, 'officer.read');
  const officer = found(await findOfficer(ctx.db, ctx.actor.agencyPath, id), '执法人员');
  return toOfficerView(ctx, officer, await listCertificatesOf(ctx.db, [officer.id]));
}

/** Creates an officer inside the caller's transaction (used by the import as well). */
export async function insertOfficer(trx: Db, ctx: ServiceContext, input: OfficerInput) {
  const agency = found(await findAgency(trx, ctx.actor.agencyPath, input.agencyId), '所属机构');
  const unitId = input.unitId ? await unitOf(trx, ctx, agency.id, input.unitId) : null;
  const row = await trx
    .insertInto('officer')
    .values({
      agencyId: agency.id,
      unitId,
      name: input.name,
      idNumber: input.idNumber,
      phone: input.phone ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .catch(conflictOnDuplicate('该身份证号的执法人员已登记'));
  await appendRecord(trx, ctx.actor, {
    agencyId: agency.id,
    objectType: 'officer',
    objectId: row.id,
    action: 'create',
    change: { ...input, idNumber: maskIdNumber(input.idNumber) },
  });
  return row;
}

export async function createOfficer(ctx: ServiceContext, input: OfficerInput) {
  assertAllowed(ctx.actor.roles, 'officer.manage');
  const { id } = await ctx.db.transaction().execute((trx) => insertOfficer(trx, ctx, input));
  return getOfficer(ctx, id);
}

export async function updateOfficer(ctx: ServiceContext, id: string, patch: OfficerPatch) {
  assertAllowed(ctx.actor.roles, 'officer.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const officer = found(await findOfficer(trx, ctx.actor.agencyPath, id), '执法人员');
    const agencyId = patch.agencyId
      ? found(await findAgency(trx, ctx.actor.agencyPath, patch.agencyId), '所属机构').id
      : officer.agencyId;
    const unitId =
      patch.unitId === undefined
        ? undefined
        : patch.unitId && (await unitOf(trx, ctx, agencyId, patch.unitId));
    await trx
      .updateTable('officer')
      .set({
        agencyId,
        unitId,
        name: patch.name,
        phone: patch.phone,
        updatedAt: new Date(),
      })
      .where('id', '=', officer.id)
      .execute();
    await appendRecord(trx, ctx.actor, {
      agencyId,
      objectType: 'officer',
      objectId: officer.id,
      action: 'update',
      change: { ...patch },
    });
  });
  return getOfficer(ctx, id);
}

/** Adds a certificate inside the caller's transaction (used by the import as well). */
export async function insertCertificate(
  trx: Db,
  ctx: ServiceContext,
  officer: { id: string; agencyId: string },
  input: CertificateInput & { status?: CertificateStatus },
): Promise<CertificateRow> {
  const row = await trx
    .insertInto('certificate')
    .values({ ...input, officerId: officer.id, lastVerifiedYear: input.lastVerifiedYear ?? null })
    .returningAll()
    .executeTakeFirstOrThrow()
    .catch(conflictOnDuplicate(`执法证号 ${input.number} 已被登记`));
  await appendRecord(trx, ctx.actor, {
    agencyId: officer.agencyId,
    objectType: 'certificate',
    objectId: row.id,
    action: 'create',
    change: { officerId: officer.id, ...input },
  });
  return row;
}

export async function addCertificate(
  ctx: ServiceContext,
  officerId: string,
  input: CertificateInput,
): Promise<CertificateView> {
  assertAllowed(ctx.actor.roles, 'officer.manage');
  const row = await ctx.db.transaction().execute(async (trx) => {
    const officer = found(await findOfficer(trx, ctx.actor.agencyPath, officerId), '执法人员');
    return insertCertificate(trx, ctx, officer, input);
  });
  return toCertificateView(row, chinaDate(), ctx.config.certificateExpiryWarningDays);
}

export async function updateCertificate(
  ctx: ServiceContext,
  id: string,
  patch: CertificatePatch,
): Promise<CertificateView> {
  assertAllowed(ctx.actor.roles, 'officer.manage');
  const row = await ctx.db.transaction().execute(async (trx) => {
    const certificate = found(await findCertificate(trx, ctx.actor.agencyPath, id), '执法证');
    if (patch.validTo && patch.validTo < certificate.validFrom) {
      throw new AppError('VALIDATION_FAILED', '有效期止不能早于有效期起');
    }
    const updated = await trx
      .updateTable('certificate')
      .set({ ...patch, updatedAt: new Date() })
      .where('id', '=', certificate.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendRecord(trx, ctx.actor, {
      agencyId: certificate.agencyId,
      objectType: 'certificate',
      objectId: certificate.id,
      action: patch.status ? `status:${patch.status}` : 'update',
      change: { ...patch },
    });
    return updated;
  });
  return toCertificateView(row, chinaDate(), ctx.config.certificateExpiryWarningDays);
}

/** "May this officer enforce this 门类 here on this date?" with the reasons if not. */
export async function checkEligibility(
  ctx: ServiceContext,
  officerId: string,
  act: EnforcementAct,
) {
  assertAllowed(ctx.actor.roles, 'officer.read');
  const officer = found(await findOfficer(ctx.db, ctx.actor.agencyPath, officerId), '执法人员');
  const certificates = (await listCertificatesOf(ctx.db, [officer.id])).map(toFacts);
  const { certificate, eligibility } = pickCertificate(certificates, act);
  return { ...eligibility, certificateNumber: certificate?.number ?? null };
}

async function unitOf(trx: Db, ctx: ServiceContext, agencyId: string, unitId: string) {
  const unit = found(await findUnit(trx, ctx.actor.agencyPath, unitId), '内设机构');
  if (unit.agencyId !== agencyId) {
    throw new AppError('VALIDATION_FAILED', '内设机构不属于所选机构');
  }
  return unit.id;
}

type CertificateRecord = Omit<CertificateRow, 'categories' | 'status'> & CertificateFacts;

function toFacts(row: CertificateRow): CertificateRecord & { categories: EnforcementCategory[] } {
  return {
    ...row,
    categories: row.categories as EnforcementCategory[],
    status: row.status as CertificateStatus,
  };
}

function toCertificateView(row: CertificateRow, today: string, warningDays: number) {
  const facts = toFacts(row);
  return {
    id: row.id,
    officerId: row.officerId,
    number: row.number,
    issuer: row.issuer,
    categories: facts.categories,
    areaCodes: row.areaCodes,
    areaName: row.areaName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    lastVerifiedYear: row.lastVerifiedYear,
    status: facts.status,
    computedStatus: certificateStanding(facts, today, { expiryWarningDays: warningDays }),
  };
}

/** The certificate that speaks for the officer today: the current one if any, else the latest. */
function toSummary(
  officer: OfficerRow,
  certificates: readonly CertificateRow[],
  today: string,
  warningDays: number,
): OfficerSummary {
  const views = certificates.map((row) => toCertificateView(row, today, warningDays));
  const current =
    views.find(
      (view) => view.computedStatus === 'valid' || view.computedStatus === 'expiringSoon',
    ) ?? views[0];
  return {
    id: officer.id,
    name: officer.name,
    agencyId: officer.agencyId,
    agencyName: officer.agencyName,
    unitId: officer.unitId,
    unitName: officer.unitName,
    idNumberMasked: maskIdNumber(officer.idNumber),
    phone: officer.phone,
    certificateNumber: current?.number ?? null,
    certificateStatus: current?.computedStatus ?? null,
    certificateValidTo: current?.validTo ?? null,
  };
}

function toOfficerView(
  ctx: ServiceContext,
  officer: OfficerRow,
  certificates: readonly CertificateRow[],
): OfficerView {
  const today = chinaDate();
  const warningDays = ctx.config.certificateExpiryWarningDays;
  return {
    ...toSummary(officer, certificates, today, warningDays),
    certificates: certificates.map((row) => toCertificateView(row, today, warningDays)),
  };
}

import { randomUUID } from 'node:crypto';
import { assertChildKindAllowed, childPath, type AgencyKind } from '../../domain/agency.js';
import { AppError } from '../../domain/app-error.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import { conflictOnDuplicate } from '../../storage/pg-errors.js';
import type { AgencyRow, UnitRow } from '../../storage/tables.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { findAgency, listAgencies, listUnitsOf } from './agency.repository.js';
import type { AgencyInput, AgencyPatch, AgencyView, UnitInput } from './agency.schemas.js';

export async function getAgencyTree({ db, actor }: ServiceContext): Promise<AgencyView[]> {
  assertAllowed(actor.roles, 'agency.read');
  const agencies = await listAgencies(db, actor.agencyPath);
  const units = await listUnitsOf(
    db,
    agencies.map((agency) => agency.id),
  );
  return agencies.map((agency) => toAgencyView(agency, units));
}

export async function getAgency({ db, actor }: ServiceContext, id: string): Promise<AgencyView> {
  assertAllowed(actor.roles, 'agency.read');
  const agency = found(await findAgency(db, actor.agencyPath, id), '机构');
  return toAgencyView(agency, await listUnitsOf(db, [agency.id]));
}

/** Creates an agency inside the caller's transaction (used by the import as well). */
export async function insertAgency(trx: Db, ctx: ServiceContext, input: AgencyInput) {
  const parent = input.parentId
    ? found(await findAgency(trx, ctx.actor.agencyPath, input.parentId), '上级机构')
    : null;
  if (parent) assertChildKindAllowed(parent.kind as AgencyKind, input.kind);
  else if (ctx.actor.agencyPath !== '/') {
    throw new AppError('FORBIDDEN', '只有系统初始化时可以创建顶级机构，请选择上级机构');
  }
  const id = randomUUID();
  const row = await trx
    .insertInto('agency')
    .values({
      id,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? '/', id),
      name: input.name,
      shortName: input.shortName,
      kind: input.kind,
      regionCode: input.regionCode,
      address: input.address ?? null,
      phone: input.phone ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .catch(duplicateName);
  await appendRecord(trx, ctx.actor, {
    agencyId: row.id,
    objectType: 'agency',
    objectId: row.id,
    action: 'create',
    change: { ...input },
  });
  return row;
}

export async function createAgency(ctx: ServiceContext, input: AgencyInput): Promise<AgencyView> {
  assertAllowed(ctx.actor.roles, 'agency.manage');
  const row = await ctx.db.transaction().execute((trx) => insertAgency(trx, ctx, input));
  return toAgencyView(row, []);
}

export async function updateAgency(
  ctx: ServiceContext,
  id: string,
  patch: AgencyPatch,
): Promise<AgencyView> {
  assertAllowed(ctx.actor.roles, 'agency.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const agency = found(await findAgency(trx, ctx.actor.agencyPath, id), '机构');
    if (patch.kind && agency.parentId) {
      const parent = await findAgency(trx, '/', agency.parentId);
      if (parent) assertChildKindAllowed(parent.kind as AgencyKind, patch.kind);
    }
    const row = await trx
      .updateTable('agency')
      .set({ ...patch, updatedAt: new Date() })
      .where('id', '=', agency.id)
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch(duplicateName);
    await appendRecord(trx, ctx.actor, {
      agencyId: agency.id,
      objectType: 'agency',
      objectId: agency.id,
      action: 'update',
      change: { ...patch },
    });
    return toAgencyView(row, await listUnitsOf(trx, [row.id]));
  });
}

/** Creates a unit inside the caller's transaction (used by the demo as well). */
export async function insertUnit(
  trx: Db,
  ctx: ServiceContext,
  agencyId: string,
  input: UnitInput,
): Promise<UnitRow> {
  const agency = found(await findAgency(trx, ctx.actor.agencyPath, agencyId), '机构');
  const unit = await trx
    .insertInto('unit')
    .values({ agencyId: agency.id, name: input.name, kind: input.kind })
    .returningAll()
    .executeTakeFirstOrThrow()
    .catch(duplicateName);
  await appendRecord(trx, ctx.actor, {
    agencyId: agency.id,
    objectType: 'unit',
    objectId: unit.id,
    action: 'create',
    change: { ...input },
  });
  return unit;
}

export async function createUnit(
  ctx: ServiceContext,
  agencyId: string,
  input: UnitInput,
): Promise<UnitRow> {
  assertAllowed(ctx.actor.roles, 'agency.manage');
  return ctx.db.transaction().execute((trx) => insertUnit(trx, ctx, agencyId, input));
}

function toAgencyView(agency: AgencyRow, units: readonly UnitRow[]): AgencyView {
  return {
    id: agency.id,
    parentId: agency.parentId,
    name: agency.name,
    shortName: agency.shortName,
    kind: agency.kind as AgencyKind,
    regionCode: agency.regionCode,
    address: agency.address,
    phone: agency.phone,
    units: units
      .filter((unit) => unit.agencyId === agency.id)
      .map(({ id, agencyId, name, kind }) => ({ id, agencyId, name, kind })),
  };
}

const duplicateName = conflictOnDuplicate('同一上级机构下已有同名机构或内设机构');

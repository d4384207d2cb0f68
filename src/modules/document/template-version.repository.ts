import { sql } from 'kysely';
import { agencyIdsOnPath } from '../../domain/template-precedence.js';
import type { Db } from '../../storage/database.js';

/** Published versions with the publishing agency's name and path and the publisher's name. */
function versionsWithAgency(db: Db) {
  return db
    .selectFrom('documentTemplateVersion as version')
    .leftJoin('agency', 'agency.id', 'version.agencyId')
    .leftJoin('appUser', 'appUser.id', 'version.createdBy')
    .selectAll('version')
    .select([
      'agency.name as agencyName',
      'agency.path as agencyPath',
      'appUser.displayName as createdByName',
    ]);
}

export type StoredTemplateVersion = Awaited<
  ReturnType<ReturnType<typeof versionsWithAgency>['executeTakeFirstOrThrow']>
>;

/**
 * The versions that can be in force at the agency with `agencyPath` (null: the platform level):
 * platform-wide ones and those of the agency and its ancestors; of one code, or of every code.
 */
export async function applicableVersions(
  db: Db,
  agencyPath: string | null,
  code?: string,
): Promise<StoredTemplateVersion[]> {
  const ancestorIds = agencyPath === null ? [] : agencyIdsOnPath(agencyPath);
  let query = versionsWithAgency(db).where((eb) =>
    ancestorIds.length === 0
      ? eb('version.agencyId', 'is', null)
      : eb.or([eb('version.agencyId', 'is', null), eb('version.agencyId', 'in', ancestorIds)]),
  );
  if (code !== undefined) query = query.where('version.code', '=', code);
  return query.orderBy('version.version', 'desc').execute();
}

export async function findVersion(
  db: Db,
  code: string,
  version: number,
): Promise<StoredTemplateVersion | undefined> {
  return versionsWithAgency(db)
    .where('version.code', '=', code)
    .where('version.version', '=', version)
    .executeTakeFirst();
}

/** Any key for a transaction-wide lock per code, so two publishers never take one number. */
export async function lockTemplateCode(trx: Db, code: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`document_template_version:${code}`}))`.execute(
    trx,
  );
}

export async function highestVersion(trx: Db, code: string): Promise<number | null> {
  const row = await trx
    .selectFrom('documentTemplateVersion')
    .select((eb) => eb.fn.max('version').as('highest'))
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.highest ?? null;
}

export interface NewTemplateVersion {
  agencyId: string | null;
  code: string;
  version: number;
  content: unknown;
  note: string;
  revertedFrom: number | null;
  createdBy: string | null;
}

export async function insertVersion(trx: Db, values: NewTemplateVersion): Promise<string> {
  const row = await trx
    .insertInto('documentTemplateVersion')
    .values({ ...values, content: JSON.stringify(values.content) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function agencyPathOf(db: Db, agencyId: string): Promise<string> {
  const row = await db
    .selectFrom('agency')
    .select('path')
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return row.path;
}

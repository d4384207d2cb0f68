import { sql } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import {
  digestChange,
  GENESIS_HASH,
  hashRecord,
  type RecordContent,
} from '../../domain/record-chain.js';
import type { Db } from '../../storage/database.js';
import { agencyIdsUnder } from '../agency/agency.repository.js';
import type { RecordLogRow } from '../../storage/tables.js';

export const recordObjectTypes = [
  'agency',
  'unit',
  'officer',
  'certificate',
  'user',
  'workdaySchedule',
  'import',
  'backup',
  'lead',
  'case',
  'recusal',
  'documentTemplate',
  'formNumberRange',
  'summaryDecision',
  'violationType',
  'benchmark',
  'exemptionEntry',
  'monitoringDevice',
  'stationToken',
  'detectionBatch',
  'transportEnterprise',
  'overlimitFinding',
  'copyNotice',
] as const;
export type RecordObjectType = (typeof recordObjectTypes)[number];

export interface RecordEntry {
  agencyId: string | null;
  objectType: RecordObjectType;
  objectId: string;
  action: string;
  change: Record<string, unknown>;
}

/** Any transaction-wide key; it only has to be the same for every writer of the chain. */
const RECORD_CHAIN_LOCK = 7_140_203_001;

/**
 * Appends one row to the chain inside the caller's transaction. The advisory lock
 * serialises writers, so two transactions never chain onto the same predecessor.
 */
export async function appendRecord(trx: Db, actor: Actor, entry: RecordEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(${RECORD_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('recordLog')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: RecordContent = {
    at: new Date(),
    actorUserId: actor.userId,
    actorName: actor.displayName,
    actorCertificateNumber: actor.certificateNumber,
    agencyId: entry.agencyId,
    objectType: entry.objectType,
    objectId: entry.objectId,
    action: entry.action,
    changeDigest: digestChange(entry.change),
  };
  await trx
    .insertInto('recordLog')
    .values({
      ...content,
      change: JSON.stringify(entry.change),
      prevHash,
      hash: hashRecord(prevHash, content),
    })
    .execute();
}

export interface RecordFilter {
  objectType?: string | undefined;
  objectId?: string | undefined;
  limit: number;
}

/**
 * Records the user may see: those of agencies in their scope, plus global ones (such as
 * the working-day calendar). One object's history reads oldest first; a browse, newest first.
 */
export async function listRecords(
  db: Db,
  agencyPath: string,
  filter: RecordFilter,
): Promise<RecordLogRow[]> {
  let query = db
    .selectFrom('recordLog')
    .selectAll()
    .where((eb) =>
      eb.or([eb('agencyId', 'in', agencyIdsUnder(db, agencyPath)), eb('agencyId', 'is', null)]),
    )
    .orderBy('seq', filter.objectId ? 'asc' : 'desc')
    .limit(filter.limit);
  if (filter.objectType) query = query.where('objectType', '=', filter.objectType);
  if (filter.objectId) query = query.where('objectId', '=', filter.objectId);
  return query.execute();
}

/** Reads the whole chain in seq order, a page at a time, without holding it in memory. */
export async function* readChain(db: Db, pageSize = 5_000): AsyncGenerator<RecordLogRow> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('recordLog')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
  }
}

/**
 * A case's history, oldest first: the acts on the case and on its lead, and every act on its
 * other objects (a recusal, a 笔录 …), each of which is brought in by a record that names the
 * case as `caseId` in its change.
 */
export async function listCaseRecords(
  db: Db,
  penaltyCase: { id: string; leadId: string; agencyId: string },
): Promise<RecordLogRow[]> {
  return db
    .selectFrom('recordLog')
    .selectAll()
    .where('agencyId', '=', penaltyCase.agencyId)
    .where((eb) =>
      eb.or([
        eb.and([eb('objectType', '=', 'case'), eb('objectId', '=', penaltyCase.id)]),
        eb.and([eb('objectType', '=', 'lead'), eb('objectId', '=', penaltyCase.leadId)]),
        eb(
          'objectId',
          'in',
          db
            .selectFrom('recordLog as introduced')
            .select('introduced.objectId')
            .where('introduced.agencyId', '=', penaltyCase.agencyId)
            .where(sql<string>`introduced.change ->> 'caseId'`, '=', penaltyCase.id),
        ),
      ]),
    )
    .orderBy('seq')
    .execute();
}

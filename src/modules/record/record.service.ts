import { assertAllowed } from '../../domain/permission.js';
import { findChainBreak, GENESIS_HASH } from '../../domain/record-chain.js';
import type { Db } from '../../storage/database.js';
import type { ServiceContext } from '../context.js';
import { listRecords, readChain, type RecordObjectType } from './record.repository.js';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Recomputes the whole chain and names the first row that no longer fits. */
export async function verifyRecordChain(db: Db): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for await (const row of readChain(db)) {
    const fault = findChainBreak(prevHash, row);
    if (fault) return { ok: false, checked, firstBrokenSeq: fault.seq, reason: fault.reason };
    prevHash = row.hash;
    checked += 1;
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}

const MAX_RECORDS = 500;

export async function getRecords(
  { db, actor }: ServiceContext,
  filter: { objectType?: RecordObjectType | undefined; objectId?: string | undefined },
) {
  assertAllowed(actor.roles, 'record.read');
  const rows = await listRecords(db, actor.agencyPath, { ...filter, limit: MAX_RECORDS });
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    actorCertificateNumber: row.actorCertificateNumber,
    objectType: row.objectType,
    objectId: row.objectId,
    action: row.action,
    change: row.change,
    hash: row.hash,
  }));
}

export async function verifyRecords({ db, actor }: ServiceContext): Promise<ChainVerification> {
  assertAllowed(actor.roles, 'record.read');
  return verifyRecordChain(db);
}

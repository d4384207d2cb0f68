import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The hash that the first row of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a record row says, in the exact form its hash covers. */
export interface RecordContent {
  at: Date;
  actorUserId: string | null;
  actorName: string;
  actorCertificateNumber: string | null;
  agencyId: string | null;
  objectType: string;
  objectId: string;
  action: string;
  changeDigest: string;
}

export interface ChainedRecord extends RecordContent {
  seq: number;
  change: unknown;
  prevHash: string;
  hash: string;
}

export type ChainBreak = { seq: number; reason: string };

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Canonical JSON (RFC 8785) so the digest does not depend on key order. */
export function digestChange(change: unknown): string {
  return sha256(canonicalize(change) ?? 'null');
}

/** Hashes exactly the fields of RecordContent, whatever else the row object carries. */
export function hashRecord(prevHash: string, content: RecordContent): string {
  const covered = {
    prevHash,
    at: content.at.toISOString(),
    actorUserId: content.actorUserId,
    actorName: content.actorName,
    actorCertificateNumber: content.actorCertificateNumber,
    agencyId: content.agencyId,
    objectType: content.objectType,
    objectId: content.objectId,
    action: content.action,
    changeDigest: content.changeDigest,
  };
  return sha256(canonicalize(covered) ?? 'null');
}

/**
 * Checks one row against the hash of the row before it. Returns the first fault found,
 * naming what no longer matches, or null.
 */
export function findChainBreak(prevHash: string, row: ChainedRecord): ChainBreak | null {
  if (row.prevHash !== prevHash) {
    return { seq: row.seq, reason: '前序哈希不一致：其前一条记录被删除、插入或修改' };
  }
  if (digestChange(row.change) !== row.changeDigest) {
    return { seq: row.seq, reason: '变更内容与摘要不一致：该记录的变更内容被修改' };
  }
  if (hashRecord(prevHash, row) !== row.hash) {
    return { seq: row.seq, reason: '记录哈希不一致：该记录的时间、操作人、对象或动作被修改' };
  }
  return null;
}

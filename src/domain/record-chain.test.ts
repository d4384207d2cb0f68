import { describe, expect, it } from 'vitest';
import {
  digestChange,
  findChainBreak,
  GENESIS_HASH,
  hashRecord,
  type ChainedRecord,
  type RecordContent,
} from './record-chain.js';

function chain(count: number): ChainedRecord[] {
  const rows: ChainedRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const change = { name: `机构${seq}`, amountFen: seq * 100 };
    const content: RecordContent = {
      at: new Date(Date.UTC(2026, 10, 22, 8, 0, seq)),
      actorUserId: '00000000-0000-4000-8000-000000000001',
      actorName: '王伟',
      actorCertificateNumber: '43992021001',
      agencyId: null,
      objectType: 'agency',
      objectId: String(seq),
      action: 'create',
      changeDigest: digestChange(change),
    };
    const hash = hashRecord(prevHash, content);
    rows.push({ ...content, seq, change, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

function firstBreak(rows: readonly ChainedRecord[]) {
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    const fault = findChainBreak(prevHash, row);
    if (fault) return fault;
    prevHash = row.hash;
  }
  return null;
}

describe('全过程记录哈希链', () => {
  it('an untouched chain has no break', () => {
    expect(firstBreak(chain(5))).toBeNull();
  });

  it('digests a change independently of key order (RFC 8785)', () => {
    expect(digestChange({ a: 1, b: '乙' })).toBe(digestChange({ b: '乙', a: 1 }));
    expect(digestChange({ a: 1 })).not.toBe(digestChange({ a: 2 }));
  });

  it.each([
    ['the change', (row: ChainedRecord) => ({ ...row, change: { name: '篡改' } }), '变更内容'],
    ['the actor', (row: ChainedRecord) => ({ ...row, actorName: '李四' }), '记录哈希'],
    ['the time', (row: ChainedRecord) => ({ ...row, at: new Date(0) }), '记录哈希'],
    ['the action', (row: ChainedRecord) => ({ ...row, action: 'delete' }), '记录哈希'],
  ])('names the row whose %s was edited', (_what, edit, reason) => {
    const rows = chain(5);
    rows[2] = edit(rows[2]!);
    expect(firstBreak(rows)).toEqual({ seq: 3, reason: expect.stringContaining(reason) });
  });

  it('names the row after a deleted one', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(firstBreak(rows)).toEqual({ seq: 3, reason: expect.stringContaining('前序哈希') });
  });

  it('catches a row rewritten together with its own hash by the next row', () => {
    const rows = chain(4);
    const forged = { ...rows[1]!, actorName: '李四' };
    forged.hash = hashRecord(forged.prevHash, forged);
    rows[1] = forged;
    expect(firstBreak(rows)?.seq).toBe(3);
  });
});

import type { Db } from '../../storage/database.js';

export async function listTransfers(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('caseTransfer')
    .selectAll()
    .where('caseId', 'in', caseIds)
    .orderBy('createdAt')
    .execute();
}

export type TransferRow = Awaited<ReturnType<typeof listTransfers>>[number];

/** Unscoped: the caller checks the transfer's case against the actor's scope. */
export async function findTransfer(db: Db, id: string) {
  return db.selectFrom('caseTransfer').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTransferEvents(db: Db, transferIds: readonly string[]) {
  if (transferIds.length === 0) return [];
  return db
    .selectFrom('transferEvent')
    .selectAll()
    .where('transferId', 'in', transferIds)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export type TransferEventRow = Awaited<ReturnType<typeof listTransferEvents>>[number];

export async function listCaseEvidence(db: Db, caseId: string) {
  return db
    .selectFrom('evidence')
    .select(['id', 'type', 'title', 'fileSha256'])
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

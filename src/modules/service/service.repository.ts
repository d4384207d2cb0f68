import type { Db } from '../../storage/database.js';

/** The code under which the case's decision (处罚 or 不予处罚) is served. */
export const DECISION_DOCUMENT_CODE = 'decision';

export async function listServices(db: Db, caseId: string) {
  return db
    .selectFrom('service')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
}

export async function listAddressConfirmations(db: Db, caseId: string) {
  return db
    .selectFrom('serviceAddressConfirmation')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
}

/**
 * The day each served document of these cases was served (the first successful service),
 * keyed by `caseId/code/itemId` as `servedDocumentKey` builds it.
 */
export async function servedDates(
  db: Db,
  caseIds: readonly string[],
): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('service')
    .select(['caseId', 'documentCode', 'documentItemId'])
    .select((eb) => eb.fn.min('servedOn').as('servedOn'))
    .where('caseId', 'in', caseIds)
    .where('outcome', '=', 'served')
    .groupBy(['caseId', 'documentCode', 'documentItemId'])
    .execute();
  return new Map(
    rows.map((row) => [
      servedDocumentKey(row.caseId, row.documentCode, row.documentItemId),
      row.servedOn as string,
    ]),
  );
}

export function servedDocumentKey(caseId: string, code: string, itemId: string | null): string {
  return `${caseId}/${code}/${itemId ?? ''}`;
}

import type { Insertable } from 'kysely';
import type { Db } from '../../storage/database.js';
import type {
  DecisionExtensionTable,
  DecisionTable,
} from '../../storage/tables/review-and-decision.js';

export async function findDecision(db: Db, caseId: string) {
  return db
    .selectFrom('decision')
    .innerJoin('appUser', 'appUser.id', 'decision.decidedBy')
    .selectAll('decision')
    .select('appUser.displayName as deciderName')
    .where('decision.caseId', '=', caseId)
    .executeTakeFirst();
}

export async function insertDecision(db: Db, values: Insertable<DecisionTable>) {
  return db.insertInto('decision').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function listExtensions(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('decisionExtension')
    .innerJoin('appUser', 'appUser.id', 'decisionExtension.approvedBy')
    .selectAll('decisionExtension')
    .select('appUser.displayName as approverName')
    .where('decisionExtension.caseId', 'in', caseIds)
    .orderBy('decisionExtension.createdAt')
    .execute();
}

export async function insertExtension(
  db: Db,
  values: Insertable<DecisionExtensionTable>,
): Promise<void> {
  await db.insertInto('decisionExtension').values(values).execute();
}

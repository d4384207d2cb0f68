import type { Db } from '../../storage/database.js';

export async function listClosures(db: Db, caseId: string) {
  return db
    .selectFrom('caseClosure')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export type ClosureRow = Awaited<ReturnType<typeof listClosures>>[number];

/** The closure report in force: pending or approved (a returned one is history). */
export async function currentClosure(db: Db, caseId: string) {
  return db
    .selectFrom('caseClosure')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('status', 'in', ['pending', 'approved'])
    .executeTakeFirst();
}

export async function findArchive(db: Db, caseId: string) {
  return db
    .selectFrom('caseArchive')
    .leftJoin('appUser', 'appUser.id', 'caseArchive.archivedBy')
    .selectAll('caseArchive')
    .select('appUser.displayName as archivedByName')
    .where('caseId', '=', caseId)
    .executeTakeFirst();
}

export async function listAnnotations(db: Db, caseId: string) {
  return db
    .selectFrom('caseAnnotation')
    .leftJoin('appUser', 'appUser.id', 'caseAnnotation.createdBy')
    .selectAll('caseAnnotation')
    .select('appUser.displayName as createdByName')
    .where('caseId', '=', caseId)
    .orderBy('caseAnnotation.createdAt')
    .orderBy('caseAnnotation.id')
    .execute();
}

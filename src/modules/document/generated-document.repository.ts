import type { Insertable } from 'kysely';
import type { Db } from '../../storage/database.js';
import type { GeneratedDocumentTable } from '../../storage/tables/document-templates.js';

export async function insertGeneratedDocument(
  trx: Db,
  values: Insertable<GeneratedDocumentTable>,
): Promise<void> {
  await trx.insertInto('generatedDocument').values(values).execute();
}

/** 文书生成登记 of one case, newest first, with the name of who generated each copy. */
export async function listGeneratedDocuments(db: Db, caseId: string) {
  return db
    .selectFrom('generatedDocument as generated')
    .leftJoin('appUser', 'appUser.id', 'generated.generatedBy')
    .selectAll('generated')
    .select('appUser.displayName as generatedByName')
    .where('generated.caseId', '=', caseId)
    .orderBy('generated.generatedAt', 'desc')
    .orderBy('generated.id')
    .execute();
}

export type GeneratedDocumentEntry = Awaited<ReturnType<typeof listGeneratedDocuments>>[number];

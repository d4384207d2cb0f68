import type { Db } from '../../storage/database.js';
import { containsPattern } from '../../storage/like-pattern.js';
import { subtreeOf } from '../agency/agency.repository.js';
import type { CertificateRow } from '../../storage/tables.js';

export interface OfficerFilter {
  agencyId?: string | undefined;
  q?: string | undefined;
}

function officersInScope(db: Db, scopePath: string) {
  return db
    .selectFrom('officer')
    .innerJoin('agency', 'agency.id', 'officer.agencyId')
    .leftJoin('unit', 'unit.id', 'officer.unitId')
    .where('agency.path', 'like', `${scopePath}%`)
    .select([
      'officer.id',
      'officer.name',
      'officer.agencyId',
      'officer.unitId',
      'officer.idNumber',
      'officer.phone',
      'agency.name as agencyName',
      'agency.path as agencyPath',
      'unit.name as unitName',
    ]);
}

export async function listOfficers(db: Db, scopePath: string, filter: OfficerFilter) {
  let query = officersInScope(db, scopePath)
    .orderBy('agency.name')
    .orderBy('officer.name')
    .orderBy('officer.id');
  if (filter.agencyId) {
    query = query.where('agency.path', 'like', subtreeOf(db, filter.agencyId));
  }
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('officer.name', 'like', pattern),
        eb(
          'officer.id',
          'in',
          eb.selectFrom('certificate').select('officerId').where('number', 'like', pattern),
        ),
      ]),
    );
  }
  return query.execute();
}

export async function findOfficer(db: Db, scopePath: string, id: string) {
  return officersInScope(db, scopePath).where('officer.id', '=', id).executeTakeFirst();
}

export async function listCertificatesOf(
  db: Db,
  officerIds: readonly string[],
): Promise<CertificateRow[]> {
  if (officerIds.length === 0) return [];
  return db
    .selectFrom('certificate')
    .selectAll()
    .where('officerId', 'in', officerIds)
    .orderBy('validTo', 'desc')
    .execute();
}

export async function findCertificate(db: Db, scopePath: string, id: string) {
  return db
    .selectFrom('certificate')
    .innerJoin('officer', 'officer.id', 'certificate.officerId')
    .innerJoin('agency', 'agency.id', 'officer.agencyId')
    .selectAll('certificate')
    .select('officer.agencyId')
    .where('certificate.id', '=', id)
    .where('agency.path', 'like', `${scopePath}%`)
    .executeTakeFirst();
}

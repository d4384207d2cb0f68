import { systemActor } from '../../domain/actor.js';
import type { Config } from '../../config.js';
import type { Db } from '../../storage/database.js';
import { countAgencies, listAgencies } from '../agency/agency.repository.js';
import { insertAgency } from '../agency/agency.service.js';
import { countUsers } from '../user/user.repository.js';
import { insertUser } from '../user/user.service.js';
import { generateTemporaryPassword } from './password-hash.js';

export interface FirstAdministrator {
  username: string;
  temporaryPassword: string;
}

/**
 * On the first start of an empty database: a root agency and an administrator whose
 * one-time password must be changed at first login. Returns null when accounts exist.
 */
export async function ensureFirstAdministrator(
  db: Db,
  config: Config,
): Promise<FirstAdministrator | null> {
  if ((await countUsers(db)) > 0) return null;
  const temporaryPassword = generateTemporaryPassword();
  const ctx = { db, actor: systemActor, config };
  await db.transaction().execute(async (trx) => {
    const root =
      (await countAgencies(trx)) === 0
        ? await insertAgency(trx, ctx, {
            parentId: null,
            name: config.rootAgencyName,
            shortName: config.rootAgencyName.slice(0, 6),
            kind: 'city',
            regionCode: config.rootAgencyRegionCode,
          })
        : (await listAgencies(trx, '/'))[0];
    if (!root) throw new Error('no root agency');
    await insertUser(
      trx,
      systemActor,
      { username: 'admin', displayName: '系统管理员', agencyId: root.id, roles: ['systemAdmin'] },
      temporaryPassword,
    );
  });
  return { username: 'admin', temporaryPassword };
}

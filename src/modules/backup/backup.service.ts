import type { Writable } from 'node:stream';
import { assertAllowed } from '../../domain/permission.js';
import { writeBackup } from '../../storage/backup.js';
import type { ServiceContext } from '../context.js';
import { appendRecord } from '../record/record.repository.js';

/** A live, consistent backup for an administrator; who took it goes into the record. */
export async function downloadBackup(ctx: ServiceContext, out: Writable): Promise<void> {
  assertAllowed(ctx.actor.roles, 'backup.run');
  const header = await writeBackup(ctx.db, out);
  await ctx.db.transaction().execute((trx) =>
    appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'backup',
      objectId: header.createdAt,
      action: 'download',
      change: { counts: header.counts },
    }),
  );
}

import { it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
it('tries', async () => {
  const t0 = Date.now();
  const d = await openDatabase({ kind: 'embedded', dataDir: '/tmp/zf-try' });
  console.log('open ms', Date.now() - t0);
  console.log(await d.db.selectFrom('agency').selectAll().execute());
  try {
    await openDatabase({ kind: 'embedded', dataDir: '/tmp/zf-try' });
  } catch (e) {
    console.log('second:', (e as Error).message);
  }
  await d.close();
  const p = await openDatabase({
    kind: 'postgres',
    url: 'postgres://postgres@127.0.0.1:5432/test',
  });
  console.log('pg ok', (await p.db.selectFrom('agency').select('id').execute()).length);
  await p.close();
}, 60000);

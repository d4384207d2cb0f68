import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { appliedMigrations, migrationNames } from './migrations.js';
import type { Db } from './database.js';

/**
 * Every table a backup carries, parents before children, each with the column that
 * orders its rows so that a row never precedes one it refers to. Sessions are left out:
 * a restored system starts with everyone signed out.
 */
export const backupTables = [
  { table: 'law', orderBy: ['short_title'] },
  { table: 'law_version', orderBy: ['law_id', 'effective_from'] },
  { table: 'law_article', orderBy: ['version_id', 'number'] },
  { table: 'agency', orderBy: ['path'] },
  { table: 'unit', orderBy: ['id'] },
  { table: 'officer', orderBy: ['id'] },
  { table: 'certificate', orderBy: ['id'] },
  { table: 'app_user', orderBy: ['id'] },
  { table: 'violation_type', orderBy: ['code'] },
  { table: 'violation_rule', orderBy: ['violation_code', 'effective_from'] },
  { table: 'benchmark', orderBy: ['violation_code', 'version'] },
  { table: 'exemption_entry', orderBy: ['code', 'version'] },
  { table: 'monitoring_device', orderBy: ['id'] },
  { table: 'device_review', orderBy: ['id'] },
  { table: 'device_calibration', orderBy: ['id'] },
  { table: 'device_status_change', orderBy: ['id'] },
  { table: 'station_token', orderBy: ['id'] },
  { table: 'detection_batch', orderBy: ['id'] },
  { table: 'detection', orderBy: ['captured_at', 'id'] },
  { table: 'transport_enterprise', orderBy: ['credit_code'] },
  { table: 'lead', orderBy: ['id'] },
  { table: 'penalty_case', orderBy: ['id'] },
  { table: 'case_officer', orderBy: ['case_id', 'officer_id'] },
  { table: 'case_number_counter', orderBy: ['agency_id', 'year'] },
  { table: 'recusal', orderBy: ['id'] },
  { table: 'evidence', orderBy: ['id'] },
  { table: 'document_template_version', orderBy: ['code', 'version'] },
  { table: 'generated_document', orderBy: ['id'] },
  { table: 'discretion_assessment', orderBy: ['id'] },
  { table: 'investigation_report', orderBy: ['id'] },
  { table: 'prior_notice', orderBy: ['id'] },
  { table: 'party_response', orderBy: ['id'] },
  { table: 'statement_review', orderBy: ['response_id'] },
  { table: 'hearing', orderBy: ['id'] },
  { table: 'hearing_record', orderBy: ['hearing_id'] },
  { table: 'legal_review', orderBy: ['id'] },
  { table: 'legal_review_opinion', orderBy: ['review_id'] },
  { table: 'collective_discussion', orderBy: ['id'] },
  { table: 'decision_extension', orderBy: ['id'] },
  { table: 'decision', orderBy: ['id'] },
  { table: 'transcript', orderBy: ['created_at', 'id'] },
  { table: 'transcript_attachment', orderBy: ['transcript_id', 'evidence_id'] },
  { table: 'evidence_preservation', orderBy: ['id'] },
  { table: 'compulsory_measure', orderBy: ['id'] },
  { table: 'correction_order', orderBy: ['id'] },
  { table: 'service_address_confirmation', orderBy: ['id'] },
  { table: 'service', orderBy: ['id'] },
  { table: 'payment_plan', orderBy: ['id'] },
  { table: 'payment_plan_decision', orderBy: ['plan_id'] },
  { table: 'payment', orderBy: ['id'] },
  { table: 'remedy_period', orderBy: ['id'] },
  { table: 'demand', orderBy: ['id'] },
  { table: 'court_application', orderBy: ['id'] },
  { table: 'court_ruling', orderBy: ['application_id'] },
  { table: 'form_number_range', orderBy: ['id'] },
  { table: 'form_number_use', orderBy: ['range_id', 'number'] },
  { table: 'summary_decision', orderBy: ['id'] },
  { table: 'summary_decision_officer', orderBy: ['decision_id', 'officer_id'] },
  { table: 'summary_filing', orderBy: ['decision_id'] },
  { table: 'case_transfer', orderBy: ['id'] },
  { table: 'transfer_event', orderBy: ['id'] },
  { table: 'case_closure', orderBy: ['id'] },
  { table: 'case_archive', orderBy: ['case_id'] },
  { table: 'case_annotation', orderBy: ['id'] },
  { table: 'overlimit_finding', orderBy: ['id'] },
  { table: 'copy_notice', orderBy: ['id'] },
  { table: 'workday_schedule', orderBy: ['year'] },
  { table: 'record_log', orderBy: ['seq'] },
] as const;

export const tablesLeftOutOfBackup = ['user_session'];

const FORMAT = 'zhifa-backup';
const PAGE = 2_000;

interface BackupHeader {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  counts: Record<string, number>;
}

type Line = { table: string; row: string };

/**
 * Writes a consistent logical dump (one REPEATABLE READ snapshot) as JSON lines: a
 * header, then one line per row. It restores onto PGlite or PostgreSQL alike, which is
 * also how a bureau moves from the embedded database to a PostgreSQL server.
 */
export async function writeBackup(db: Db, out: Writable): Promise<BackupHeader> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const header: BackupHeader = {
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(trx as unknown as Kysely<unknown>),
        counts: await countRows(trx),
      };
      await writeLine(out, JSON.stringify(header));
      for (const { table, orderBy } of backupTables) {
        for (let offset = 0; ; offset += PAGE) {
          const { rows } = await sql<{ row: string }>`
            select row_to_json(t)::text as row from ${sql.table(table)} t
            order by ${sql.join(orderBy.map((column) => sql.ref(column)))}
            limit ${PAGE} offset ${offset}`.execute(trx);
          for (const { row } of rows) await writeLine(out, JSON.stringify({ table, row }));
          if (rows.length < PAGE) break;
        }
      }
      return header;
    });
}

async function countRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table } of backupTables) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

function writeLine(out: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) =>
    out.write(`${line}\n`, (error) => (error ? reject(error) : resolve())),
  );
}

/**
 * Loads a backup into an empty, migrated database in one transaction: either all of it
 * arrives, or nothing does.
 */
export async function restoreBackup(db: Db, input: Readable): Promise<BackupHeader> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const header = parseHeader((await lines.next()).value);
  await db.transaction().execute(async (trx) => {
    await assertEmpty(trx);
    const batch: Line[] = [];
    for await (const text of lines) {
      if (!text) continue;
      const line = JSON.parse(text) as Line;
      if (batch.length > 0 && (batch[0]?.table !== line.table || batch.length >= PAGE)) {
        await insertBatch(trx, batch.splice(0));
      }
      batch.push(line);
    }
    if (batch.length > 0) await insertBatch(trx, batch);
    await sql`select setval(pg_get_serial_sequence('record_log', 'seq'),
      coalesce((select max(seq) from record_log), 0) + 1, false)`.execute(trx);
    await assertCounts(trx, header);
  });
  return header;
}

function parseHeader(text: string | undefined): BackupHeader {
  const header = JSON.parse(text ?? '{}') as Partial<BackupHeader>;
  if (header.format !== FORMAT || header.version !== 1) {
    throw new Error('这不是 zhifa 备份文件（或版本不受支持）');
  }
  const unknown = (header.migrations ?? []).filter(
    (name) => !(migrationNames as readonly string[]).includes(name),
  );
  if (unknown.length > 0) {
    throw new Error(`备份来自更新版本的 zhifa（含迁移 ${unknown.join('、')}），请先升级本程序`);
  }
  return header as BackupHeader;
}

/** Loaded at every start, so a fresh target holds them; the backup's copy replaces them. */
const referenceTables = [
  'workday_schedule',
  'law',
  'law_version',
  'law_article',
  'violation_type',
  'violation_rule',
  'benchmark',
  'exemption_entry',
];

async function assertEmpty(db: Db): Promise<void> {
  const counts = await countRows(db);
  const filled = Object.entries(counts).filter(
    ([table, n]) => n > 0 && !referenceTables.includes(table),
  );
  if (filled.length > 0) {
    throw new Error(
      `目标数据库不是空的（${filled.map(([t, n]) => `${t} ${n} 行`).join('、')}），为防止覆盖，拒绝恢复`,
    );
  }
  await db.deleteFrom('workdaySchedule').execute();
  // The laws library and the catalogue are append-only row by row; truncate is how the
  // backup's copy replaces them. Cascade reaches only the case tables checked empty above.
  await sql`truncate law_article, law_version, law`.execute(db);
  await sql`truncate exemption_entry, benchmark, violation_rule, violation_type cascade`.execute(
    db,
  );
}

async function insertBatch(db: Db, batch: Line[]): Promise<void> {
  const table = batch[0]?.table;
  if (!backupTables.some((entry) => entry.table === table) || !table) {
    throw new Error(`备份中含有未知的表 ${String(table)}`);
  }
  const rows = `[${batch.map((line) => line.row).join(',')}]`;
  if (table === 'detection') await ensureDetectionPartitions(db, rows);
  await sql`insert into ${sql.table(table)} overriding system value
    select * from json_populate_recordset(null::${sql.table(table)}, ${rows}::json)`.execute(db);
}

async function assertCounts(db: Db, header: BackupHeader): Promise<void> {
  const counts = await countRows(db);
  const wrong = backupTables.filter(({ table }) => counts[table] !== header.counts[table]);
  if (wrong.length > 0) {
    throw new Error(
      `备份文件不完整：${wrong.map(({ table }) => table).join('、')} 的行数与文件头不符`,
    );
  }
}

/** `detection` is partitioned by month; a restored row needs its month's partition first. */
async function ensureDetectionPartitions(db: Db, rows: string): Promise<void> {
  await sql`select ensure_detection_partition(month) from (
      select distinct date_trunc('month', captured_at at time zone 'UTC')::date as month
      from json_populate_recordset(null::detection, ${rows}::json)) months`.execute(db);
}

import { AppError } from '../../domain/app-error.js';
import { chinaDate } from '../../domain/china-date.js';
import { formatCitation } from '../../domain/law/citation.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { inForceOn } from '../violation/version-periods.js';
import { listViolationTypeRows } from '../violation/violation.repository.js';
import { exemptionVersions, type StoredExemptionEntry } from './exemption-versions.js';
import {
  highestExemptionVersion,
  insertExemptionEntry,
  listExemptionRows,
  lockExemptionVersions,
} from './exemption.repository.js';
import type {
  ExemptionEntryView,
  ExemptionListQuery,
  NewExemptionEntry,
} from './exemption.schemas.js';

/** `inForce`: this version is the one of its entry in force on `today`. */
export function toExemptionView(
  entry: StoredExemptionEntry,
  today: string,
  versionsOfEntry: readonly StoredExemptionEntry[],
): ExemptionEntryView {
  return {
    id: entry.id,
    code: entry.code,
    version: entry.version,
    list: entry.list,
    matter: entry.matter,
    violationCodes: entry.violationCodes,
    legalBasis: entry.legalBasis.map((citation) => ({
      ...citation,
      label: formatCitation(citation),
    })),
    conditions: entry.conditions,
    note: entry.note ?? null,
    effectiveFrom: entry.effectiveFrom,
    effectiveTo: entry.effectiveTo,
    inForce: inForceOn(versionsOfEntry, today)?.id === entry.id,
    createdAt: entry.createdAt.toISOString(),
  };
}

export async function exemptionViews(
  db: Db,
  query: ExemptionListQuery,
): Promise<ExemptionEntryView[]> {
  const versions = exemptionVersions(await listExemptionRows(db, query));
  const today = chinaDate();
  return versions.map((entry) =>
    toExemptionView(
      entry,
      today,
      versions.filter((other) => other.code === entry.code),
    ),
  );
}

/** Every version of the entries, oldest first; `inForce` marks the one applied today. */
export async function listExemptionEntries(
  ctx: ServiceContext,
  query: ExemptionListQuery,
): Promise<ExemptionEntryView[]> {
  assertAllowed(ctx.actor.roles, 'catalogue.read');
  return exemptionViews(ctx.db, query);
}

async function assertViolationsKnown(db: Db, codes: readonly string[]) {
  const known = new Set((await listViolationTypeRows(db, {})).map((type) => type.code));
  const issues = codes.flatMap((code, index) =>
    known.has(code)
      ? []
      : [{ path: `violationCodes.${index}`, message: `目录中没有编码为 ${code} 的违法行为` }],
  );
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      issues.map((issue) => issue.message).join('；'),
      issues,
    );
  }
}

/** A new entry, or a new version of the entry with that code; earlier versions stay. */
export async function createExemptionEntry(
  ctx: ServiceContext,
  input: NewExemptionEntry,
): Promise<ExemptionEntryView> {
  assertAllowed(ctx.actor.roles, 'catalogue.manage');
  const { effectiveFrom, effectiveTo, ...entry } = input;
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertViolationsKnown(trx, entry.violationCodes);
    await lockExemptionVersions(trx, entry.code);
    const version = (await highestExemptionVersion(trx, entry.code)) + 1;
    const row = await insertExemptionEntry(trx, {
      version,
      entry,
      effectiveFrom,
      effectiveTo: effectiveTo ?? null,
      createdBy: ctx.actor.userId,
    });
    await appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'exemptionEntry',
      objectId: entry.code,
      action: 'createExemptionEntry',
      change: { ...input, version },
    });
    return row.id;
  });
  const views = await exemptionViews(ctx.db, { violationCode: entry.violationCodes[0] });
  return found(
    views.find((view) => view.id === id),
    '清单事项',
  );
}

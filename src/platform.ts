import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { seedBuiltinSchedules } from './modules/calendar/calendar.service.js';
import {
  lawLibrarySources,
  loadLawLibrary,
  shippedLawsDirectory,
} from './modules/law/law-library.js';
import { catalogueSeedSources, seedCatalogue } from './modules/violation/catalogue-seed.js';
import { openDatabase, type Database, type DatabaseTarget, type Db } from './storage/database.js';
import { packageRoot } from './storage/package-root.js';

export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'embedded', dataDir: config.dataDir };
}

/** Opens the database (migrating it) and loads the reference data every install needs. */
export async function openPlatformDatabase(target: DatabaseTarget): Promise<Database> {
  const database = await openDatabase(target);
  await loadReferenceData(database.db);
  return database;
}

/** Files the reference data is made from (the test template is rebuilt when one changes). */
export const referenceDataSources = [
  'src/domain/workday-schedules.ts',
  ...lawLibrarySources(),
  ...catalogueSeedSources,
];

/**
 * Reference data shipped with zhifa: working-day schedules, the laws library, the violation
 * catalogue with its benchmarks and lists. Each loader is idempotent and skips what is loaded.
 */
export async function loadReferenceData(db: Db): Promise<void> {
  await seedBuiltinSchedules(db);
  await loadLawLibrary(db, shippedLawsDirectory());
  await seedCatalogue(db);
}

export function blobDirectory(config: Config): string {
  return config.blobDir ?? path.join(config.dataDir, 'blobs');
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: 'zhifa' } });
}

export function builtWebRoot(): string {
  return path.join(packageRoot(), 'dist', 'web');
}

import { AppError } from '../../domain/app-error.js';
import { assertAllowed } from '../../domain/permission.js';
import {
  createWorkdayCalendar,
  validateWorkdaySchedule,
  type WorkdayCalendar,
} from '../../domain/workday-calendar.js';
import { builtinWorkdaySchedules } from '../../domain/workday-schedules.js';
import type { Db } from '../../storage/database.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import type { ScheduleInput } from './calendar.schemas.js';

/** Loads the official schedules shipped with zhifa for years the database does not have. */
export async function seedBuiltinSchedules(db: Db): Promise<void> {
  const rows = builtinWorkdaySchedules().map((schedule) => ({
    year: schedule.year,
    holidays: JSON.stringify(schedule.holidays),
    makeupWorkdays: JSON.stringify(schedule.makeupWorkdays),
    source: 'builtin' as const,
  }));
  await db
    .insertInto('workdaySchedule')
    .values(rows)
    .onConflict((conflict) => conflict.column('year').doNothing())
    .execute();
}

async function readSchedules(db: Db) {
  return db.selectFrom('workdaySchedule').selectAll().orderBy('year').execute();
}

export async function loadWorkdayCalendar(db: Db): Promise<WorkdayCalendar> {
  return createWorkdayCalendar(await readSchedules(db));
}

export async function listScheduleYears({ db, actor }: ServiceContext) {
  assertAllowed(actor.roles, 'calendar.read');
  return (await readSchedules(db)).map((row) => ({
    year: row.year,
    holidayCount: row.holidays.length,
    makeupWorkdayCount: row.makeupWorkdays.length,
    source: row.source,
  }));
}

export async function getSchedule({ db, actor }: ServiceContext, year: number) {
  assertAllowed(actor.roles, 'calendar.read');
  const row = await db
    .selectFrom('workdaySchedule')
    .selectAll()
    .where('year', '=', year)
    .executeTakeFirst();
  const { holidays, makeupWorkdays, source } = found(row, `${year} 年工作日历`);
  return { year, holidays, makeupWorkdays, source };
}

/** Loads or replaces a year's holiday notice as an administrator entered it. */
export async function putSchedule(ctx: ServiceContext, year: number, input: ScheduleInput) {
  assertAllowed(ctx.actor.roles, 'calendar.manage');
  const problems = validateWorkdaySchedule({ year, ...input });
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${year} 年节假日安排有误：${problems.join('；')}`,
      problems.map((message) => ({ path: 'schedule', message })),
    );
  }
  const values = {
    holidays: JSON.stringify(input.holidays),
    makeupWorkdays: JSON.stringify(input.makeupWorkdays),
    source: 'admin' as const,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('workdaySchedule')
      .values({ year, ...values })
      .onConflict((conflict) =>
        conflict.column('year').doUpdateSet({ ...values, updatedAt: new Date() }),
      )
      .execute();
    await appendRecord(trx, ctx.actor, {
      agencyId: null,
      objectType: 'workdaySchedule',
      objectId: String(year),
      action: 'load',
      change: { ...input },
    });
  });
  return getSchedule(ctx, year);
}

export async function addWorkdays(ctx: ServiceContext, from: string, days: number) {
  assertAllowed(ctx.actor.roles, 'calendar.read');
  return (await loadWorkdayCalendar(ctx.db)).addWorkdays(from, days);
}

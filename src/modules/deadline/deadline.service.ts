import {
  deadlineRules,
  deadlineStatus,
  parseCaseDate,
  type DeadlineKind,
} from '../../domain/case/case-deadlines.js';
import { caseStageLabels, type CaseStage } from '../../domain/case/case-stage.js';
import { chinaDate } from '../../domain/china-date.js';
import { maskIdNumber } from '../../domain/masking.js';
import { assertAllowed, isAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import type { Party } from '../case/case.schemas.js';
import {
  casesHandledBy,
  casesInScope,
  listCaseOfficers,
  type CaseWithAgency,
} from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import type { BoardItem, BoardQuery, CaseDeadlineView, DeadlineBoard } from './deadline.schemas.js';
import { deadlineSources } from './deadline-registry.js';
import type { PendingDeadline } from './deadline-source.js';

/** Keeps each source's `in (…)` list well below the database's parameter limit. */
const CASES_PER_QUERY = 500;

/** Every source's pending deadlines of these cases, with their 督办 status, soonest first. */
export async function caseDeadlines(
  db: Db,
  caseIds: readonly string[],
  today: string,
  warningDays: number,
): Promise<CaseDeadlineView[]> {
  if (caseIds.length === 0) return [];
  const calendar = await loadWorkdayCalendar(db);
  const pending: PendingDeadline[] = [];
  for (let start = 0; start < caseIds.length; start += CASES_PER_QUERY) {
    const chunk = caseIds.slice(start, start + CASES_PER_QUERY);
    for (const source of deadlineSources)
      pending.push(...(await source.pending(db, calendar, chunk)));
  }
  return pending
    .map((deadline) => toDeadlineView(deadline, today, warningDays))
    .sort((a, b) => a.due.localeCompare(b.due));
}

/**
 * A `noEarlierThan` date (the earliest hearing day, the earliest court application) is when
 * an act becomes allowed: it cannot be missed, so it has no 督办 status.
 */
export function toDeadlineView(
  deadline: PendingDeadline,
  today: string,
  warningDays: number,
): CaseDeadlineView {
  const bound = deadlineRules[deadline.kind].bound;
  return {
    caseId: deadline.caseId,
    kind: deadline.kind,
    label: deadline.label,
    due: deadline.due,
    bound,
    article: deadline.article,
    provisional: deadline.provisional,
    status: bound === 'noLaterThan' ? deadlineStatus(deadline.due, today, warningDays) : null,
    daysLeft: parseCaseDate(deadline.due).diff(parseCaseDate(today), 'day'),
  };
}

export function needsAttention(deadline: CaseDeadlineView): boolean {
  return deadline.status === 'overdue' || deadline.status === 'dueSoon';
}

/**
 * 督办: every pending deadline that is due soon or passed, of the cases the user oversees —
 * the whole scope for supervisors, heads and legal reviewers, their own cases for officers.
 */
export async function getDeadlineBoard(
  ctx: ServiceContext,
  query: BoardQuery,
): Promise<DeadlineBoard> {
  assertAllowed(ctx.actor.roles, 'supervision.read');
  const whose = isAllowed(ctx.actor.roles, 'supervision.readScope') ? 'scope' : 'handled';
  const items = (await deadlinesNeedingAttention(ctx, whose))
    .filter((item) => !query.kind || item.kind === query.kind)
    .filter((item) => !query.status || item.status === query.status);
  return {
    today: chinaDate(),
    warningDays: ctx.config.deadlineWarningDays,
    total: items.length,
    groups: groupByKind(items),
  };
}

/**
 * The deadlines due soon or passed of every case in the user's scope, or of the cases they
 * handle, soonest first. The caller has checked the permission.
 */
export async function deadlinesNeedingAttention(
  ctx: ServiceContext,
  whose: 'scope' | 'handled',
): Promise<BoardItem[]> {
  const cases = await openCases(ctx, whose);
  const deadlines = await caseDeadlines(
    ctx.db,
    cases.map((c) => c.id),
    chinaDate(),
    ctx.config.deadlineWarningDays,
  );
  return boardItems(ctx.db, cases, deadlines.filter(needsAttention));
}

async function openCases(ctx: ServiceContext, whose: 'scope' | 'handled') {
  const query = casesInScope(ctx.db, ctx.actor.agencyPath).where(
    'penaltyCase.stage',
    '!=',
    'archived',
  );
  if (whose === 'scope') return query.execute();
  if (!ctx.actor.officerId) return [];
  return query.where('penaltyCase.id', 'in', casesHandledBy(ctx.db, ctx.actor.officerId)).execute();
}

async function boardItems(
  db: Db,
  cases: readonly CaseWithAgency[],
  deadlines: readonly CaseDeadlineView[],
): Promise<BoardItem[]> {
  const byId = new Map(cases.map((penaltyCase) => [penaltyCase.id, penaltyCase]));
  const officers = await listCaseOfficers(db, [...new Set(deadlines.map((d) => d.caseId))]);
  return deadlines.map((deadline) => {
    const penaltyCase = byId.get(deadline.caseId)!;
    const stage = penaltyCase.stage as CaseStage;
    return {
      ...deadline,
      caseNumber: penaltyCase.caseNumber,
      cause: penaltyCase.cause,
      stage,
      stageLabel: caseStageLabels[stage],
      agencyName: penaltyCase.agencyName,
      party: maskedParty(penaltyCase.party as Party),
      officers: officers
        .filter((officer) => officer.caseId === deadline.caseId)
        .map(({ id, name }) => ({ id, name })),
    };
  });
}

/** The board is read by many: the party's name stays, the 身份证号 is masked. */
function maskedParty(party: Party): BoardItem['party'] {
  return party.kind === 'citizen'
    ? {
        kind: party.kind,
        name: party.name,
        idNumber: maskIdNumber(party.idNumber),
        creditCode: null,
      }
    : { kind: party.kind, name: party.name, idNumber: null, creditCode: party.creditCode };
}

/** Groups of one kind each, the group with the most urgent deadline first. */
function groupByKind(items: readonly BoardItem[]): DeadlineBoard['groups'] {
  const kinds = [...new Set(items.map((item) => item.kind))] as DeadlineKind[];
  return kinds.map((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    return {
      kind,
      label: deadlineRules[kind].label,
      overdue: ofKind.filter((item) => item.status === 'overdue').length,
      dueSoon: ofKind.filter((item) => item.status === 'dueSoon').length,
      items: ofKind,
    };
  });
}

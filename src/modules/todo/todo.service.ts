import { chinaDate } from '../../domain/china-date.js';
import { isAllowed } from '../../domain/permission.js';
import type { ServiceContext } from '../context.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { getOfficer, summarizeOfficers } from '../officer/officer.service.js';

export const todoKinds = [
  'certificateExpiring',
  'certificateExpired',
  'certificateUnverified',
  'calendarMissing',
] as const;
export type TodoKind = (typeof todoKinds)[number];

export interface TodoItem {
  kind: TodoKind;
  title: string;
  dueDate: string | null;
  link: string;
}

/** What is due next for this user; later capabilities add their own kinds. */
export async function listTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  const items = [
    ...(await ownCertificateTodos(ctx)),
    ...(isAllowed(ctx.actor.roles, 'officer.manage') ? await certificateTodos(ctx) : []),
    ...(isAllowed(ctx.actor.roles, 'calendar.manage') ? await calendarTodos(ctx) : []),
  ];
  return items.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

async function certificateTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  const officers = await summarizeOfficers(ctx, {});
  return officers.flatMap((officer): TodoItem[] => {
    const who = `${officer.agencyName} ${officer.name} 的执法证`;
    const link = `/officers/${officer.id}`;
    switch (officer.certificateStatus) {
      case 'expiringSoon':
        return [
          {
            kind: 'certificateExpiring',
            title: `${who}将于 ${officer.certificateValidTo} 到期，请办理换证`,
            dueDate: officer.certificateValidTo,
            link,
          },
        ];
      case 'expired':
        return [
          {
            kind: 'certificateExpired',
            title: `${who}已于 ${officer.certificateValidTo} 过期，不得从事执法活动`,
            dueDate: null,
            link,
          },
        ];
      case 'unverified':
        return [
          {
            kind: 'certificateUnverified',
            title: `${who}未通过年度审验，不得从事执法活动`,
            dueDate: null,
            link,
          },
        ];
      default:
        return [];
    }
  });
}

async function ownCertificateTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  if (!ctx.actor.officerId) return [];
  const me = await getOfficer(ctx, ctx.actor.officerId);
  if (me.certificateStatus !== 'expiringSoon') return [];
  return [
    {
      kind: 'certificateExpiring',
      title: `您的执法证 ${me.certificateNumber} 将于 ${me.certificateValidTo} 到期`,
      dueDate: me.certificateValidTo,
      link: `/officers/${me.id}`,
    },
  ];
}

/** From October on, the next year whose holiday notice still has to be loaded. */
export function yearAwaitingSchedule(today: string, loadedYears: readonly number[]): number | null {
  const nextYear = Number(today.slice(0, 4)) + 1;
  return today.slice(5) >= '10-01' && !loadedYears.includes(nextYear) ? nextYear : null;
}

async function calendarTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  const { loadedYears } = await loadWorkdayCalendar(ctx.db);
  const nextYear = yearAwaitingSchedule(chinaDate(), loadedYears);
  if (nextYear === null) return [];
  return [
    {
      kind: 'calendarMissing',
      title: `尚未加载 ${nextYear} 年节假日安排：该年度的工作日期限将标记为“暂定”`,
      dueDate: null,
      link: '/calendar',
    },
  ];
}

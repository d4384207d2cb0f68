import { stagesAwaiting, stepsAwaiting } from '../../domain/case/case-actions.js';
import type { CaseAction, CaseStage } from '../../domain/case/case-stage.js';
import { chinaDate } from '../../domain/china-date.js';
import { isAllowed } from '../../domain/permission.js';
import type { ServiceContext } from '../context.js';
import { loadWorkdayCalendar } from '../calendar/calendar.service.js';
import { filterCases, listCaseOfficers, pendingRecusalsInScope } from '../case/case.repository.js';
import { caseDeadlines, deadlinesNeedingAttention } from '../deadline/deadline.service.js';
import { getOfficer, summarizeOfficers } from '../officer/officer.service.js';

export const todoKinds = [
  'certificateExpiring',
  'certificateExpired',
  'certificateUnverified',
  'calendarMissing',
  'caseNextStep',
  'filingApproval',
  'caseDecision',
  'legalReview',
  'recusalDecision',
  'deadlineOverdue',
  'deadlineDueSoon',
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
    // Before the steps, so that a deadline comes first among items due the same day.
    ...(await deadlineTodos(ctx)),
    ...(await caseStepTodos(ctx)),
    ...(isAllowed(ctx.actor.roles, 'case.approve') ? await recusalTodos(ctx) : []),
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

/** Which kind of 待办 a step is, so the home page can tag it. */
function stepTodoKind(action: CaseAction): TodoKind {
  switch (action) {
    case 'approveFiling':
      return 'filingApproval';
    case 'decidePenalty':
    case 'decideNoPenalty':
      return 'caseDecision';
    case 'passLegalReview':
    case 'returnLegalReview':
    case 'rejectLegalReview':
      return 'legalReview';
    default:
      return 'caseNextStep';
  }
}

/** The oldest cases first; beyond this many the case list and the 督办 board show the rest. */
const MAX_CASE_TODOS = 200;

function caseName(penaltyCase: { caseNumber: string | null; cause: string }): string {
  return penaltyCase.caseNumber
    ? `${penaltyCase.caseNumber}（${penaltyCase.cause}）`
    : `待编号案件（${penaltyCase.cause}）`;
}

/**
 * The cases waiting for a step this user owns: the officers' own cases, and for heads and
 * legal reviewers every case of the scope that waits for them — oldest first.
 */
async function caseStepTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  const stages = stagesAwaiting(ctx.actor.roles);
  if (stages.length === 0) return [];
  const wholeScope = isAllowed(ctx.actor.roles, 'supervision.readScope');
  if (!wholeScope && !ctx.actor.officerId) return [];
  const cases = await filterCases(ctx.db, ctx.actor.agencyPath, {
    stages,
    officerId: wholeScope ? undefined : (ctx.actor.officerId ?? undefined),
  })
    .orderBy('penaltyCase.proposedAt')
    .limit(MAX_CASE_TODOS)
    .execute();
  const ids = cases.map((c) => c.id);
  const today = chinaDate();
  const officers = await listCaseOfficers(ctx.db, ids);
  const deadlines = await caseDeadlines(ctx.db, ids, today, ctx.config.deadlineWarningDays);
  return cases.flatMap((penaltyCase): TodoItem[] => {
    const own = deadlines.filter((d) => d.caseId === penaltyCase.id);
    const steps = stepsAwaiting({
      stage: penaltyCase.stage as CaseStage,
      roles: ctx.actor.roles,
      officerId: ctx.actor.officerId,
      caseOfficerIds: officers.filter((o) => o.caseId === penaltyCase.id).map((o) => o.id),
      pendingDeadlines: own,
      today,
    });
    const [first] = steps;
    if (!first) return [];
    return [
      {
        kind: stepTodoKind(first.action),
        title: `${caseName(penaltyCase)}：${steps.map((step) => step.label).join('或')}`,
        dueDate: own.find((d) => d.bound === 'noLaterThan')?.due ?? null,
        link: `/cases/${penaltyCase.id}`,
      },
    ];
  });
}

async function recusalTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  const recusals = await pendingRecusalsInScope(ctx.db, ctx.actor.agencyPath);
  return recusals.map((recusal) => ({
    kind: 'recusalDecision',
    title: `${caseName(recusal)}：决定${recusal.officerName}的回避申请`,
    dueDate: null,
    link: `/cases/${recusal.caseId}`,
  }));
}

/**
 * Officers: the deadlines of their cases due soon or passed. Supervisors: every overdue
 * deadline of the scope.
 */
async function deadlineTodos(ctx: ServiceContext): Promise<TodoItem[]> {
  const handled = ctx.actor.roles.includes('officer')
    ? await deadlinesNeedingAttention(ctx, 'handled')
    : [];
  const overdueInScope = ctx.actor.roles.includes('supervisor')
    ? (await deadlinesNeedingAttention(ctx, 'scope')).filter((d) => d.status === 'overdue')
    : [];
  const seen = new Set<string>();
  return [...handled, ...overdueInScope].flatMap((deadline): TodoItem[] => {
    const key = `${deadline.caseId}/${deadline.kind}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const overdue = deadline.status === 'overdue';
    const when = overdue
      ? `已逾期 ${-deadline.daysLeft} 天`
      : deadline.daysLeft === 0
        ? '今天到期'
        : `还剩 ${deadline.daysLeft} 天`;
    return [
      {
        kind: overdue ? 'deadlineOverdue' : 'deadlineDueSoon',
        title: `${caseName(deadline)}：${deadline.label}，${when}（${deadline.article}）`,
        dueDate: deadline.due,
        link: `/cases/${deadline.caseId}`,
      },
    ];
  });
}

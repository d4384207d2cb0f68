import { Tag, Tooltip } from 'antd';
import type { DeadlineBound, DeadlineStatus } from '@domain/case/case-deadlines.js';

export interface DeadlineFacts {
  due: string;
  bound: DeadlineBound;
  status: DeadlineStatus | null;
  daysLeft: number;
  provisional: boolean;
}

/** antd Tag colours of the 督办 statuses: red overdue, orange due soon. */
export const deadlineStatusColors: Record<DeadlineStatus, string> = {
  overdue: 'red',
  dueSoon: 'orange',
  ok: 'blue',
};

function deadlineText({ bound, daysLeft }: DeadlineFacts): string {
  if (bound === 'noEarlierThan') return daysLeft > 0 ? `${daysLeft} 天后可办` : '现在可办';
  if (daysLeft < 0) return `已逾期 ${-daysLeft} 天`;
  return daysLeft === 0 ? '今天到期' : `还剩 ${daysLeft} 天`;
}

/** How much time a deadline leaves, coloured by its 督办 status. */
export function DeadlineTag({ deadline }: { deadline: DeadlineFacts }) {
  const tag = (
    <Tag color={deadline.status ? deadlineStatusColors[deadline.status] : 'default'}>
      {deadlineText(deadline)}
      {deadline.provisional ? '（暂定）' : ''}
    </Tag>
  );
  return deadline.provisional ? (
    <Tooltip title="该年度节假日安排尚未加载，日期可能变动">{tag}</Tooltip>
  ) : (
    tag
  );
}

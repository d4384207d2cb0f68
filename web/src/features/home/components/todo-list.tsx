import { Alert, Card, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useRequest } from '../../../lib/use-request';
import { fetchTodos, type Todo } from '../api';

const todoKinds: Record<string, { label: string; color: string }> = {
  certificateExpiring: { label: '执法证即将到期', color: 'orange' },
  certificateExpired: { label: '执法证已过期', color: 'red' },
  certificateUnverified: { label: '执法证未年审', color: 'gold' },
  calendarMissing: { label: '工作日历', color: 'blue' },
  caseNextStep: { label: '案件办理', color: 'blue' },
  filingApproval: { label: '立案审批', color: 'geekblue' },
  caseDecision: { label: '作出决定', color: 'geekblue' },
  legalReview: { label: '法制审核', color: 'purple' },
  recusalDecision: { label: '回避决定', color: 'geekblue' },
  deadlineOverdue: { label: '期限已逾期', color: 'red' },
  deadlineDueSoon: { label: '期限临近', color: 'orange' },
};

function TodoKindTag({ kind }: { kind: string }) {
  const known = todoKinds[kind];
  return <Tag color={known?.color}>{known?.label ?? '待办'}</Tag>;
}

function TodoItem({ todo }: { todo: Todo }) {
  return (
    <List.Item
      actions={
        todo.dueDate
          ? [
              <Typography.Text key="due" type="secondary">
                截止 {todo.dueDate}
              </Typography.Text>,
            ]
          : []
      }
    >
      <span>
        <TodoKindTag kind={todo.kind} />
        <Link to={todo.link}>{todo.title}</Link>
      </span>
    </List.Item>
  );
}

/** What needs the user's attention, soonest first as the server orders it. */
export function TodoList({ extra }: { extra?: ReactNode }) {
  const todos = useRequest(fetchTodos, []);
  return (
    <Card title="待办事项" extra={extra}>
      {todos.error ? (
        <Alert type="error" showIcon title={todos.error.message} />
      ) : (
        <List<Todo>
          loading={todos.loading}
          dataSource={todos.data?.items ?? []}
          locale={{ emptyText: '暂无待办事项' }}
          renderItem={(todo) => <TodoItem todo={todo} />}
        />
      )}
    </Card>
  );
}

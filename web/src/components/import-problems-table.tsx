import { Table } from 'antd';
import type { FieldIssue } from '../lib/api-client';

interface RowProblem {
  key: number;
  row: string;
  field: string;
  message: string;
}

/** The server names the place as '第3行 执法证号'; anything else is shown whole as the field. */
function toRowProblem(issue: FieldIssue, index: number): RowProblem {
  const match = /^第\s*(\d+)\s*行\s*(.*)$/.exec(issue.path.trim());
  return {
    key: index,
    row: match?.[1] ?? '—',
    field: (match ? match[2] : issue.path) || '—',
    message: issue.message,
  };
}

export function ImportProblemsTable({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <Table<RowProblem>
      size="small"
      dataSource={issues.map(toRowProblem)}
      pagination={issues.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '行号', dataIndex: 'row', width: 80 },
        { title: '字段', dataIndex: 'field' },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

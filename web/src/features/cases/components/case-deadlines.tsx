import { Card, Empty, List, Typography } from 'antd';
import { DeadlineTag } from '../../../components/deadline-tag';
import type { CaseDeadline } from '../api';

function DeadlineItem({ deadline }: { deadline: CaseDeadline }) {
  const when = deadline.bound === 'noLaterThan' ? `${deadline.due} 前` : `${deadline.due} 起`;
  return (
    <List.Item extra={<DeadlineTag deadline={deadline} />}>
      <List.Item.Meta
        title={deadline.label}
        description={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {when} · {deadline.article}
          </Typography.Text>
        }
      />
    </List.Item>
  );
}

/** The case's pending statutory deadlines, soonest first, red when passed, orange when near. */
export function CaseDeadlinesCard({ deadlines }: { deadlines: readonly CaseDeadline[] }) {
  return (
    <Card title="法定期限">
      {deadlines.length === 0 ? (
        <Empty description="没有尚未办结的法定期限" />
      ) : (
        <List<CaseDeadline>
          size="small"
          dataSource={[...deadlines]}
          rowKey={(deadline) => `${deadline.kind}-${deadline.due}`}
          renderItem={(deadline) => <DeadlineItem deadline={deadline} />}
        />
      )}
    </Card>
  );
}

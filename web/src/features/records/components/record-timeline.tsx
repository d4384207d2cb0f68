import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { formatInstant } from '../../../lib/date-time';
import type { RecordEntry } from '../api';
import { actionLabel, objectTypeLabels } from '../labels';
import { RecordChange } from './record-change';

function RecordHeadline({ entry }: { entry: RecordEntry }) {
  return (
    <Flex wrap gap={8} align="center" style={{ margin: '4px 0 8px' }}>
      <Tag color="blue">{actionLabel(entry.objectType, entry.action)}</Tag>
      <Typography.Text strong>{entry.actorName}</Typography.Text>
      {entry.actorCertificateNumber && (
        <Typography.Text type="secondary">执法证 {entry.actorCertificateNumber}</Typography.Text>
      )}
      <Typography.Text type="secondary">
        {objectTypeLabels[entry.objectType] ?? entry.objectType} {entry.objectId}
      </Typography.Text>
      <Typography.Text type="secondary">第 {entry.seq} 条</Typography.Text>
    </Flex>
  );
}

export function RecordTimeline({ entries }: { entries: readonly RecordEntry[] }) {
  if (entries.length === 0) return <Empty description="没有找到记录" />;
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.seq,
        content: (
          <>
            <Typography.Text strong>{formatInstant(entry.at)}</Typography.Text>
            <RecordHeadline entry={entry} />
            <RecordChange change={entry.change} />
          </>
        ),
      }))}
    />
  );
}

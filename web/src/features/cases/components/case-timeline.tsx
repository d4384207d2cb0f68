import { Alert, Button, Card, Empty, Flex, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchTimeline, type TimelineEntry } from '../timeline-api';

/** The latest acts are shown first on a long history; the rest open on request. */
const SHOWN_AT_FIRST = 8;

function Entry({ entry }: { entry: TimelineEntry }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>{entry.title}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatInstant(entry.at)} · {entry.actorName}
        {entry.actorCertificateNumber && `（执法证 ${entry.actorCertificateNumber}）`}
      </Typography.Text>
      {entry.details.map((detail) => (
        <Typography.Text key={detail.label} style={{ overflowWrap: 'anywhere' }}>
          {detail.label}：{detail.value}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * 办案经过 from the 全过程记录: who did what and when, in order. `version` changes whenever the
 * case does, so a step just taken appears.
 */
export function CaseTimeline({ caseId, version }: { caseId: string; version: unknown }) {
  const timeline = useRequest(() => fetchTimeline(caseId), [caseId, version]);
  const [showAll, setShowAll] = useState(false);
  const entries = timeline.data?.items ?? [];
  const hidden = showAll ? 0 : Math.max(0, entries.length - SHOWN_AT_FIRST);

  return (
    <Card
      title="办案经过"
      extra={
        <Button size="small" onClick={timeline.reload} loading={timeline.loading}>
          刷新
        </Button>
      }
    >
      {timeline.error ? (
        <Alert type="error" showIcon title={timeline.error.message} />
      ) : !timeline.data ? (
        <Spin />
      ) : entries.length === 0 ? (
        <Empty description="还没有办理记录" />
      ) : (
        <>
          {hidden > 0 && (
            <Button type="link" onClick={() => setShowAll(true)} style={{ paddingInline: 0 }}>
              显示更早的 {hidden} 条记录
            </Button>
          )}
          <Timeline
            style={{ marginTop: 12 }}
            items={entries.slice(hidden).map((entry) => ({
              key: entry.seq,
              content: <Entry entry={entry} />,
            }))}
          />
        </>
      )}
    </Card>
  );
}

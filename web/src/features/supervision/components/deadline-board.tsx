import {
  Alert,
  Badge,
  Card,
  Empty,
  Flex,
  Grid,
  List,
  Segmented,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { deadlineKinds, deadlineRules, type DeadlineKind } from '@domain/case/case-deadlines.js';
import { Link, useSearchParams } from 'react-router';
import { DeadlineTag } from '../../../components/deadline-tag';
import { useRequest } from '../../../lib/use-request';
import {
  fetchDeadlineBoard,
  type AttentionStatus,
  type BoardItem,
  type DeadlineBoard,
} from '../api';

const statusOptions = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '已逾期' },
  { value: 'dueSoon', label: '临期' },
];
const kindOptions = deadlineKinds.map((kind) => ({
  value: kind,
  label: deadlineRules[kind].label,
}));

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function CaseLink({ item }: { item: BoardItem }) {
  return <Link to={`/cases/${item.caseId}`}>{item.caseNumber ?? '待编号案件'}</Link>;
}

function partyText(party: BoardItem['party']): string {
  const id = party.idNumber ?? party.creditCode;
  return id ? `${party.name}（${id}）` : party.name;
}

const officerNames = (item: BoardItem) => item.officers.map((o) => o.name).join('、') || '—';

function ItemTable({ items }: { items: BoardItem[] }) {
  return (
    <Table<BoardItem>
      rowKey={(item) => `${item.caseId}-${item.kind}`}
      size="small"
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '案号', key: 'case', render: (_, item) => <CaseLink item={item} /> },
        { title: '案由', dataIndex: 'cause' },
        { title: '当事人', key: 'party', render: (_, item) => partyText(item.party) },
        { title: '期限', dataIndex: 'due' },
        { title: '剩余', key: 'left', render: (_, item) => <DeadlineTag deadline={item} /> },
        { title: '法律依据', dataIndex: 'article' },
        { title: '执法人员', key: 'officers', render: (_, item) => officerNames(item) },
        { title: '承办机构', dataIndex: 'agencyName' },
        { title: '阶段', dataIndex: 'stageLabel' },
      ]}
    />
  );
}

function ItemCards({ items }: { items: BoardItem[] }) {
  return (
    <List<BoardItem>
      dataSource={items}
      rowKey={(item) => `${item.caseId}-${item.kind}`}
      renderItem={(item) => (
        <List.Item>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <CaseLink item={item} />
              <DeadlineTag deadline={item} />
            </Flex>
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>{item.cause}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.due} 前 · {item.article}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              当事人 {partyText(item.party)} · 执法人员 {officerNames(item)}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function BoardGroups({ board }: { board: DeadlineBoard }) {
  const wide = Grid.useBreakpoint().md === true;
  if (board.groups.length === 0) {
    return (
      <Card>
        <Empty description="没有临期或逾期的期限" />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      {board.groups.map((group) => (
        <Card
          key={group.kind}
          title={group.label}
          extra={
            <Flex gap={4}>
              {group.overdue > 0 && <Tag color="red">逾期 {group.overdue}</Tag>}
              {group.dueSoon > 0 && <Tag color="orange">临期 {group.dueSoon}</Tag>}
            </Flex>
          }
        >
          {wide ? <ItemTable items={group.items} /> : <ItemCards items={group.items} />}
        </Card>
      ))}
    </Flex>
  );
}

/**
 * 督办: every deadline due within the warning days or already passed, grouped by what is due,
 * the most urgent first. Officers see their own cases; others their whole scope.
 */
export function DeadlineBoardView() {
  const [params, setParams] = useSearchParams();
  const status = oneOf<AttentionStatus>(['overdue', 'dueSoon'], params.get('status'));
  const kind = oneOf<DeadlineKind>(deadlineKinds, params.get('kind'));
  const board = useRequest(() => fetchDeadlineBoard({ status, kind }), [status, kind]);
  const wide = Grid.useBreakpoint().md === true;

  function change(key: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  }

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap vertical={!wide}>
        <Segmented
          aria-label="按督办状态筛选"
          block={!wide}
          value={status ?? 'all'}
          options={statusOptions}
          onChange={(value) => change('status', value === 'all' ? undefined : String(value))}
        />
        <Select<DeadlineKind>
          aria-label="按期限种类筛选"
          placeholder="全部期限种类"
          allowClear
          value={kind}
          options={kindOptions}
          onChange={(value) => change('kind', value)}
          style={{ width: wide ? 320 : '100%' }}
        />
      </Flex>
      {board.data && (
        <Typography.Text type="secondary">
          截至 {board.data.today}，共 <Badge count={board.data.total} showZero color="red" />{' '}
          项期限临期或逾期（届满前 {board.data.warningDays} 天起为临期）
        </Typography.Text>
      )}
      {board.error ? (
        <Alert type="error" showIcon title={board.error.message} />
      ) : board.data ? (
        <BoardGroups board={board.data} />
      ) : (
        <Spin />
      )}
    </Flex>
  );
}

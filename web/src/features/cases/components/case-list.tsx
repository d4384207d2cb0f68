import {
  Alert,
  Card,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Pagination,
  Segmented,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AgencyTreeSelect, type AgencyChoice } from '../../../components/agency-tree-select';
import { DeadlineTag } from '../../../components/deadline-tag';
import { useRequest } from '../../../lib/use-request';
import {
  caseStageGroups,
  caseStages,
  fetchCases,
  fetchOfficerChoices,
  type CaseListQuery,
  type CaseStage,
  type PenaltyCase,
} from '../api';
import { caseStageGroupLabels, caseStageLabels } from '../labels';
import { CaseStageTag } from './tags';

const PAGE_SIZE = 20;

const stageOptions = caseStages.map((stage) => ({ value: stage, label: caseStageLabels[stage] }));
const groupOptions = [
  { value: 'all', label: '全部' },
  ...caseStageGroups.map((group) => ({ value: group, label: caseStageGroupLabels[group] })),
];
const deadlineOptions = [
  { value: 'overdue', label: '有逾期的期限' },
  { value: 'dueSoon', label: '有临期的期限' },
];
const sortOptions = [
  { value: 'proposedAt', label: '按提请立案时间' },
  { value: 'filingDate', label: '按立案日期' },
  { value: 'updatedAt', label: '按最近办理' },
];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The list's filters live in the address, so a 待办 or a colleague's link opens the same view. */
function queryFrom(params: URLSearchParams): CaseListQuery {
  const text = (key: string) => params.get(key) ?? undefined;
  return {
    stage: oneOf(caseStages, params.get('stage')),
    stageGroup: oneOf(caseStageGroups, params.get('stageGroup')),
    officerId: text('officerId'),
    deadlineStatus: oneOf(['overdue', 'dueSoon'] as const, params.get('deadlineStatus')),
    q: text('q'),
    agencyId: text('agencyId'),
    filedFrom: text('filedFrom'),
    filedTo: text('filedTo'),
    sort: oneOf(['proposedAt', 'filingDate', 'updatedAt'] as const, params.get('sort')),
    page: Number(params.get('page')) || 1,
    pageSize: PAGE_SIZE,
  };
}

function CaseNumber({ penaltyCase }: { penaltyCase: PenaltyCase }) {
  return penaltyCase.caseNumber ? (
    <>{penaltyCase.caseNumber}</>
  ) : (
    <Typography.Text type="secondary">待编号</Typography.Text>
  );
}

/** The case's most urgent deadline that must be met, or nothing. */
function NextDeadline({ penaltyCase }: { penaltyCase: PenaltyCase }) {
  const deadline = penaltyCase.deadlines.find((d) => d.bound === 'noLaterThan');
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      <Typography.Text style={{ fontSize: 12 }}>
        {deadline.label}：{deadline.due}
      </Typography.Text>
      <span>
        <DeadlineTag deadline={deadline} />
      </span>
    </Flex>
  );
}

const officerNames = (penaltyCase: PenaltyCase) =>
  penaltyCase.officers.map((officer) => officer.name).join('、') || '—';

interface CaseFiltersProps {
  query: CaseListQuery;
  agencies: readonly AgencyChoice[];
  myOfficerId: string | null;
  onChange: (patch: Record<string, string | undefined>) => void;
}

function CaseFilters({ query, agencies, myOfficerId, onChange }: CaseFiltersProps) {
  const officers = useRequest(fetchOfficerChoices, []);
  const officerOptions = useMemo(
    () =>
      (officers.data?.items ?? []).map((officer) => ({
        value: officer.id,
        label:
          officer.id === myOfficerId
            ? `我（${officer.name}）`
            : `${officer.name}（${officer.agencyName}）`,
      })),
    [officers.data, myOfficerId],
  );
  // One filter a row on a phone; side by side where there is room.
  const wide = Grid.useBreakpoint().md === true;
  const width = wide ? 200 : '100%';
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Segmented
        aria-label="案件分组"
        block={!wide}
        value={query.stageGroup ?? 'all'}
        options={groupOptions}
        onChange={(group) =>
          onChange({ stageGroup: group === 'all' ? undefined : String(group), stage: undefined })
        }
      />
      <Flex gap={8} wrap vertical={!wide}>
        <Input.Search
          aria-label="搜索案由、案号或当事人"
          placeholder="案由、案号或当事人"
          allowClear
          defaultValue={query.q}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          style={{ width: wide ? 260 : '100%' }}
        />
        <Select<CaseStage>
          aria-label="按阶段筛选"
          placeholder="全部阶段"
          allowClear
          value={query.stage}
          options={stageOptions}
          onChange={(stage) => onChange({ stage, stageGroup: undefined })}
          style={{ width }}
        />
        <Select<string>
          aria-label="按执法人员筛选"
          placeholder="全部执法人员"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={officers.loading}
          value={query.officerId}
          options={officerOptions}
          onChange={(officerId) => onChange({ officerId })}
          style={{ width }}
        />
        <Select<string>
          aria-label="按期限筛选"
          placeholder="期限状态"
          allowClear
          value={query.deadlineStatus}
          options={deadlineOptions}
          onChange={(deadlineStatus) => onChange({ deadlineStatus })}
          style={{ width }}
        />
        <AgencyTreeSelect
          aria-label="按承办机构筛选"
          placeholder="全部承办机构"
          agencies={agencies}
          value={query.agencyId}
          onChange={(agencyId) => onChange({ agencyId })}
          style={{ width: wide ? 240 : '100%' }}
        />
        <DatePicker.RangePicker
          aria-label="立案日期"
          placeholder={['立案日期起', '立案日期止']}
          value={[
            query.filedFrom ? dayjs(query.filedFrom) : null,
            query.filedTo ? dayjs(query.filedTo) : null,
          ]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            onChange({
              filedFrom: range?.[0]?.format('YYYY-MM-DD'),
              filedTo: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          style={{ width: wide ? 280 : '100%' }}
        />
        <Select<string>
          aria-label="排序"
          value={query.sort ?? 'proposedAt'}
          options={sortOptions}
          onChange={(sort) => onChange({ sort })}
          style={{ width }}
        />
      </Flex>
    </Flex>
  );
}

/** A case as a card, for phones where a table's columns do not fit. */
function CaseCard({ penaltyCase }: { penaltyCase: PenaltyCase }) {
  return (
    <List.Item style={{ padding: '6px 0' }}>
      <Link to={`/cases/${penaltyCase.id}`} style={{ width: '100%', color: 'inherit' }}>
        <Card size="small" hoverable>
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>
                <CaseNumber penaltyCase={penaltyCase} />
              </Typography.Text>
              <CaseStageTag stage={penaltyCase.stage} />
            </Flex>
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>
              {penaltyCase.cause}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              当事人 {penaltyCase.party.name} · 执法人员 {officerNames(penaltyCase)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {penaltyCase.agencyName} · 立案 {penaltyCase.filingDate ?? '—'}
            </Typography.Text>
            <NextDeadline penaltyCase={penaltyCase} />
          </Flex>
        </Card>
      </Link>
    </List.Item>
  );
}

interface CaseListProps {
  agencies: readonly AgencyChoice[];
  myOfficerId: string | null;
}

/** 案件 in the user's scope: filters, a page at a time; a table, or cards on a phone. */
export function CaseList({ agencies, myOfficerId }: CaseListProps) {
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const cases = useRequest(() => fetchCases(query), [params.toString()]);
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md === true;

  function change(patch: Record<string, string | undefined>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  }

  const items = cases.data?.items ?? [];
  const total = cases.data?.total ?? 0;
  const pagination = {
    current: query.page,
    pageSize: PAGE_SIZE,
    total,
    showSizeChanger: false,
    showTotal: (count: number) => `共 ${count} 件`,
    hideOnSinglePage: true,
    onChange: (page: number) => change({ page: String(page) }),
  };

  return (
    <>
      <CaseFilters query={query} agencies={agencies} myOfficerId={myOfficerId} onChange={change} />
      {cases.error && (
        <Alert type="error" showIcon title={cases.error.message} style={{ marginBottom: 16 }} />
      )}
      {wide ? (
        <Table<PenaltyCase>
          rowKey="id"
          dataSource={items}
          loading={cases.loading}
          scroll={{ x: 'max-content' }}
          pagination={pagination}
          locale={{ emptyText: '没有符合条件的案件' }}
          onRow={(penaltyCase) => ({
            onClick: () => navigate(`/cases/${penaltyCase.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: '案号',
              dataIndex: 'caseNumber',
              render: (_, penaltyCase) => (
                <Link to={`/cases/${penaltyCase.id}`} onClick={(event) => event.stopPropagation()}>
                  <CaseNumber penaltyCase={penaltyCase} />
                </Link>
              ),
            },
            { title: '案由', dataIndex: 'cause' },
            { title: '当事人', dataIndex: ['party', 'name'] },
            {
              title: '阶段',
              dataIndex: 'stage',
              render: (value: CaseStage) => <CaseStageTag stage={value} />,
            },
            {
              title: '最近期限',
              key: 'deadline',
              render: (_, penaltyCase) => <NextDeadline penaltyCase={penaltyCase} />,
            },
            { title: '执法人员', key: 'officers', render: (_, c) => officerNames(c) },
            { title: '承办机构', dataIndex: 'agencyName' },
            {
              title: '立案日期',
              dataIndex: 'filingDate',
              render: (date: string | null) => date ?? '—',
            },
          ]}
        />
      ) : (
        <>
          <List<PenaltyCase>
            loading={cases.loading}
            dataSource={items}
            locale={{ emptyText: <Empty description="没有符合条件的案件" /> }}
            renderItem={(penaltyCase) => <CaseCard penaltyCase={penaltyCase} />}
          />
          {total > PAGE_SIZE && (
            <Flex justify="center" style={{ marginTop: 12 }}>
              <Pagination simple {...pagination} />
            </Flex>
          )}
        </>
      )}
    </>
  );
}

import { Alert, Flex, Select, Table, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useRequest } from '../../../lib/use-request';
import { caseStages, fetchCases, type CaseStage, type PenaltyCase } from '../api';
import { caseStageLabels } from '../labels';
import { CaseStageTag } from './tags';

function isCaseStage(value: string | null): value is CaseStage {
  return caseStages.some((stage) => stage === value);
}

const stageOptions = caseStages.map((stage) => ({ value: stage, label: caseStageLabels[stage] }));

export function CaseNumber({ penaltyCase }: { penaltyCase: PenaltyCase }) {
  return penaltyCase.caseNumber ? (
    <>{penaltyCase.caseNumber}</>
  ) : (
    <Typography.Text type="secondary">待编号</Typography.Text>
  );
}

/** 案件 in the user's scope; the stage filter lives in the address, so 待办 can link to it. */
export function CaseList() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('stage');
  const stage = isCaseStage(raw) ? raw : undefined;
  const cases = useRequest(() => fetchCases(stage), [stage]);
  const navigate = useNavigate();

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<CaseStage>
          aria-label="按阶段筛选"
          placeholder="全部阶段"
          allowClear
          value={stage}
          options={stageOptions}
          onChange={(next) => setParams(next ? { stage: next } : {})}
          style={{ width: 200 }}
        />
      </Flex>
      {cases.error && (
        <Alert type="error" showIcon title={cases.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<PenaltyCase>
        rowKey="id"
        dataSource={cases.data?.items ?? []}
        loading={cases.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          showTotal: (total) => `共 ${total} 件`,
          hideOnSinglePage: true,
        }}
        locale={{ emptyText: '没有案件' }}
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
          {
            title: '当事人',
            dataIndex: ['party', 'name'],
          },
          {
            title: '阶段',
            dataIndex: 'stage',
            render: (value: CaseStage) => <CaseStageTag stage={value} />,
          },
          { title: '承办机构', dataIndex: 'agencyName' },
          {
            title: '立案日期',
            dataIndex: 'filingDate',
            render: (date: string | null) => date ?? '—',
          },
        ]}
      />
    </>
  );
}

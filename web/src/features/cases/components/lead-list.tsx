import { Alert, Button, Flex, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchLeads, leadStatuses, type Lead, type LeadStatus } from '../api';
import { leadSourceLabels, leadStatusLabels } from '../labels';
import { LeadStatusTag } from './tags';

function isLeadStatus(value: string | null): value is LeadStatus {
  return leadStatuses.some((status) => status === value);
}

const statusOptions = leadStatuses.map((status) => ({
  value: status,
  label: leadStatusLabels[status],
}));

/** 线索 in the user's scope, newest first; the status filter lives in the address. */
export function LeadList({ canRecord }: { canRecord: boolean }) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isLeadStatus(raw) ? raw : undefined;
  const leads = useRequest(() => fetchLeads(status), [status]);
  const navigate = useNavigate();

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<LeadStatus>
          aria-label="按状态筛选"
          placeholder="全部状态"
          allowClear
          value={status}
          options={statusOptions}
          onChange={(next) => setParams(next ? { status: next } : {})}
          style={{ width: 160 }}
        />
        {canRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/leads/new')}>
            登记线索
          </Button>
        )}
      </Flex>
      {leads.error && (
        <Alert type="error" showIcon title={leads.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<Lead>
        rowKey="id"
        dataSource={leads.data?.items ?? []}
        loading={leads.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          showTotal: (total) => `共 ${total} 条`,
          hideOnSinglePage: true,
        }}
        locale={{ emptyText: '没有线索' }}
        columns={[
          {
            title: '状态',
            dataIndex: 'status',
            render: (value: LeadStatus) => <LeadStatusTag status={value} />,
          },
          {
            title: '案由',
            dataIndex: 'cause',
            render: (cause: string, lead) => <Link to={`/leads/${lead.id}`}>{cause}</Link>,
          },
          {
            title: '来源',
            dataIndex: 'source',
            render: (source: Lead['source']) => leadSourceLabels[source],
          },
          {
            title: '受案时间',
            dataIndex: 'receivedAt',
            render: (at: string) => formatInstant(at),
          },
          { title: '所属机构', dataIndex: 'agencyName' },
        ]}
      />
    </>
  );
}

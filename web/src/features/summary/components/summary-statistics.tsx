import { Alert, Card, Table } from 'antd';
import { useRequest } from '../../../lib/use-request';
import { fetchSummaryStatistics, formatYuan, type AgencySummaryCount } from '../api';

/** 当场处罚 counted per agency, this year so far. */
export function SummaryStatistics() {
  const statistics = useRequest(() => fetchSummaryStatistics({}), []);
  return (
    <Card title="本年度当场处罚统计">
      {statistics.error && <Alert type="error" showIcon title={statistics.error.message} />}
      <Table<AgencySummaryCount>
        rowKey="agencyId"
        size="small"
        loading={statistics.loading}
        dataSource={statistics.data?.agencies ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '本年度没有当场处罚' }}
        columns={[
          { title: '执法机构', dataIndex: 'agencyName' },
          { title: '决定数', dataIndex: 'decisions' },
          { title: '警告', dataIndex: 'warnings' },
          { title: '罚款', dataIndex: 'fines' },
          {
            title: '罚款金额',
            dataIndex: 'fineTotalFen',
            render: (fen: number) => formatYuan(fen),
          },
          { title: '当场收缴', dataIndex: 'collectedOnSpot' },
          { title: '逾期备案', dataIndex: 'filedLate' },
          { title: '逾期未备案', dataIndex: 'overdueUnfiled' },
        ]}
      />
    </Card>
  );
}

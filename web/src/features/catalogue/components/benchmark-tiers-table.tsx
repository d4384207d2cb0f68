import { Table } from 'antd';
import type { TierView } from '../api';

/** 裁量阶次 as provinces publish them: 违法程度, 情形, and the condition and penalty applied. */
export function BenchmarkTiersTable({ tiers }: { tiers: TierView[] }) {
  return (
    <Table<TierView>
      size="small"
      rowKey="name"
      dataSource={tiers}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '违法程度', dataIndex: 'name', width: 90 },
        { title: '情形', dataIndex: 'circumstance' },
        { title: '适用条件', dataIndex: 'conditionText' },
        { title: '处罚标准', dataIndex: 'penaltyText' },
      ]}
    />
  );
}

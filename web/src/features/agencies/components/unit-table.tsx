import { Table } from 'antd';
import type { Unit } from '../api';

export function UnitTable({ units }: { units: readonly Unit[] }) {
  return (
    <Table<Unit>
      rowKey="id"
      size="small"
      dataSource={units}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '尚无内设机构' }}
      columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '类型', dataIndex: 'kind' },
      ]}
    />
  );
}

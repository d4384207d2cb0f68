import { Table, Tag } from 'antd';
import type { CalendarYear } from '../api';

interface CalendarYearsTableProps {
  years: readonly CalendarYear[];
  loading: boolean;
  selectedYear: number | undefined;
  onSelect: (year: number) => void;
}

export function CalendarYearsTable({
  years,
  loading,
  selectedYear,
  onSelect,
}: CalendarYearsTableProps) {
  return (
    <Table<CalendarYear>
      rowKey="year"
      size="small"
      dataSource={years}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '尚未加载任何年度' }}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: selectedYear === undefined ? [] : [selectedYear],
        onChange: ([year]) => year !== undefined && onSelect(Number(year)),
      }}
      onRow={(row) => ({ onClick: () => onSelect(row.year), style: { cursor: 'pointer' } })}
      columns={[
        { title: '年度', dataIndex: 'year', render: (year: number) => `${year} 年` },
        { title: '放假天数', dataIndex: 'holidayCount' },
        { title: '调休上班天数', dataIndex: 'makeupWorkdayCount' },
        {
          title: '来源',
          dataIndex: 'source',
          render: (source: CalendarYear['source']) =>
            source === 'admin' ? <Tag color="blue">管理员加载</Tag> : <Tag>系统内置</Tag>,
        },
      ]}
    />
  );
}

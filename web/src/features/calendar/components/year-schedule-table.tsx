import { Alert, Table, Tag } from 'antd';
import { weekdayLabel } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchYearSchedule } from '../api';

interface ScheduleRow {
  date: string;
  name: string;
  isWorkday: boolean;
}

/** One year's holidays and make-up working days, in date order. */
export function YearScheduleTable({ year }: { year: number }) {
  const schedule = useRequest(() => fetchYearSchedule(year), [year]);
  if (schedule.error) return <Alert type="error" showIcon title={schedule.error.message} />;

  const rows: ScheduleRow[] = [
    ...(schedule.data?.holidays ?? []).map((day) => ({ ...day, isWorkday: false })),
    ...(schedule.data?.makeupWorkdays ?? []).map((day) => ({ ...day, isWorkday: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Table<ScheduleRow>
      rowKey="date"
      size="small"
      dataSource={rows}
      loading={schedule.loading}
      pagination={false}
      scroll={{ x: 'max-content', y: 480 }}
      locale={{ emptyText: '该年度没有节假日安排' }}
      columns={[
        { title: '日期', dataIndex: 'date' },
        { title: '星期', key: 'weekday', render: (_, row) => weekdayLabel(row.date) },
        { title: '名称', dataIndex: 'name' },
        {
          title: '类型',
          dataIndex: 'isWorkday',
          render: (isWorkday: boolean) =>
            isWorkday ? <Tag color="orange">调休上班</Tag> : <Tag color="green">放假</Tag>,
        },
      ]}
    />
  );
}

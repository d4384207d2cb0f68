import { Descriptions, Typography } from 'antd';
import { fieldLabel } from '../labels';

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The recorded change as field / value pairs. */
export function RecordChange({ change }: { change: Record<string, unknown> }) {
  const entries = Object.entries(change);
  if (entries.length === 0) return <Typography.Text type="secondary">无字段变更</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={entries.map(([field, value]) => ({
        key: field,
        label: fieldLabel(field),
        children: <span style={{ wordBreak: 'break-all' }}>{formatValue(value)}</span>,
      }))}
    />
  );
}

import { Card, Space, Tag, Typography } from 'antd';
import { hourInBeijing } from '../../../lib/date-time';
import { roleLabels } from '../../../lib/roles';
import type { Me } from '../../../lib/session';

function partOfDay(hour: number): string {
  if (hour < 6) return '夜深了';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export function Greeting({ me }: { me: Me }) {
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {partOfDay(hourInBeijing())}，{me.displayName}
      </Typography.Title>
      <Space wrap size={[8, 8]}>
        <Typography.Text type="secondary">{me.agencyName}</Typography.Text>
        {me.roles.map((role) => (
          <Tag key={role} color="blue">
            {roleLabels[role]}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}

import { CheckCircleTwoTone, ClockCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Card, Empty, List, Tag, Typography } from 'antd';
import type { NextAction } from '../api';

function ActionIcon({ action }: { action: NextAction }) {
  if (action.available) return <CheckCircleTwoTone twoToneColor="#52c41a" />;
  return action.blocker === 'waiting' ? <ClockCircleOutlined /> : <StopOutlined />;
}

function ActionItem({ action }: { action: NextAction }) {
  return (
    <List.Item aria-label={action.label} data-available={action.available}>
      <List.Item.Meta
        avatar={<ActionIcon action={action} />}
        title={
          <span>
            {action.label}
            {action.expected && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                下一步
              </Tag>
            )}
            {action.available && <Tag color="success">您可以办理</Tag>}
          </span>
        }
        description={action.reason}
      />
    </List.Item>
  );
}

/**
 * What the case's stage allows, and for each whether the signed-in user may take it now —
 * and if not, why (角色, 查处分离, 等待法定期间). The steps themselves are in the panels below.
 */
export function NextActionsCard({ actions }: { actions: readonly NextAction[] }) {
  return (
    <Card title="下一步">
      {actions.length === 0 ? (
        <Empty description="案件已归档，没有可以办理的步骤" />
      ) : (
        <List<NextAction>
          size="small"
          dataSource={[...actions]}
          rowKey="action"
          renderItem={(action) => <ActionItem action={action} />}
        />
      )}
      <Typography.Paragraph
        type="secondary"
        style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}
      >
        查处分离：本案执法人员不能审批、审核或决定本案。
      </Typography.Paragraph>
    </Card>
  );
}

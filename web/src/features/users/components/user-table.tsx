import { Button, Space, Table, Tag } from 'antd';
import { roleLabels } from '../../../lib/roles';
import type { User } from '../api';

export type UserAction = 'edit' | 'lock' | 'unlock' | 'resetPassword';

interface UserTableProps {
  users: readonly User[];
  loading: boolean;
  onAction: (user: User, action: UserAction) => void;
}

function UserStatus({ user }: { user: User }) {
  return (
    <Space size={4} wrap>
      {user.locked ? <Tag color="red">已锁定</Tag> : <Tag color="green">正常</Tag>}
      {user.mustChangePassword && <Tag color="gold">待修改密码</Tag>}
    </Space>
  );
}

export function UserTable({ users, loading, onAction }: UserTableProps) {
  return (
    <Table<User>
      rowKey="id"
      dataSource={users}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, showTotal: (total) => `共 ${total} 个用户` }}
      locale={{ emptyText: '暂无用户' }}
      columns={[
        { title: '用户名', dataIndex: 'username' },
        { title: '姓名', dataIndex: 'displayName' },
        { title: '所属机构', dataIndex: 'agencyName' },
        {
          title: '角色',
          dataIndex: 'roles',
          render: (_, user) => user.roles.map((role) => <Tag key={role}>{roleLabels[role]}</Tag>),
        },
        { title: '状态', key: 'status', render: (_, user) => <UserStatus user={user} /> },
        {
          title: '操作',
          key: 'actions',
          render: (_, user) => (
            <Space size={0} wrap>
              <Button type="link" size="small" onClick={() => onAction(user, 'edit')}>
                编辑
              </Button>
              <Button
                type="link"
                size="small"
                onClick={() => onAction(user, user.locked ? 'unlock' : 'lock')}
              >
                {user.locked ? '解锁' : '锁定'}
              </Button>
              <Button type="link" size="small" onClick={() => onAction(user, 'resetPassword')}>
                重置密码
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

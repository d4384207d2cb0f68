import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { useSignOut } from '../../features/auth/use-sign-out';
import { useMe } from '../../lib/session';

export function UserMenu({ compact }: { compact: boolean }) {
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();

  const items: MenuProps['items'] = [
    { key: 'agency', label: me.agencyName, disabled: true },
    { type: 'divider' },
    { key: 'change-password', icon: <KeyOutlined />, label: '修改密码' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
  ];

  function choose(key: string) {
    if (key === 'change-password') navigate('/change-password');
    if (key === 'logout') void signOut();
  }

  return (
    <Dropdown menu={{ items, onClick: ({ key }) => choose(key) }} trigger={['click']}>
      <Button type="text" icon={<UserOutlined />} aria-label={`当前用户：${me.displayName}`}>
        {!compact && me.displayName}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}

import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { navItems, type NavItem } from '../navigation';

/** The menu key of the page shown: the longest item path the address starts with. */
function selectedKey(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** The pages this user's roles open, plus 我的执法证 for an officer's own account. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();

  const visible = navItems.filter((item) => hasAnyRole(me.roles, item.roles));
  if (me.officerId) {
    visible.push({
      path: `/officers/${me.officerId}`,
      label: '我的执法证',
      icon: <SafetyCertificateOutlined />,
    });
  }
  const menuItems: MenuProps['items'] = visible.map((item) => ({
    key: item.path,
    icon: item.icon,
    label: item.label,
  }));
  const current = selectedKey(location.pathname, visible);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={menuItems}
      selectedKeys={current ? [current] : []}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}

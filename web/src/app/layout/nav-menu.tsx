import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { hasAnyRole, type Role } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { navItems, type NavItem } from '../navigation';

/** The menu key of the page shown: the longest item path the address starts with. */
function selectedKey(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** The items these roles may open; a group without a page left is dropped. */
function visibleItems(items: readonly NavItem[], roles: readonly Role[]): NavItem[] {
  return items.flatMap((item) => {
    if (!hasAnyRole(roles, item.roles)) return [];
    if (!item.children) return [item];
    const children = visibleItems(item.children, roles);
    return children.length > 0 ? [{ ...item, children }] : [];
  });
}

function toMenuItems(items: readonly NavItem[]): MenuProps['items'] {
  return items.map((item) =>
    item.children
      ? { key: item.path, icon: item.icon, label: item.label, children: toMenuItems(item.children) }
      : { key: item.path, icon: item.icon, label: item.label },
  );
}

/** The pages this user's roles open, plus 我的执法证 for an officer's own account. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();

  const visible = visibleItems(navItems, me.roles);
  if (me.officerId) {
    visible.push({
      path: `/officers/${me.officerId}`,
      label: '我的执法证',
      icon: <SafetyCertificateOutlined />,
    });
  }
  const pages = visible.flatMap((item) => item.children ?? [item]);
  const groups = visible.filter((item) => item.children).map((item) => item.path);
  const current = selectedKey(location.pathname, pages);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={toMenuItems(visible)}
      selectedKeys={current ? [current] : []}
      defaultOpenKeys={groups}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}

import { Flex, Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { hasAnyRole, type Role } from '../lib/roles';
import { useMe, useSession } from '../lib/session';

export function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Pages behind this need a session, and a new password first when one is required. */
export function RequireSession() {
  const { me } = useSession();
  const location = useLocation();

  if (me === undefined) return <FullPageSpin />;
  if (me === null) return <Navigate to="/login" replace state={{ from: location }} />;
  if (me.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return <Outlet />;
}

export function NoAccess() {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的角色不能使用此功能，如需开通请联系系统管理员。"
    />
  );
}

/** Show the pages below only to these roles; the server enforces the same rule on its side. */
export function RequireRoles({ roles }: { roles: readonly Role[] }) {
  const me = useMe();
  return hasAnyRole(me.roles, roles) ? <Outlet /> : <NoAccess />;
}

import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { AuthCard } from '../../features/auth/components/auth-card';
import { LoginForm } from '../../features/auth/components/login-form';
import { useSession } from '../../lib/session';

/** Back to the page that sent the user here, or home. */
function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  return from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';
}

export function LoginRoute() {
  const { me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);

  if (me) return <Navigate to={target} replace />;
  return (
    <AuthCard title="用户登录">
      <LoginForm onSignedIn={() => navigate(target, { replace: true })} />
    </AuthCard>
  );
}

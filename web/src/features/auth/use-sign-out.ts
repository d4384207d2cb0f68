import { useNavigate } from 'react-router';
import { useSession } from '../../lib/session';
import { logout } from './api';

/** End the session on the server (best effort) and here, then show the sign-in page. */
export function useSignOut(): () => Promise<void> {
  const { endSession } = useSession();
  const navigate = useNavigate();
  return async () => {
    await logout().catch(() => undefined);
    endSession();
    navigate('/login', { replace: true });
  };
}

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { apiClient, handleSessionInterrupts, setCsrfToken } from './api-client';
import type { Role } from './roles';

/** The signed-in user, as /api/auth/login and /api/auth/me return it. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  agencyName: string;
  roles: Role[];
  mustChangePassword: boolean;
  officerId: string | null;
}

export interface SessionAnswer {
  user: Me;
  csrfToken: string;
}

interface SessionValue {
  /** `null` when nobody is signed in; `undefined` while the first check runs. */
  me: Me | null | undefined;
  startSession: (answer: SessionAnswer) => void;
  endSession: () => void;
  /** Ask the server again who is signed in (after a password change, for instance). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

async function fetchSession(): Promise<SessionAnswer | null> {
  try {
    return await apiClient.get<SessionAnswer>('/api/auth/me');
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>();

  const startSession = useCallback((answer: SessionAnswer) => {
    setCsrfToken(answer.csrfToken);
    setMe(answer.user);
  }, []);

  const endSession = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
  }, []);

  const refresh = useCallback(async () => {
    const answer = await fetchSession();
    if (answer) startSession(answer);
    else endSession();
  }, [startSession, endSession]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      handleSessionInterrupts({
        onNotAuthenticated: endSession,
        onPasswordChangeRequired: () =>
          setMe((current) => current && { ...current, mustChangePassword: true }),
      }),
    [endSession],
  );

  const value = useMemo(
    () => ({ me, startSession, endSession, refresh }),
    [me, startSession, endSession, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user, for pages that are only reachable once signed in. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe must be used on a page behind the sign-in guard');
  return me;
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../server/modules/staff/staff.schema';
import type { Role } from '../../lib/contracts/roles';
import { api, onSessionLost, setCsrfToken } from './api';

export type SessionUser = NonNullable<SessionInfo['user']>;

type SessionContextValue = {
  user: SessionUser | null;
  loading: boolean;
  /** Set when a signed-in request was refused with 401; the sign-in page explains it. */
  expired: boolean;
  /** Set by an explicit sign-out: the next person to sign in starts on the dashboard, not on our last page. */
  signedOut: boolean;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
};

const SessionContext = createContext<SessionContextValue | null>(null);
export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionInfo> {
  const session = await api<SessionInfo>('/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const query = useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });

  // Forget everything a signed-in user loaded, so the next user never sees it.
  const forgetData = useCallback(() => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  }, [queryClient]);

  useEffect(
    () =>
      onSessionLost(() => {
        setExpired(true);
        forgetData();
        void queryClient.invalidateQueries({ queryKey: sessionKey });
      }),
    [queryClient, forgetData],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api<SessionInfo>('/auth/login', { method: 'POST', body: { email, password } });
      setCsrfToken(session.csrfToken);
      forgetData();
      setExpired(false);
      setSignedOut(false);
      queryClient.setQueryData(sessionKey, session);
      return session.user!;
    },
    [queryClient, forgetData],
  );

  const signOut = useCallback(async () => {
    setSignedOut(true);
    try {
      await api('/auth/logout', { method: 'POST' });
    } finally {
      forgetData();
      setExpired(false);
      // The anonymous CSRF token for the next sign-in comes with the fresh session state.
      await queryClient.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 0 });
    }
  }, [queryClient, forgetData]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await api('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
      const me = await api<SessionInfo>('/auth/me');
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(sessionKey, me);
    },
    [queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      user: query.data?.user ?? null,
      loading: query.isPending,
      expired,
      signedOut,
      signIn,
      signOut,
      changePassword,
    }),
    [query.data, query.isPending, expired, signedOut, signIn, signOut, changePassword],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}

/** Mirrors the server's permission matrix for what the console shows; the API still decides. */
export const adminRoles: readonly Role[] = ['admin'];
export function isAdmin(user: SessionUser | null): boolean {
  return Boolean(user && adminRoles.includes(user.role));
}

export function isDemoAccount(email: string): boolean {
  return email.toLowerCase().endsWith('@demo.otandas.kz');
}

import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { api, call } from '../api/client';
import { ME_QUERY_KEY } from '../api/query-client';
import type { Account, Me, Role, User } from '../api/types';
import { applyLanguage } from '../i18n/i18n';
import { can, type Permission } from './permissions';

export interface Session {
  user: User;
  account: Account;
  role: Role;
}

/** GET /api/v1/me: the signed-in user, or a 401 ApiError when nobody is. */
export function useMe(): UseQueryResult<Me, ApiError> {
  return useQuery<Me, ApiError>({ queryKey: ME_QUERY_KEY, queryFn: () => call(api.GET('/api/v1/me')), retry: false });
}

const SessionContext = createContext<Session | null>(null);

/** Makes the session available below it and puts the console in the user's language. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const language = session.user.language;
  useEffect(() => {
    void applyLanguage(language);
  }, [language]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in user, their account and role; only inside the signed-in part of the console. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is used outside the signed-in part of the console');
  return session;
}

export function useRole(): Role {
  return useSession().role;
}

/** Whether the signed-in user's role allows `permission` (auth/permissions.ts). */
export function useCan(permission: Permission): boolean {
  return can(useRole(), permission);
}

/** Stores a changed profile (PATCH /api/v1/me answers with the user) in the session. */
export function useUpdateSessionUser(): (user: User) => void {
  const queryClient = useQueryClient();
  return (user) => queryClient.setQueryData<Me>(ME_QUERY_KEY, (me) => (me ? { ...me, user } : me));
}

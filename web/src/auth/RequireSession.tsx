import { Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { SessionProvider, useMe } from './session';

/** The sign-in page's address, remembering where to come back to. */
export function signInPath(next: string): string {
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}

/**
 * Guards the signed-in part of the console: waits for GET /api/v1/me, sends
 * anyone without a session (now or when it ends later) to the sign-in page.
 */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const signIn = <Navigate to={signInPath(location.pathname + location.search)} replace />;

  if (me.error?.isUnauthorized) return signIn;
  if (me.isPending) return <Loading fullPage />;
  if (me.error) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} maw={480} />
      </Center>
    );
  }
  // An API key has no user and cannot use the console.
  if (!me.data.user) return signIn;
  return (
    <SessionProvider session={{ user: me.data.user, account: me.data.account, role: me.data.role }}>
      <Outlet />
    </SessionProvider>
  );
}

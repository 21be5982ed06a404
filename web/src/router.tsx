import { Navigate, type RouteObject } from 'react-router';
import { RequireSession } from './auth/RequireSession';
import { automationsRoutes } from './routes/automations/routes';
import { contactsRoutes } from './routes/contacts/routes';
import { inboxRoutes } from './routes/inbox/routes';
import { NotFoundPage } from './routes/not-found/NotFoundPage';
import { settingsRoutes } from './routes/settings/routes';
import { SignInPage } from './routes/sign-in/SignInPage';
import { ticketsRoutes } from './routes/tickets/routes';
import { AppLayout } from './shell/AppLayout';
import { RouteError } from './shell/RouteError';

/**
 * The console's routes. Each section owns its subtree in
 * src/routes/<section>/routes.tsx; this file only places them.
 */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="/inbox" replace /> },
              inboxRoutes,
              contactsRoutes,
              ticketsRoutes,
              automationsRoutes,
              settingsRoutes,
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

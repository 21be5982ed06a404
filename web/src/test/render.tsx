import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Providers } from '../App';
import { i18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

/** A query cache for one test: no retries, so failures show at once. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
}

export interface RenderOptions {
  /** The address the router starts at. */
  route?: string;
  /** Extra routes beside the component's own (e.g. the page a redirect goes to). */
  routes?: RouteObject[];
  language?: Language;
  queryClient?: QueryClient;
}

/**
 * Renders a component inside everything the console provides (Mantine,
 * i18next, TanStack Query, a memory router at `route`).
 */
export async function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  await i18n.changeLanguage(options.language ?? 'en');
  const queryClient = options.queryClient ?? testQueryClient();
  const router = createMemoryRouter([{ path: '*', element: ui }, ...(options.routes ?? [])], { initialEntries: [options.route ?? '/'] });
  const result = render(
    <Providers queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, queryClient };
}

/** Renders a route table (e.g. the console's own) at `route`. */
export async function renderRoutes(routes: RouteObject[], options: Omit<RenderOptions, 'routes'> = {}) {
  await i18n.changeLanguage(options.language ?? 'en');
  const queryClient = options.queryClient ?? testQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [options.route ?? '/'] });
  const result = render(
    <Providers queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, queryClient };
}

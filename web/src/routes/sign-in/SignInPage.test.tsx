import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorBody, fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { safeNext, SignInPage } from './SignInPage';

describe('the sign-in page', () => {
  it("shows the server's answer when sign-in fails", async () => {
    fakeApi({ 'POST /api/v1/auth/login': { status: 401, body: errorBody('invalid_credentials', 'Wrong e-mail or password') } });
    await renderWithProviders(<SignInPage />, { route: '/sign-in' });
    await userEvent.type(screen.getByLabelText(/E-mail/), 'anna@example.it');
    await userEvent.type(screen.getByLabelText(/Password/), 'not-her-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveProperty('textContent', expect.stringContaining('Wrong e-mail or password'));
    expect(alert.textContent).toContain('Sign-in failed');
  });

  it('signs in and goes where the user was headed', async () => {
    const server = fakeApi({ 'POST /api/v1/auth/login': { body: {} } });
    const { router } = await renderWithProviders(<SignInPage />, {
      route: '/sign-in?next=%2Ftickets%3Fstatus%3DOpen',
      routes: [{ path: '/tickets', element: <p>tickets page</p> }],
    });
    await userEvent.type(screen.getByLabelText(/E-mail/), ' anna@example.it ');
    await userEvent.type(screen.getByLabelText(/Password/), 'her-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('tickets page')).toBeDefined();
    expect(router.state.location.pathname + router.state.location.search).toBe('/tickets?status=Open');
    expect(server.calls[0]?.body).toEqual({ email: 'anna@example.it', password: 'her-password' });
  });

  it('follows only addresses inside the console', () => {
    expect(safeNext('/contacts/42')).toBe('/contacts/42');
    expect(safeNext(null)).toBe('/inbox');
    expect(safeNext('https://elsewhere.example')).toBe('/inbox');
    expect(safeNext('//elsewhere.example')).toBe('/inbox');
  });

  it('speaks the language chosen on it', async () => {
    fakeApi({});
    await renderWithProviders(<SignInPage />, { route: '/sign-in' });
    await userEvent.click(screen.getByText('IT'));
    expect(await screen.findByRole('heading', { name: 'Accedi a Sportello' })).toBeDefined();
    expect(document.documentElement.lang).toBe('it');
  });
});

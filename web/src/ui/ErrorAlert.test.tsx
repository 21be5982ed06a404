import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { ErrorAlert } from './ErrorAlert';

describe('ErrorAlert', () => {
  it("shows the server's message under a title in the user's language, and the fields it named", async () => {
    const error = new ApiError(422, 'validation_failed', 'Invalid body: phone', [{ field: 'phone', message: 'Not a phone number' }]);
    await renderWithProviders(<ErrorAlert error={error} />, { language: 'it' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Alcuni campi non sono validi');
    expect(alert.textContent).toContain('Invalid body: phone');
    expect(alert.textContent).toContain('phone: Not a phone number');
  });

  it('shows any other error with a generic title', async () => {
    await renderWithProviders(<ErrorAlert error={new ApiError(418, 'teapot', 'I am a teapot')} />);
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.getByRole('alert').textContent).toContain('I am a teapot');
  });
});

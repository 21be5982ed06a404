import { fireEvent, screen, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBody, fakeApi, type FakeRequest } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderSettingsPage } from '../test-helpers';
import type { Schedule } from './schedule-form';
import { WorkingHoursPage } from './WorkingHoursPage';

const saved: Schedule = {
  timezone: 'Europe/Rome',
  workingHours: { '1': [{ from: '09:00', to: '18:00' }], '2': [{ from: '09:00', to: '18:00' }], '3': [], '4': [], '5': [], '6': [], '7': [] },
  holidays: [],
};

const puts = (calls: FakeRequest[]) => calls.filter((c) => c.method === 'PUT');

// A form of seven days renders slowly in jsdom on a busy two-core machine: a wider limit than 5 s.
describe('the working-hours page', { timeout: 20_000 }, () => {
  afterEach(() => notifications.clean());

  it('edits days and intervals and saves all seven days in the API shape', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/settings/working-hours': { body: saved },
      'PUT /api/v1/settings/working-hours': ({ body }) => ({ body }),
    });
    await renderSettingsPage(<WorkingHoursPage />);
    const monday = await screen.findByRole('group', { name: 'Monday' });
    expect(within(monday).getByRole('textbox', { name: 'Monday: interval 1 opens at' })).toHaveProperty('value', '09:00');

    // Monday gets a lunch break, Tuesday closes, Saturday opens.
    fireEvent.change(within(monday).getByRole('textbox', { name: 'Monday: interval 1 closes at' }), { target: { value: '13:00' } });
    fireEvent.click(within(monday).getByRole('button', { name: 'Add an interval to Monday' }));
    fireEvent.click(screen.getByLabelText('Tuesday', { selector: 'input' }));
    fireEvent.click(screen.getByLabelText('Saturday', { selector: 'input' }));
    fireEvent.click(screen.getByText('Save working hours'));

    await screen.findByText('Working hours saved');
    expect(puts(server.calls).map((c) => c.body)).toEqual([
      {
        timezone: 'Europe/Rome',
        workingHours: {
          '1': [
            { from: '09:00', to: '13:00' },
            { from: '14:00', to: '18:00' },
          ],
          '2': [],
          '3': [],
          '4': [],
          '5': [],
          '6': [{ from: '09:00', to: '18:00' }],
          '7': [],
        },
        holidays: [],
      },
    ]);
  });

  it('adds a yearly holiday with a name', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/settings/working-hours': { body: saved },
      'PUT /api/v1/settings/working-hours': ({ body }) => ({ body }),
    });
    await renderSettingsPage(<WorkingHoursPage />);
    fireEvent.click(await screen.findByText('Add holiday'));
    fireEvent.change(screen.getByLabelText('Date of holiday 1'), { target: { value: '2026-12-25' } });
    fireEvent.change(screen.getByLabelText('Name of holiday 1'), { target: { value: 'Christmas' } });
    fireEvent.click(screen.getByLabelText('Every year'));
    fireEvent.click(screen.getByText('Save working hours'));

    await screen.findByText('Working hours saved');
    expect(puts(server.calls).map((c) => (c.body as Schedule).holidays)).toEqual([[{ date: '2026-12-25', name: 'Christmas', yearly: true }]]);
  });

  it('shows an overlap next to its interval and does not save', async () => {
    const server = fakeApi({ 'GET /api/v1/me': { body: meFixture() }, 'GET /api/v1/settings/working-hours': { body: saved } });
    await renderSettingsPage(<WorkingHoursPage />);
    const monday = await screen.findByRole('group', { name: 'Monday' });
    fireEvent.click(within(monday).getByRole('button', { name: 'Add an interval to Monday' }));
    const opensAt = within(monday).getByRole('textbox', { name: 'Monday: interval 2 opens at' });
    fireEvent.change(opensAt, { target: { value: '17:00' } });

    fireEvent.click(screen.getByText('Save working hours'));
    expect(await screen.findByText('Overlaps 09:00–18:00')).toBeDefined();
    expect(screen.getByText('Correct the fields marked in red, then save.')).toBeDefined();
    expect(puts(server.calls)).toEqual([]);
  });

  it("shows the server's refusal with the field it names", async () => {
    fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/settings/working-hours': { body: saved },
      'PUT /api/v1/settings/working-hours': {
        status: 422,
        body: errorBody('validation_failed', 'Invalid body: timezone', [{ field: 'timezone', message: 'Not an IANA time zone (e.g. "Europe/Rome")' }]),
      },
    });
    await renderSettingsPage(<WorkingHoursPage />);
    fireEvent.click(await screen.findByText('Save working hours'));
    expect((await screen.findByRole('alert')).textContent).toContain('Invalid body: timezone');
    expect(screen.getAllByText('Not an IANA time zone (e.g. "Europe/Rome")').length).toBeGreaterThan(0);
  });

  it('says when the schedule cannot be loaded, with a way to try again', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture() }, 'GET /api/v1/settings/working-hours': { status: 500, body: errorBody('internal_error', 'Database unreachable') } });
    await renderSettingsPage(<WorkingHoursPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('Database unreachable');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined();
  });
});

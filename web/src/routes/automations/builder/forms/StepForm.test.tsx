import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import type { BuilderOptions } from '../../api';
import type { Step, Trigger } from '../../model/types';
import { StepForm } from './StepForm';

const options: BuilderOptions = {
  users: [{ value: '0190e3b4-0000-7000-8000-000000000001', label: 'Anna Rossi' }],
  tags: ['vip'],
  lists: ['Newsletter'],
  fields: [{ value: 'birthday', label: 'Birthday', type: 'date' }],
  statuses: ['Open', 'In progress', 'Waiting', 'Resolved', 'Closed'],
  categories: ['Billing'],
  automations: [],
};

/** The form with its own state, as the builder holds it; `changes` records every step it produced. */
async function renderForm(initial: Step, trigger: Trigger, problems: string[] = []) {
  const changes: Step[] = [];
  function Harness() {
    const [step, setStep] = useState(initial);
    return (
      <StepForm
        stepId="step"
        step={step}
        trigger={trigger}
        problems={problems}
        options={options}
        onChange={(next) => {
          changes.push(next);
          setStep(next);
        }}
        onDelete={() => {}}
      />
    );
  }
  await renderWithProviders(<Harness />);
  return { changes };
}

async function statusOptions() {
  await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
  const listbox = await screen.findByRole('listbox');
  return within(listbox).getAllByRole('option').map((o) => ({ name: o.textContent, disabled: o.hasAttribute('data-combobox-disabled') }));
}

describe('the update-ticket form', () => {
  it('greys out the statuses that would fire its own "ticket status changed" trigger again', async () => {
    await renderForm({ type: 'update_ticket', reference: '%%TICKET_REFERENCE%%' }, { type: 'ticket_status_changed', to: ['Resolved', 'closed'] });
    await screen.findByText('Greyed-out statuses would start this automation again.');
    expect(await statusOptions()).toEqual([
      { name: 'Open', disabled: false },
      { name: 'In progress', disabled: false },
      { name: 'Waiting', disabled: false },
      { name: 'Resolved', disabled: true },
      { name: 'Closed', disabled: true },
    ]);
  });

  it('offers every status under another trigger, and writes the chosen one into the step', async () => {
    const { changes } = await renderForm({ type: 'update_ticket', reference: '%%TICKET_REFERENCE%%' }, { type: 'ticket_created' });
    expect(screen.queryByText('Greyed-out statuses would start this automation again.')).toBeNull();
    expect((await statusOptions()).every((o) => !o.disabled)).toBe(true);
    await userEvent.click(screen.getByRole('option', { name: 'Resolved' }));
    expect(changes.at(-1)).toEqual({ type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', status: 'Resolved' });
  });
});

describe('step forms', () => {
  it('write a customer response timeout as an ISO duration', async () => {
    const { changes } = await renderForm({ type: 'customer_response', timeout: 'PT1H', next: 'a' }, { type: 'api' });
    const amount = screen.getByRole('textbox', { name: 'Wait for the answer up to' });
    expect(amount).toHaveProperty('value', '1');
    await userEvent.click(screen.getByRole('combobox', { name: 'Unit of Wait for the answer up to' }));
    await userEvent.click(await screen.findByRole('option', { name: 'seconds' }));
    await userEvent.clear(amount);
    await userEvent.type(amount, '30');
    expect(changes.at(-1)).toEqual({ type: 'customer_response', timeout: 'PT30S', next: 'a' });
  });

  it('turn a text message into reply buttons, keeping its text and its exits', async () => {
    const { changes } = await renderForm({ type: 'send_message', message: { type: 'text', text: 'Which one?' }, next: 'b' }, { type: 'api' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Message type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Reply buttons' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Button 1' }), 'Yes');
    expect(changes.at(-1)).toEqual({ type: 'send_message', next: 'b', message: { type: 'buttons', text: 'Which one?', buttons: [{ title: 'Yes' }] } });
    // With buttons, the form offers how long to wait for the choice.
    expect(screen.getByRole('textbox', { name: 'Wait for the choice' })).toBeDefined();
  });

  it('show the problems the server named for the step', async () => {
    await renderForm({ type: 'add_tag', tag: '' }, { type: 'api' }, ['Step "step" (tag): Too small: expected string to have >=1 characters']);
    expect(screen.getByText('Sportello could not save this')).toBeDefined();
    expect(screen.getByText(/Too small/)).toBeDefined();
  });
});

import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { LiveEventsProvider, useLiveEvent, useLiveStatus } from './live-events';
import type { LiveEvent } from './live-invalidation';

/** Stands in for the browser's EventSource: the test plays the server. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static latest: FakeEventSource | null = null;
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.latest = this;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  emit(event: LiveEvent) {
    this.dispatchEvent(new MessageEvent(event.type, { data: JSON.stringify(event) }));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

let fetches = 0;

function TicketCount() {
  const tickets = useQuery({ queryKey: ['tickets', { status: 'Open' }], queryFn: async () => ++fetches });
  const [seen, setSeen] = useState<string[]>([]);
  useLiveEvent((event) => setSeen((list) => [...list, event.type]));
  return <p>{`status ${useLiveStatus()}; fetched ${tickets.data ?? 0}; seen ${seen.join(',') || 'nothing'}`}</p>;
}

describe('the live stream', () => {
  beforeEach(() => {
    fetches = 0;
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => (FakeEventSource.latest = null));

  it('refreshes the queries an event concerns and tells the listening components', async () => {
    await renderWithProviders(
      <LiveEventsProvider>
        <TicketCount />
      </LiveEventsProvider>,
    );
    expect(await screen.findByText('status connecting; fetched 1; seen nothing')).toBeDefined();
    const source = FakeEventSource.latest!;
    expect(source.url).toBe('/api/v1/events/stream');

    act(() => source.open());
    expect(await screen.findByText('status open; fetched 1; seen nothing')).toBeDefined();

    act(() => source.emit({ id: 'e1', type: 'ticket.status_changed', contactId: 'c1', createdAt: '2026-01-01T00:00:00Z', payload: {} }));
    expect(await screen.findByText('status open; fetched 2; seen ticket.status_changed')).toBeDefined();

    // A message does not concern ticket lists: no refetch, but listeners still hear it.
    act(() => source.emit({ id: 'e2', type: 'message.received', contactId: 'c1', createdAt: '2026-01-01T00:00:01Z', payload: {} }));
    expect(await screen.findByText('status open; fetched 2; seen ticket.status_changed,message.received')).toBeDefined();
  });
});

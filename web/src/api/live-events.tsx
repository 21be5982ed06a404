import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { parseLiveEvent, queryKeysFor, type LiveEvent } from './live-invalidation';
import { ME_QUERY_KEY } from './query-client';

const STREAM_URL = '/api/v1/events/stream';
/** After the stream was refused or closed for good, the next attempt waits this long. */
const RECONNECT_MS = 5_000;

/** The event types the server sends, named in the stream's `event:` lines (server/src/events/types.ts). */
export const LIVE_EVENT_TYPES = [
  'contact.created', 'contact.updated', 'contact.deleted', 'contact.erased', 'contact.blocked', 'contact.restored',
  'contact.tagged', 'contact.untagged', 'contact.added_to_list', 'contact.removed_from_list', 'contacts.imported',
  'message.received', 'message.sent', 'message.status', 'message.reaction', 'note.created',
  'conversation.assigned', 'conversation.unassigned', 'conversation.read', 'conversation.unread',
  'ticket.created', 'ticket.updated', 'ticket.status_changed', 'ticket.note_added', 'ticket.deleted',
  'automation.started', 'automation.finished',
  'user.created', 'user.updated', 'api_key.created', 'api_key.revoked', 'channel.created', 'channel.updated',
] as const;

export type LiveStatus = 'connecting' | 'open' | 'closed';
type Listener = (event: LiveEvent) => void;

interface LiveEventsValue {
  status: LiveStatus;
  subscribe(listener: Listener): () => void;
}

const LiveEventsContext = createContext<LiveEventsValue | null>(null);

/**
 * Holds the console's one connection to the live stream while a user is
 * signed in. Every event makes the queries it concerns stale (see
 * live-invalidation.ts), so lists and pages on screen refresh by themselves;
 * useLiveEvent() lets a page react to events itself.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const listeners = useRef(new Set<Listener>());
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let openedBefore = false;

    const deliver = (message: MessageEvent<string>) => {
      const event = parseLiveEvent(message.data);
      if (!event) return;
      for (const key of queryKeysFor(event)) void queryClient.invalidateQueries({ queryKey: key });
      for (const listener of listeners.current) listener(event);
    };

    const connect = () => {
      setStatus('connecting');
      source = new EventSource(STREAM_URL, { withCredentials: true });
      source.onopen = () => {
        setStatus('open');
        // Whatever happened while the stream was down is fetched again.
        if (openedBefore) void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
        openedBefore = true;
      };
      source.onmessage = deliver;
      for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, deliver);
      source.onerror = () => {
        // The browser reconnects by itself after a network error (resuming with Last-Event-ID);
        // a refused stream (401 after the session ended) is closed for good.
        if (source?.readyState !== EventSource.CLOSED) return setStatus('connecting');
        setStatus('closed');
        void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
        if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [queryClient]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const value = useMemo<LiveEventsValue>(() => ({ status, subscribe }), [status, subscribe]);

  return <LiveEventsContext.Provider value={value}>{children}</LiveEventsContext.Provider>;
}

/** Whether the live stream is connected (for a small indicator). */
export function useLiveStatus(): LiveStatus {
  return useContext(LiveEventsContext)?.status ?? 'closed';
}

/**
 * Calls `listener` for every live event while the component is mounted, e.g.
 * to append a message to an open chat without waiting for a refetch.
 */
export function useLiveEvent(listener: Listener): void {
  const subscribe = useContext(LiveEventsContext)?.subscribe;
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe?.((event) => latest.current(event)), [subscribe]);
}

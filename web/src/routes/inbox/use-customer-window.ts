import { useEffect, useState } from 'react';
import { customerWindow, type CustomerWindow } from './customer-window';

/** The contact's window, re-read at the moment it closes so the composer closes with it. */
export function useCustomerWindow(lastInboundAt: string | null | undefined): CustomerWindow {
  const [now, setNow] = useState(() => new Date());
  const window = customerWindow(lastInboundAt ?? null, now);
  const closesAt = window.open ? window.closesAt.getTime() : null;

  useEffect(() => {
    if (closesAt === null) return;
    // Timers take at most ~24.8 days; the window is 24 hours long.
    const timer = setTimeout(() => setNow(new Date()), Math.max(0, closesAt - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [closesAt]);

  return window;
}

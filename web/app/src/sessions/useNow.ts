import { useEffect, useState } from 'react';

/**
 * The current time in milliseconds, renewed every `intervalMs` while `active`. Running timers tick from their
 * `startedAt` on the client, so the page never asks the server again just to count seconds.
 */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) {
      return;
    }
    // Catch up at once: the value may be stale from when the timer was last inactive.
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, intervalMs);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(id);
      clearTimeout(first);
    };
  }, [active, intervalMs]);
  return now;
}

import { useRef, useState } from 'react';
import { IdempotencyKeys } from '../fractals/idempotency';
import { isRetryable, isStale, STALE_MESSAGE } from './writeErrors';

export interface Write {
  pending: boolean;
  /** The failure of the last attempt (a stale version becomes STALE_MESSAGE), or null. */
  error: unknown;
  /**
   * Runs `action` with an Idempotency-Key for `payload` (the same key when the same payload is retried after a
   * failure that may not have gone through), then `onDone`. Resolves true on success.
   */
  run: (payload: unknown, action: (idempotencyKey: string) => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/**
 * One write of the goal pages: pending and error state, and the reload after it (`onChanged` reloads the tree
 * and history; the API client sends the write's consistency token, so the reload shows it). After a 412 the
 * page reloads too, so the user sees what changed before trying again.
 */
export function useWrite(onChanged: () => void): Write {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const keys = useRef(new IdempotencyKeys());

  const run = async (payload: unknown, action: (idempotencyKey: string) => Promise<unknown>) => {
    if (pending) {
      return false;
    }
    setPending(true);
    setError(null);
    try {
      await action(keys.current.keyFor(payload));
      keys.current.settle();
      onChanged();
      return true;
    } catch (cause) {
      if (!isRetryable(cause)) {
        keys.current.settle();
      }
      if (isStale(cause)) {
        onChanged();
        setError(STALE_MESSAGE);
      } else {
        setError(cause);
      }
      return false;
    } finally {
      setPending(false);
    }
  };

  return { pending, error, run, clear: () => setError(null) };
}

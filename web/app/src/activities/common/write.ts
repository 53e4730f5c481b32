import { useCallback, useRef, useState } from 'react';
import { ApiError, IDEMPOTENCY_KEY_HEADER, type ApiClient } from '../../api/client';
import { IdempotencyKeys } from '../../fractals/idempotency';

export type WriteApi = Pick<ApiClient, 'send'>;

/** `If-Match` for an edit of the version the page shows; none when the version is unknown. */
export function ifMatch(version: number | null | undefined): Record<string, string> {
  return version === null || version === undefined ? {} : { 'If-Match': `"${version}"` };
}

/** Whether the same request may be sent again with the same Idempotency-Key (it may have gone through). */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return true;
  }
  return error.status === 0 || error.status >= 500 || [401, 408, 409, 429].includes(error.status);
}

/**
 * POSTs with an Idempotency-Key: a retry of the same request (same path and body) after a failure that may
 * have gone through reuses the key, so the server applies it once; anything else gets a fresh key.
 */
export async function postOnce<T>(api: WriteApi, keys: IdempotencyKeys, path: string, body?: unknown): Promise<T> {
  const key = keys.keyFor({ path, body });
  try {
    const { body: answer } = await api.send<T>('POST', path, body, { [IDEMPOTENCY_KEY_HEADER]: key });
    keys.settle();
    return answer;
  } catch (error) {
    if (!isRetryable(error)) {
      keys.settle();
    }
    throw error;
  }
}

export interface Write {
  /** True while a write started by `run` is on its way. */
  pending: boolean;
  /** The failure of the latest write, or undefined. */
  error: unknown;
  /**
   * Runs one write (ignored while another is pending) and resolves to true when it succeeded. The caller
   * reloads what it shows afterwards: the client's consistency token makes the reload include the write.
   */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  clearError: () => void;
  /** Idempotency keys for this component's POSTs (see postOnce). */
  keys: IdempotencyKeys;
}

export function useWrite(): Write {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const busy = useRef(false);
  const [keys] = useState(() => new IdempotencyKeys());

  const run = useCallback(async (work: () => Promise<unknown>) => {
    if (busy.current) {
      return false;
    }
    busy.current = true;
    setPending(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(undefined), []);
  return { pending, error, run, clearError, keys };
}

import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface ApiQuery<T> {
  /** The latest data for this key; kept while reloading and after a failed reload. */
  data: T | undefined;
  /** The error of the latest attempt, or undefined. */
  error: unknown;
  /** True while the current key has no answer yet, and during a reload. */
  loading: boolean;
  /** Fetches again (after a write: the client then sends the write's consistency token). */
  reload: () => void;
}

interface Answer<T> {
  key: string;
  attempt: number;
  data: T | undefined;
  error: unknown;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Loads server data for a page. `key` names what is loaded (e.g. `sessions:${fractalId}`): a new key
 * fetches again and never shows the previous key's data; `null` waits (e.g. for a route parameter).
 * The fetcher may be a new function on every render; only the key and reload() start a fetch. Answers
 * that arrive after the key changed or the component went away are dropped (the request is aborted).
 */
export function useApiQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): ApiQuery<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const fetchNow = useEffectEvent((signal: AbortSignal) => fetcher(signal));

  useEffect(() => {
    if (key === null) {
      return;
    }
    const controller = new AbortController();
    fetchNow(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) {
          setAnswer({ key, attempt, data, error: undefined });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) {
          setAnswer((previous) => ({
            key,
            attempt,
            data: previous?.key === key ? previous.data : undefined,
            error,
          }));
        }
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = answer !== null && answer.key === key ? answer : null;
  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && (current === null || current.attempt !== attempt),
    reload,
  };
}

import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { cancelReplay, getReplay, startReplay, type AdminApi, type ReplayProgress } from './adminApi';

export const POLL_INTERVAL_MS = 1000;

export interface Replay {
  progress: ReplayProgress | null;
  error: unknown;
  busy: boolean;
  /** Polling stopped after a failed poll; resume() asks again. */
  stalled: boolean;
  start: () => void;
  cancel: () => void;
  resume: () => void;
}

/**
 * The replay of one projection: looks once whether one is running (404 means none), and while one is
 * RUNNING asks for its progress every second. Each answer schedules the next poll, so polls never overlap.
 */
export function useReplay(api: AdminApi, name: string, onFinished: () => void): Replay {
  const [progress, setProgress] = useState<ReplayProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [stalled, setStalled] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    getReplay(api, name, controller.signal).then(
      (found) => setProgress(found),
      (cause: unknown) => {
        if (!controller.signal.aborted && !(cause instanceof ApiError && cause.status === 404)) {
          setError(cause);
        }
      },
    );
    return () => controller.abort();
  }, [api, name]);

  const running = progress?.status === 'RUNNING';
  useEffect(() => {
    if (!running || stalled) {
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getReplay(api, name, controller.signal).then(
        (next) => {
          setError(null);
          setProgress(next);
          if (next.status !== 'RUNNING') {
            onFinished();
          }
        },
        (cause: unknown) => {
          if (!controller.signal.aborted) {
            // Stop polling rather than hammer a failing server; Retry resumes. The replay itself may well go on.
            setError(cause);
            setStalled(true);
          }
        },
      );
    }, POLL_INTERVAL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // A new progress object (even with equal numbers) schedules the next poll.
  }, [api, name, running, stalled, progress, onFinished]);

  const run = useCallback(async (action: () => Promise<ReplayProgress>) => {
    setBusy(true);
    setError(null);
    setStalled(false);
    try {
      setProgress(await action());
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }, []);

  const start = useCallback(() => void run(() => startReplay(api, name)), [api, name, run]);
  const cancel = useCallback(() => void run(() => cancelReplay(api, name)), [api, name, run]);

  const resume = useCallback(() => {
    setError(null);
    setStalled(false);
  }, []);

  return { progress, error, busy, stalled, start, cancel, resume };
}

import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';

export interface Write {
  busy: boolean;
  /** The failure of the latest write, or undefined. */
  error: unknown;
  /** Runs `write`; on success calls `after` (typically a reload) and answers true. */
  run: (write: () => Promise<unknown>, after?: () => void) => Promise<boolean>;
  clear: () => void;
}

/**
 * One kind of write of a component: busy while it runs, its failure kept for the component to show. The page
 * reloads after a write instead of guessing its result. A 412 (someone changed the session meanwhile) or 404
 * means the page shows stale data, so `onStale` reloads it too while the message stays.
 */
export function useWrite(onStale?: () => void): Write {
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: undefined });

  const run = useCallback(
    async (write: () => Promise<unknown>, after?: () => void) => {
      setState({ busy: true, error: undefined });
      try {
        await write();
        setState({ busy: false, error: undefined });
        after?.();
        return true;
      } catch (error) {
        setState({ busy: false, error });
        if (error instanceof ApiError && (error.status === 412 || error.status === 404)) {
          onStale?.();
        }
        return false;
      }
    },
    [onStale],
  );

  const clear = useCallback(() => setState((previous) => ({ ...previous, error: undefined })), []);
  return { ...state, run, clear };
}

/** A 412's message in words a person understands; other errors as they are. */
export function staleAware(error: unknown): unknown {
  if (error instanceof ApiError && error.status === 412) {
    return new ApiError(412, {
      ...error.problem,
      title: 'This session changed meanwhile',
      detail: 'It was changed in another window or tab. The page now shows its current state: check it and try again.',
    });
  }
  return error;
}

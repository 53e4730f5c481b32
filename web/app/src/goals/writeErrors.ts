import { ApiError } from '../api/client';

/** The goal changed since the page loaded it (If-Match no longer matches). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** A stale write in the user's words; the page reloads so that the next attempt starts from the current goal. */
export const STALE_MESSAGE = new ApiError(412, {
  status: 412,
  title: 'This goal was changed meanwhile',
  detail: 'The page now shows its current state. Check it and try again.',
});

/** Whether repeating the same request could succeed, so the same Idempotency-Key is kept for it. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return true;
  }
  return error.status === 0 || error.status >= 500 || [408, 429].includes(error.status);
}

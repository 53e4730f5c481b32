import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { Problem } from '../api/types';
import { IdempotencyKeys } from '../fractals/idempotency';
import { CURRENT_TERMS_VERSION, needsTermsAcceptance } from './terms';

/**
 * - `checking`: GET /me is on its way;
 * - `required`: the caller has not accepted the current version (or the check failed: see `error`);
 * - `accepted`: nothing to ask (for the rest of this page's life; the server remembers it).
 */
export type ConsentStatus = 'checking' | 'required' | 'accepted';

/** The part of the API client the consent check uses. */
export type ConsentApi = Pick<ApiClient, 'getMe' | 'acceptTerms'>;

export interface ConsentError {
  title: string;
  detail: string | null;
  /** What Retry does: check again (GET /me failed) or send the acceptance again. */
  retry: 'check' | 'accept';
}

export interface TermsConsent {
  status: ConsentStatus;
  accepting: boolean;
  error: ConsentError | null;
  accept: () => Promise<void>;
  retry: () => void;
}

function toError(cause: unknown, retry: ConsentError['retry']): ConsentError {
  const problem: Problem =
    cause instanceof ApiError ? cause.problem : { detail: cause instanceof Error ? cause.message : undefined };
  const title = problem.title ?? 'Something went wrong';
  const detail = problem.detail && problem.detail !== title ? problem.detail : null;
  return { title, detail, retry };
}

/** Status codes after which the same acceptance is worth sending again with the same key. */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return true;
  }
  return error.status === 0 || error.status >= 500 || [401, 408, 409, 429].includes(error.status);
}

/** Loads GET /api/v1/me once and, when the current terms are not accepted yet, accepts them on request. */
export function useTermsConsent(api: ConsentApi): TermsConsent {
  const [status, setStatus] = useState<ConsentStatus>('checking');
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<ConsentError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const keys = useRef(new IdempotencyKeys());
  const busy = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    api.getMe(controller.signal).then(
      (me) => {
        if (!controller.signal.aborted) {
          setError(null);
          setStatus(needsTermsAcceptance(me) ? 'required' : 'accepted');
        }
      },
      (cause: unknown) => {
        if (!controller.signal.aborted) {
          // We cannot tell whether they accepted: ask (accepting again records nothing new).
          setError(toError(cause, 'check'));
          setStatus('required');
        }
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  const accept = useCallback(async () => {
    if (busy.current) {
      return;
    }
    busy.current = true;
    setAccepting(true);
    setError(null);
    const version = CURRENT_TERMS_VERSION;
    try {
      await api.acceptTerms(version, keys.current.keyFor({ version }));
      keys.current.settle();
      setStatus('accepted');
    } catch (cause) {
      if (!isRetryable(cause)) {
        keys.current.settle();
      }
      setError(toError(cause, 'accept'));
    } finally {
      busy.current = false;
      setAccepting(false);
    }
  }, [api]);

  const retry = useCallback(() => {
    if (error?.retry === 'check') {
      setError(null);
      // Checking again: the effect keyed on `attempt` asks GET /me.
      setStatus((previous) => (previous === 'accepted' ? previous : 'checking'));
      setAttempt((n) => n + 1);
    } else {
      void accept();
    }
  }, [error, accept]);

  return { status, accepting, error, accept, retry };
}

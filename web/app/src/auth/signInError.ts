import { ErrorResponse } from 'oidc-client-ts';

export const SIGN_IN_UNREACHABLE =
  'Signing in is not possible right now: the sign-in server cannot be reached. ' +
  'Please try again in a few minutes. If you were signed in before, nothing you saved is lost.';

/**
 * What the landing page says when signing in failed. An unreachable Keycloak (fetch fails or
 * times out before any answer) is the common case and gets a plain sentence; an error Keycloak
 * itself answered keeps its description, which names the cause.
 */
export function signInErrorMessage(cause: unknown): string {
  if (cause instanceof ErrorResponse) {
    return `Sign-in failed: ${cause.error_description ?? cause.error ?? cause.message}`;
  }
  if (isUnreachable(cause)) {
    return SIGN_IN_UNREACHABLE;
  }
  return `Sign-in failed: ${cause instanceof Error ? cause.message : String(cause)}`;
}

function isUnreachable(cause: unknown): boolean {
  if (!(cause instanceof Error)) {
    return false;
  }
  // fetch rejects with a TypeError when nothing answers; oidc-client-ts names its timeouts ErrorTimeout.
  return cause instanceof TypeError || cause.name === 'ErrorTimeout' || /network|fetch|timed out/i.test(cause.message);
}

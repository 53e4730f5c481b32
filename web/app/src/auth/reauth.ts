export const REAUTH_KEY = 'fractal-goals:reauth-at';
export const REAUTH_INTERVAL_MS = 60_000;

/**
 * Decides whether a 401 should send the user to sign in again. At most once a
 * minute: if the server keeps refusing fresh tokens (a misconfiguration), an
 * endless redirect loop through Keycloak would be worse than showing the error.
 * The storage only holds a timestamp.
 */
export function shouldReauthenticate(storage: Pick<Storage, 'getItem' | 'setItem'>, now = Date.now()): boolean {
  const last = Number(storage.getItem(REAUTH_KEY) ?? '0');
  if (Number.isFinite(last) && now - last >= 0 && now - last < REAUTH_INTERVAL_MS) {
    return false;
  }
  storage.setItem(REAUTH_KEY, String(now));
  return true;
}

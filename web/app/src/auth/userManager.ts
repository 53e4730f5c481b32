import { UserManager, type User } from 'oidc-client-ts';
import { CALLBACK_PATH, oidcSettings } from './config';

export function createUserManager(): UserManager {
  return new UserManager(
    oidcSettings({
      origin: window.location.origin,
      authority: import.meta.env.VITE_OIDC_AUTHORITY,
      stateStorage: window.sessionStorage,
    }),
  );
}

const pending = new WeakMap<UserManager, Promise<User | null>>();

/**
 * Finishes a redirect sign-in when the page is /callback, otherwise returns
 * the user already held in memory (null after a full page load).
 * Memoised per UserManager, so React StrictMode's double effects redeem the
 * authorization code only once.
 */
export function initialSignIn(userManager: UserManager): Promise<User | null> {
  let result = pending.get(userManager);
  if (!result) {
    result = loadUser(userManager);
    pending.set(userManager, result);
  }
  return result;
}

async function loadUser(userManager: UserManager): Promise<User | null> {
  if (window.location.pathname === CALLBACK_PATH) {
    let returnTo = '/';
    try {
      const user = await userManager.signinRedirectCallback();
      returnTo = returnPath(user.state);
      return user;
    } finally {
      // Drop ?code=&state= from the address bar and history.
      window.history.replaceState(null, '', returnTo);
    }
  }
  return userManager.getUser();
}

/** What signIn passes as OIDC state: the path to show after signing in. */
export function returnState(location: Pick<Location, 'pathname' | 'search'>): { returnTo: string } {
  return { returnTo: location.pathname === CALLBACK_PATH ? '/' : location.pathname + location.search };
}

/** The path to go to after the callback; only a same-origin path, never another site. */
export function returnPath(state: unknown): string {
  const returnTo = (state as { returnTo?: unknown } | null | undefined)?.returnTo;
  if (typeof returnTo !== 'string' || !returnTo.startsWith('/') || returnTo.startsWith('//') || returnTo.includes('\\')) {
    return '/';
  }
  return returnTo;
}

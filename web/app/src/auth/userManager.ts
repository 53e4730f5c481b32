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
    try {
      return await userManager.signinRedirectCallback();
    } finally {
      // Drop ?code=&state= from the address bar and history.
      window.history.replaceState(null, '', '/');
    }
  }
  return userManager.getUser();
}

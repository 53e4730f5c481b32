import {
  InMemoryWebStorage,
  WebStorageStateStore,
  type UserManagerSettings,
} from 'oidc-client-ts';

export const DEFAULT_AUTHORITY = 'http://localhost:8180/realms/fractal-goals';
export const CLIENT_ID = 'fractal-web';
export const CALLBACK_PATH = '/callback';

export interface OidcConfigInput {
  /** window.location.origin of the page. */
  origin: string;
  /** Overrides DEFAULT_AUTHORITY (from VITE_OIDC_AUTHORITY). */
  authority?: string | undefined;
  /**
   * Storage for the short-lived sign-in request state (state, nonce, PKCE
   * verifier), which must survive the redirect to Keycloak and back. It never
   * holds tokens. Defaults to in-memory (only useful in tests).
   */
  stateStorage?: Storage;
}

export function oidcSettings({ origin, authority, stateStorage }: OidcConfigInput): UserManagerSettings {
  return {
    authority: authority && authority.trim() !== '' ? authority.trim() : DEFAULT_AUTHORITY,
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile email',
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    automaticSilentRenew: true,
    // Tokens live in memory only: never in localStorage or sessionStorage.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // oidc-client-ts 3 would default this to localStorage; keep it per tab.
    stateStore: new WebStorageStateStore({ store: stateStorage ?? new InMemoryWebStorage() }),
  };
}

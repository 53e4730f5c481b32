import { InMemoryWebStorage } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { REAUTH_INTERVAL_MS, shouldReauthenticate } from './reauth';

describe('shouldReauthenticate', () => {
  it('allows one automatic sign-in per interval', () => {
    const storage = new InMemoryWebStorage();
    expect(shouldReauthenticate(storage, 1_000_000)).toBe(true);
    expect(shouldReauthenticate(storage, 1_000_000 + 5_000)).toBe(false);
    expect(shouldReauthenticate(storage, 1_000_000 + REAUTH_INTERVAL_MS)).toBe(true);
  });
});

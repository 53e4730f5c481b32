import { InMemoryWebStorage, WebStorageStateStore } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_AUTHORITY, oidcSettings } from './config';
import { displayName } from './displayName';

describe('oidcSettings', () => {
  it('uses the fractal-web client with the authorization code flow', () => {
    const settings = oidcSettings({ origin: 'https://app.example' });
    expect(settings).toMatchObject({
      authority: DEFAULT_AUTHORITY,
      client_id: 'fractal-web',
      response_type: 'code',
      scope: 'openid profile email',
      redirect_uri: 'https://app.example/callback',
      post_logout_redirect_uri: 'https://app.example/',
      automaticSilentRenew: true,
    });
    expect(DEFAULT_AUTHORITY).toBe('http://localhost:8180/realms/fractal-goals');
  });

  it('keeps the user (tokens) in memory only', async () => {
    const local = new InMemoryWebStorage();
    const session = new InMemoryWebStorage();
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', session);
    try {
      const settings = oidcSettings({ origin: 'https://app.example' });
      expect(settings.userStore).toBeInstanceOf(WebStorageStateStore);
      await settings.userStore!.set('user:fractal-web', '{"access_token":"secret"}');
      await expect(settings.userStore!.get('user:fractal-web')).resolves.toContain('secret');
      expect(local.length).toBe(0);
      expect(session.length).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('puts the redirect state in the given storage and honours an authority override', async () => {
    const storage = new InMemoryWebStorage();
    const settings = oidcSettings({ origin: 'http://localhost:8080', authority: ' https://idp/realms/x ', stateStorage: storage });
    expect(settings.authority).toBe('https://idp/realms/x');
    await settings.stateStore!.set('abc', 'state');
    expect(storage.length).toBe(1);
    expect(oidcSettings({ origin: 'o', authority: '' }).authority).toBe(DEFAULT_AUTHORITY);
  });
});

describe('displayName', () => {
  it('prefers name, then given and family name, then preferred_username', () => {
    expect(displayName({ name: 'Alice Liddell', given_name: 'A', preferred_username: 'alice' })).toBe('Alice Liddell');
    expect(displayName({ given_name: 'Alice', family_name: 'Liddell', preferred_username: 'alice' })).toBe(
      'Alice Liddell',
    );
    expect(displayName({ given_name: 'Alice', preferred_username: 'alice' })).toBe('Alice');
    expect(displayName({ name: '  ', preferred_username: 'alice' })).toBe('alice');
    expect(displayName(null)).toBe('');
  });
});

describe('return path after sign-in', () => {
  it('comes back to the page the user asked for, never to another site', async () => {
    const { returnPath, returnState } = await import('./userManager');
    expect(returnState({ pathname: '/fractals/f1/goals', search: '?g=2' })).toEqual({ returnTo: '/fractals/f1/goals?g=2' });
    expect(returnState({ pathname: '/callback', search: '?code=x' })).toEqual({ returnTo: '/' });
    expect(returnPath({ returnTo: '/account' })).toBe('/account');
    expect(returnPath({ returnTo: '//evil.example/x' })).toBe('/');
    expect(returnPath({ returnTo: 'https://evil.example' })).toBe('/');
    expect(returnPath({ returnTo: '/\\evil.example' })).toBe('/');
    expect(returnPath(undefined)).toBe('/');
  });
});

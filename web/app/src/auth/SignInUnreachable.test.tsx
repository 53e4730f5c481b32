// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { UserManager } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { AuthProvider } from './AuthProvider';
import { oidcSettings } from './config';
import { SIGN_IN_UNREACHABLE, signInErrorMessage } from './signInError';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('signing in while Keycloak is unreachable', () => {
  it('shows the landing page with a plain explanation instead of a blank page', async () => {
    // Nothing answers at the authority: every fetch fails as a browser's does.
    const requested: string[] = [];
    const fetch = vi.fn((input: RequestInfo | URL) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    vi.stubGlobal('fetch', fetch);
    const userManager = new UserManager(oidcSettings({ origin: 'http://localhost:8080', authority: 'http://localhost:1/realms/x' }));

    await act(async () => {
      root.render(
        <AuthProvider userManager={userManager}>
          <App />
        </AuthProvider>,
      );
    });
    const signIn = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Sign in');
    expect(signIn).toBeDefined();
    await act(async () => {
      signIn!.click();
    });
    // The failed discovery request settles a few ticks later.
    for (let tick = 0; tick < 100 && !container.querySelector('[role="alert"]'); tick++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }

    expect(requested[0]).toContain('/.well-known/openid-configuration');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(SIGN_IN_UNREACHABLE);
    expect(container.querySelector('h1')?.textContent).toBe('Fractal Goals');
    expect(signIn!.isConnected).toBe(true);
  });

  it('keeps what Keycloak itself answered, and other failures, as they are', () => {
    expect(signInErrorMessage(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(SIGN_IN_UNREACHABLE);
    expect(signInErrorMessage(Object.assign(new Error('Network timed out'), { name: 'ErrorTimeout' }))).toBe(SIGN_IN_UNREACHABLE);
    expect(signInErrorMessage(new Error('No matching state found in storage'))).toBe(
      'Sign-in failed: No matching state found in storage',
    );
  });
});

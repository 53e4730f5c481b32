// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { Me } from '../api/types';
import { ConsentGate } from './ConsentGate';
import { CURRENT_TERMS_VERSION, needsTermsAcceptance } from './terms';
import type { ConsentApi } from './useTermsConsent';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An in-memory account behind the consent part of the ApiClient. */
class FakeAccountApi implements ConsentApi {
  me: Me = { id: 'u1', termsAcceptedAt: null, termsVersion: null };
  failNextGet: ApiError | null = null;
  failNextAccept: ApiError | null = null;
  acceptCalls: { version: string; key: string }[] = [];

  getMe = vi.fn(async (): Promise<Me> => {
    if (this.failNextGet) {
      const error = this.failNextGet;
      this.failNextGet = null;
      throw error;
    }
    return { ...this.me };
  });

  acceptTerms = vi.fn(async (version: string, key: string) => {
    this.acceptCalls.push({ version, key });
    if (this.failNextAccept) {
      const error = this.failNextAccept;
      this.failNextAccept = null;
      throw error;
    }
    this.me = { ...this.me, termsAcceptedAt: '2026-11-25T10:00:00Z', termsVersion: version };
  });
}

let container: HTMLElement;
let root: Root;
const signOut = vi.fn();

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  signOut.mockReset();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(api: ConsentApi) {
  await act(async () => {
    root.render(
      <ConsentGate api={api} onSignOut={signOut}>
        <button type="button">Create fractal</button>
      </ConsentGate>,
    );
  });
}

const dialog = () => container.querySelector<HTMLElement>('[role="dialog"]');
const shell = () => container.querySelector<HTMLElement>('.app-shell');

function button(text: string): HTMLButtonElement {
  const found = [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text);
  if (!found) {
    throw new Error(`No button ${text} in the dialog`);
  }
  return found;
}

async function click(text: string) {
  const target = button(text);
  await act(async () => {
    target.click();
  });
}

describe('needsTermsAcceptance', () => {
  it('asks when never accepted or when an other version was accepted', () => {
    expect(needsTermsAcceptance({ termsAcceptedAt: null, termsVersion: null })).toBe(true);
    expect(needsTermsAcceptance({ termsAcceptedAt: '2025-06-01T00:00:00Z', termsVersion: '2025-06' })).toBe(true);
    expect(needsTermsAcceptance({ termsAcceptedAt: '2026-01-05T00:00:00Z', termsVersion: CURRENT_TERMS_VERSION })).toBe(
      false,
    );
  });
});

describe('ConsentGate', () => {
  it('shows a labelled modal dialog with the focus in it when the terms were never accepted', async () => {
    const api = new FakeAccountApi();
    await render(api);

    const shown = dialog();
    expect(shown).not.toBeNull();
    expect(shown?.getAttribute('aria-modal')).toBe('true');
    const title = container.querySelector(`#${CSS.escape(shown?.getAttribute('aria-labelledby') ?? '')}`);
    expect(title?.textContent).toBe('Terms of use');
    expect(container.querySelector(`#${CSS.escape(shown?.getAttribute('aria-describedby') ?? '')}`)?.textContent).toContain(
      CURRENT_TERMS_VERSION,
    );
    expect(shown?.contains(document.activeElement)).toBe(true);
    // The app behind it takes no input while the dialog is open.
    expect(shell()?.hasAttribute('inert')).toBe(true);
    expect(api.getMe).toHaveBeenCalledTimes(1);
  });

  it('shows no dialog when the current version was accepted, and the app is usable', async () => {
    const api = new FakeAccountApi();
    api.me = { id: 'u1', termsAcceptedAt: '2026-01-05T10:00:00Z', termsVersion: CURRENT_TERMS_VERSION };
    await render(api);

    expect(dialog()).toBeNull();
    expect(shell()?.hasAttribute('inert')).toBe(false);
    expect(api.acceptTerms).not.toHaveBeenCalled();
  });

  it('asks again when an older version was accepted', async () => {
    const api = new FakeAccountApi();
    api.me = { id: 'u1', termsAcceptedAt: '2025-06-01T10:00:00Z', termsVersion: '2025-06' };
    await render(api);

    expect(dialog()).not.toBeNull();
  });

  it('posts the current version with an Idempotency-Key, hides the dialog and never asks again', async () => {
    const api = new FakeAccountApi();
    await render(api);

    await click('Accept');

    expect(api.acceptCalls).toHaveLength(1);
    expect(api.acceptCalls[0]?.version).toBe('2026-01');
    expect(api.acceptCalls[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(dialog()).toBeNull();
    expect(shell()?.hasAttribute('inert')).toBe(false);

    // A later sign-in (a fresh mount) reads the acceptance from the server and does not ask.
    act(() => root.unmount());
    root = createRoot(container);
    await render(api);
    expect(dialog()).toBeNull();
    expect(api.acceptCalls).toHaveLength(1);
  });

  it('shows the problem title and detail, and Retry sends the same acceptance with the same key', async () => {
    const api = new FakeAccountApi();
    api.failNextAccept = new ApiError(503, {
      status: 503,
      title: 'Service Unavailable',
      detail: 'The command service is restarting.',
    });
    await render(api);

    await click('Accept');

    const alert = dialog()?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Service Unavailable');
    expect(alert?.textContent).toContain('The command service is restarting.');
    expect(dialog()).not.toBeNull();
    expect(shell()?.hasAttribute('inert')).toBe(true);

    await click('Retry');

    expect(api.acceptCalls).toHaveLength(2);
    expect(api.acceptCalls[1]).toEqual(api.acceptCalls[0]);
    expect(dialog()).toBeNull();
  });

  it('shows a failed check with Retry, which loads the account again', async () => {
    const api = new FakeAccountApi();
    api.me = { id: 'u1', termsAcceptedAt: '2026-01-05T10:00:00Z', termsVersion: CURRENT_TERMS_VERSION };
    api.failNextGet = new ApiError(0, { title: 'Network error', detail: 'The server could not be reached.' });
    await render(api);

    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain('The server could not be reached.');

    await click('Retry');

    expect(api.getMe).toHaveBeenCalledTimes(2);
    expect(dialog()).toBeNull();
  });

  it('keeps Tab inside the dialog and offers signing out', async () => {
    const api = new FakeAccountApi();
    await render(api);

    const accept = button('Accept');
    accept.focus();
    await act(async () => {
      accept.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    });
    expect(document.activeElement).toBe(button('Sign out'));

    await click('Sign out');
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(api.acceptTerms).not.toHaveBeenCalled();
  });
});

import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { ApiError, type ApiClient } from '../api/client';
import { SessionContext, type Session } from '../app/session';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

function unexpected(name: string) {
  return () => Promise.reject(new Error(`unexpected call to ${name}`));
}

/** An ApiClient whose every method fails unless the test gives it an implementation. */
export function fakeApi(overrides: Partial<ApiClient> = {}): ApiClient {
  return {
    getJson: vi.fn(unexpected('getJson')),
    getRaw: vi.fn(unexpected('getRaw')),
    send: vi.fn(unexpected('send')),
    upload: vi.fn(unexpected('upload')),
    lastConsistencyToken: () => null,
    listFractals: vi.fn(() => Promise.resolve({ items: [], nextCursor: null })),
    createFractal: vi.fn(unexpected('createFractal')),
    getMe: vi.fn(() => Promise.resolve({ id: 'u1', termsAcceptedAt: '2026-01-02T03:04:05Z', termsVersion: '2026-01' })),
    acceptTerms: vi.fn(unexpected('acceptTerms')),
    ...overrides,
  };
}

export function fakeSession(overrides: Partial<Session> = {}): Session {
  return { name: 'Alice Archer', username: 'alice', roles: ['user'], signOut: vi.fn(), ...overrides };
}

export function problem(status: number, title: string, detail?: string, errors?: { field: string; message: string }[]) {
  return new ApiError(status, { status, title, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) });
}

interface AppOptions {
  path?: string;
  api?: ApiClient;
  session?: Session;
}

/** Renders `ui` as the signed-in app would: router, API client and session around it. */
export function renderInApp(ui: ReactNode, { path = '/', api = fakeApi(), session = fakeSession() }: AppOptions = {}) {
  const result: RenderResult = render(
    <MemoryRouter initialEntries={[path]}>
      <ApiProvider api={api}>
        <SessionContext value={session}>{ui}</SessionContext>
      </ApiProvider>
    </MemoryRouter>,
  );
  return { ...result, api, session };
}

// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import { fakeApi, fakeSession, problem, renderInApp } from '../test/fakes';
import { AccountPage } from './AccountPage';
import { filenameFrom } from './download';

let clicked: HTMLAnchorElement[] = [];
const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:export-1');

beforeEach(() => {
  clicked = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  createObjectURL.mockClear();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function streamed(chunks: string[], headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(encoder.encode(chunk));
      }
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

describe('AccountPage', () => {
  it('shows the name from the token and when the terms were accepted', async () => {
    renderInApp(<AccountPage />);
    expect(screen.getByTestId('account-name').textContent).toBe('Alice Archer');
    await waitFor(() => expect(screen.getByTestId('terms-accepted').textContent).toContain('version 2026-01'));
  });

  it('downloads the export through fetch with the token, as the file the server names', async () => {
    const getRaw = vi.fn(() =>
      Promise.resolve(
        streamed(['{"version":1,', '"fractals":[]}'], {
          'Content-Type': 'application/json',
          'Content-Disposition': 'attachment; filename="fractal-goals-export-20260101T000000Z.json"',
        }),
      ),
    );
    renderInApp(<AccountPage />, { api: fakeApi({ getRaw }) });

    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(getRaw).toHaveBeenCalledWith('/api/v1/me/export', {});
    expect(clicked[0]?.download).toBe('fractal-goals-export-20260101T000000Z.json');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:export-1');
    const blob = createObjectURL.mock.calls[0]![0];
    expect(await blob.text()).toBe('{"version":1,"fractals":[]}');
    expect(screen.getByText(/Downloaded fractal-goals-export-20260101T000000Z\.json/)).toBeTruthy();
  });

  it('shows how much has arrived while the export streams', async () => {
    let push!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = controller;
      },
    });
    const getRaw = vi.fn(() => Promise.resolve(new Response(body, { status: 200 })));
    renderInApp(<AccountPage />, { api: fakeApi({ getRaw }) });
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    push.enqueue(new Uint8Array(2048));
    expect(await screen.findByText('Preparing your data… 2.0 kB received')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download my data' })).toHaveProperty('disabled', true);
    push.close();
    expect(await screen.findByText(/Downloaded fractal-goals-export\.json \(2\.0 kB\)/)).toBeTruthy();
  });

  it('shows the problem when the export fails', async () => {
    const getRaw = vi.fn(() => Promise.reject(problem(503, 'Service Unavailable', 'Try again in a moment.')));
    renderInApp(<AccountPage />, { api: fakeApi({ getRaw }) });
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in a moment.');
    expect(clicked).toHaveLength(0);
  });

  it('deletes the account only after the username is typed, then signs out', async () => {
    const send = vi.fn(() => Promise.resolve({ body: { erasedAt: '2026-01-01T00:00:00Z' }, consistencyToken: null }));
    const session = fakeSession();
    renderInApp(<AccountPage />, { api: fakeApi({ send: send as ApiClient['send'] }), session });
    const button = screen.getByRole('button', { name: 'Delete my account' });
    const input = screen.getByLabelText('Type alice to confirm');

    await userEvent.click(button);
    expect(send).not.toHaveBeenCalled();
    await userEvent.type(input, 'alic');
    expect(button).toHaveProperty('disabled', true);
    await userEvent.type(input, 'e');
    expect(button).toHaveProperty('disabled', false);
    await userEvent.click(button);

    await waitFor(() => expect(session.signOut).toHaveBeenCalledOnce());
    expect(send).toHaveBeenCalledWith('DELETE', '/api/v1/me', undefined, {
      'Idempotency-Key': expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
  });

  it('shows a refused deletion and stays signed in', async () => {
    const send = vi.fn(() => Promise.reject(problem(502, 'Bad Gateway', 'The identity provider did not answer.')));
    const session = fakeSession({ username: '' });
    renderInApp(<AccountPage />, { api: fakeApi({ send }), session });
    await userEvent.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The identity provider did not answer.');
    expect(session.signOut).not.toHaveBeenCalled();
  });
});

describe('filenameFrom', () => {
  it('takes a plain file name and refuses paths', () => {
    expect(filenameFrom('attachment; filename="a.zip"', 'x')).toBe('a.zip');
    expect(filenameFrom("attachment; filename*=UTF-8''b%20c.json", 'x')).toBe('b c.json');
    expect(filenameFrom('attachment; filename="../etc/passwd"', 'x')).toBe('x');
    expect(filenameFrom(null, 'x')).toBe('x');
  });
});

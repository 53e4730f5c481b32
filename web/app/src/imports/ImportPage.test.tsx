// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, UploadOptions, UploadResult } from '../api/client';
import { fakeApi, problem, renderInApp } from '../test/fakes';
import type { ImportStatus } from './api';
import { ImportPage } from './ImportPage';

function status(processed: number, state: ImportStatus['status'] = 'RUNNING', extra: Partial<ImportStatus> = {}): ImportStatus {
  return {
    id: 'imp-1',
    status: state,
    processed,
    total: 40,
    summary: { counts: {}, refused: [], warnings: [] },
    ...extra,
  };
}

const finished = status(40, 'COMPLETED', {
  summary: {
    counts: { activityInstances: 14, goals: 21, activityGroups: 2, sessionGoalLinks: 5 },
    refused: [{ entity: 'sessions', sourceId: 'a1b2', reason: 'Its template does not exist.' }],
    warnings: [{ entity: 'goals', sourceId: 'g-7', message: 'Deadline after its parent’s deadline.' }],
  },
});

interface Upload {
  path: string;
  form: FormData;
  options: UploadOptions;
  resolve: (result: UploadResult<unknown>) => void;
  reject: (error: unknown) => void;
}

/** A fake API: uploads wait for the test to answer them; each poll answers the next queued status. */
function importApi(polls: (ImportStatus | Error)[]) {
  const uploads: Upload[] = [];
  const upload = vi.fn(
    (path: string, form: FormData, options: UploadOptions = {}) =>
      new Promise<UploadResult<unknown>>((resolve, reject) => {
        uploads.push({ path, form, options, resolve, reject });
      }),
  );
  const getJson = vi.fn((path: string): Promise<unknown> => {
    if (!path.startsWith('/api/v1/imports/')) {
      return Promise.reject(new Error(`unexpected GET ${path}`));
    }
    const next = polls.shift() ?? new Error('no more polls queued');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  const api = fakeApi({ upload: upload as ApiClient['upload'], getJson: getJson as ApiClient['getJson'] });
  const pollsOf = (id = 'imp-1') => getJson.mock.calls.filter(([path]) => path === `/api/v1/imports/${id}`).length;
  return { api, uploads, upload, getJson, pollsOf };
}

async function flush(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Fractal Goals 1.2 data file');
const importButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Import' });
const liveStatus = () => screen.getByRole('status');

function choose(file = new File(['SQLite format 3\0 …'], 'fractal_goals.db', { type: 'application/octet-stream' })) {
  fireEvent.change(fileInput(), { target: { files: [file] } });
  return file;
}

/** Chooses a file, imports it and lets the server accept it with `body` (the 202's). */
async function uploadAndAccept(uploads: Upload[], body: unknown) {
  choose();
  fireEvent.click(importButton());
  await flush();
  uploads[0]!.resolve({ body, consistencyToken: null, location: '/api/v1/imports/imp-1' });
  await flush();
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ImportPage', () => {
  it('explains what it does and offers the Import button only once a file is chosen', () => {
    const { upload } = importApi([]);
    renderInApp(<ImportPage />, { path: '/import' });
    expect(screen.getByRole('heading', { name: 'Import from Fractal Goals 1.2' })).toBeTruthy();
    expect(screen.getByText(/safe to import the same file more than once/)).toBeTruthy();
    expect(fileInput().getAttribute('accept')).toBe('.sqlite,.db');

    expect(importButton().disabled).toBe(true);
    fireEvent.click(importButton());
    expect(upload).not.toHaveBeenCalled();

    choose();
    expect(importButton().disabled).toBe(false);
    expect(screen.getByTestId('chosen-file').textContent).toContain('fractal_goals.db');

    fireEvent.change(fileInput(), { target: { files: [] } });
    expect(importButton().disabled).toBe(true);
  });

  it('uploads the file in the multipart part "file" and shows the percentage sent', async () => {
    const { api, uploads } = importApi([]);
    renderInApp(<ImportPage />, { path: '/import', api });
    const file = choose();
    fireEvent.click(importButton());
    await flush();

    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.path).toBe('/api/v1/imports');
    const sent = uploads[0]!.form.get('file');
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe('fractal_goals.db');
    expect((sent as File).size).toBe(file.size);
    expect(liveStatus().textContent).toBe('Uploading your file…');
    expect(importButton().disabled).toBe(true);

    act(() => uploads[0]!.options.onProgress!(42_000_000, 100_000_000));
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(screen.getByTestId('upload-percent').textContent).toBe('42% uploaded (40.1 MB of 95.4 MB)');

    act(() => uploads[0]!.options.onProgress!(100_000_000, 100_000_000));
    expect(screen.getByTestId('upload-percent').textContent).toMatch(/server is checking the file/);
  });

  it('polls every second with a progress bar of processed of total, and stops at COMPLETED with the summary', async () => {
    const { api, uploads, pollsOf } = importApi([status(10), status(30), finished]);
    renderInApp(<ImportPage />, { path: '/import', api });
    await uploadAndAccept(uploads, status(0));

    expect(liveStatus().textContent).toBe('Importing your data…');
    const bar = () => screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
    expect(pollsOf()).toBe(0);

    await flush(1000);
    expect(pollsOf()).toBe(1);
    expect(bar().getAttribute('aria-valuenow')).toBe('10');
    expect(bar().getAttribute('aria-valuemax')).toBe('40');
    expect(bar().getAttribute('aria-valuetext')).toBe('10 of 40 rows');
    expect(screen.getByTestId('import-count').textContent).toBe('10 of 40 rows imported');
    expect(importButton().disabled).toBe(true);

    await flush(1000);
    expect(bar().getAttribute('aria-valuenow')).toBe('30');

    await flush(1000);
    expect(pollsOf()).toBe(3);
    expect(liveStatus().textContent).toBe('Import completed.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await flush(5000);
    expect(pollsOf()).toBe(3);

    const result = screen.getByTestId('import-result');
    const rows = within(within(result).getByRole('table', { name: 'Brought over' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Goals', '21'],
      ['Activity groups', '2'],
      ['Goals linked to sessions', '5'],
      ['Activities done in sessions', '14'],
    ]);
    const refused = within(result).getByRole('list', { name: 'Not brought over (1)' });
    expect(within(refused).getByRole('listitem').textContent).toBe('Sessions a1b2 Its template does not exist.');
    const warnings = within(result).getByRole('list', { name: 'Remarks (1)' });
    expect(within(warnings).getByRole('listitem').textContent).toBe('Goals g-7 Deadline after its parent’s deadline.');
    expect(within(result).getByRole('link', { name: 'Go to your fractals' }).getAttribute('href')).toBe('/');
    // Another file may be imported now.
    expect(importButton().disabled).toBe(false);
  });

  it('stops polling at FAILED and shows the reason', async () => {
    const { api, uploads, pollsOf } = importApi([
      status(12, 'FAILED', { failure: 'The file ended unexpectedly.', summary: { counts: { goals: 12 }, refused: [], warnings: [] } }),
    ]);
    renderInApp(<ImportPage />, { path: '/import', api });
    await uploadAndAccept(uploads, status(0));
    await flush(1000);

    expect(liveStatus().textContent).toBe('Import failed.');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The file ended unexpectedly.');
    expect(screen.getByRole('row', { name: 'Goals 12' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Go to your fractals' })).toBeNull();
    await flush(5000);
    expect(pollsOf()).toBe(1);
  });

  it('shows a refused file (400) with the server’s words and what to do, and does not poll', async () => {
    const { api, uploads, getJson } = importApi([]);
    renderInApp(<ImportPage />, { path: '/import', api });
    choose();
    fireEvent.click(importButton());
    await flush();
    uploads[0]!.reject(problem(400, 'Not a v1.2 file', 'The file is not a SQLite database of Fractal Goals 1.2.'));
    await flush(3000);

    expect(screen.getByRole('alert').textContent).toContain('The file is not a SQLite database of Fractal Goals 1.2.');
    expect(screen.getByText(/Choose the data file of Fractal Goals 1\.2/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(getJson).not.toHaveBeenCalled();
    expect(importButton().disabled).toBe(false);
  });

  it('says to wait when an import is already running (409)', async () => {
    const { api, uploads } = importApi([]);
    renderInApp(<ImportPage />, { path: '/import', api });
    choose();
    fireEvent.click(importButton());
    await flush();
    uploads[0]!.reject(problem(409, 'Conflict', 'An import of yours is already running.'));
    await flush();

    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.problem-title')?.textContent).toBe('Conflict');
    expect(alert.textContent).toContain('An import of yours is already running.');
    expect(screen.getByText(/Wait until it has finished, then import again/)).toBeTruthy();
  });

  it('finds the import by the id in the 202 Location when the body names none', async () => {
    const { api, uploads, pollsOf } = importApi([status(40, 'COMPLETED')]);
    renderInApp(<ImportPage />, { path: '/import', api });
    await uploadAndAccept(uploads, undefined);
    // Without a status in the answer, the first look is at once, not a second later.
    await flush(10);
    expect(pollsOf()).toBe(1);
    expect(liveStatus().textContent).toBe('Import completed.');
  });

  it('stops polling after a failed poll and resumes on Retry', async () => {
    const { api, uploads, pollsOf } = importApi([problem(503, 'Service Unavailable', 'Busy'), status(20), finished]);
    renderInApp(<ImportPage />, { path: '/import', api });
    await uploadAndAccept(uploads, status(0));
    await flush(1000);
    expect(screen.getByRole('alert').textContent).toContain('Busy');
    await flush(3000);
    expect(pollsOf()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await flush(1000);
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('20');
    expect(screen.queryByRole('alert')).toBeNull();
    await flush(1000);
    expect(screen.getByTestId('import-result')).toBeTruthy();
  });

  it('goes on showing an import named in the address (after a reload)', async () => {
    const { api, pollsOf } = importApi([status(5, 'RUNNING', { id: 'imp-9' }), { ...finished, id: 'imp-9' }]);
    renderInApp(<ImportPage />, { path: '/import?id=imp-9', api });
    expect(liveStatus().textContent).toBe('Looking up the import…');
    await flush();
    expect(pollsOf('imp-9')).toBe(1);
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('5');
    await flush(1000);
    expect(screen.getByRole('table', { name: 'Brought over' })).toBeTruthy();
  });

  it('cancels an upload on request, without starting an import', async () => {
    const { api, uploads, getJson } = importApi([]);
    renderInApp(<ImportPage />, { path: '/import', api });
    choose();
    fireEvent.click(importButton());
    await flush();
    const signal = uploads[0]!.options.signal!;
    fireEvent.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(signal.aborted).toBe(true);
    uploads[0]!.reject(new DOMException('The upload was cancelled.', 'AbortError'));
    await flush(2000);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(getJson).not.toHaveBeenCalled();
    expect(importButton().disabled).toBe(false);
  });
});

// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import { fakeApi, problem, renderInApp } from '../test/fakes';
import type { ReplayProgress } from './adminApi';
import { AdminPage } from './AdminPage';

const projections = {
  items: [
    { name: 'goal-tree', position: 1200, lag: 3, status: 'RUNNING' },
    { name: 'sessions', position: 900, lag: 0, status: 'RUNNING' },
  ],
};

function progress(processed: number, status: ReplayProgress['status'] = 'RUNNING'): ReplayProgress {
  return { name: 'goal-tree', status, processed, total: 1000, eventsPerSecond: 250, etaSeconds: (1000 - processed) / 250 };
}

/** A fake admin API: the list, no replay until POST, then the queued progress answers one per poll. */
function adminApi(polls: ReplayProgress[]) {
  let started = false;
  const getJson = vi.fn((path: string): Promise<unknown> => {
    if (path === '/api/v1/admin/projections') {
      return Promise.resolve(projections);
    }
    if (path.endsWith('/replay') && started) {
      return Promise.resolve(polls.shift() ?? progress(1000, 'COMPLETED'));
    }
    return Promise.reject(problem(404, 'Not Found', 'Replay not found'));
  });
  const send = vi.fn((method: string, path: string) => {
    if (method === 'POST' && path === '/api/v1/admin/projections/goal-tree/replay') {
      started = true;
      return Promise.resolve({ body: progress(0), consistencyToken: null });
    }
    if (method === 'DELETE') {
      return Promise.resolve({ body: progress(500, 'CANCELLED'), consistencyToken: null });
    }
    return Promise.reject(new Error(`unexpected ${method} ${path}`));
  });
  return { api: fakeApi({ getJson: getJson as ApiClient['getJson'], send: send as ApiClient['send'] }), getJson, send };
}

async function flush(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

const bar = () => screen.getByRole('progressbar');

describe('AdminPage', () => {
  it('lists the projections with position, lag and status', async () => {
    renderInApp(<AdminPage />, { api: adminApi([]).api });
    await flush();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('goal-tree') as unknown,
      expect.stringContaining('sessions') as unknown,
    ]);
    expect(rows[0]?.textContent).toContain('1,200');
  });

  it('starts a rebuild and moves the progress bar with every poll until it completes', async () => {
    const { api, getJson } = adminApi([progress(250), progress(600)]);
    renderInApp(<AdminPage />, { api });
    await flush();

    fireEvent.click(screen.getAllByRole('button', { name: 'Rebuild' })[0]!);
    await flush();
    expect(bar().getAttribute('value')).toBe('0');
    expect(bar().getAttribute('max')).toBe('1000');

    await flush(1000);
    expect(bar().getAttribute('value')).toBe('250');
    expect(screen.getByText(/250 \/ 1,000 events · 250 events\/s · ETA 3 s/)).toBeTruthy();

    await flush(1000);
    expect(bar().getAttribute('value')).toBe('600');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();

    await flush(1000);
    expect(bar().getAttribute('value')).toBe('1000');
    expect(screen.getByText(/completed: 1,000 \/ 1,000 events/)).toBeTruthy();
    const replayPolls = () => getJson.mock.calls.filter(([path]) => path.endsWith('/replay')).length;
    const pollsSoFar = replayPolls();
    await flush(3000);
    // No polling after the replay finished.
    expect(replayPolls()).toBe(pollsSoFar);
  });

  it('cancels a running rebuild with DELETE', async () => {
    const { api, send } = adminApi([progress(250), progress(400)]);
    renderInApp(<AdminPage />, { api });
    await flush();
    fireEvent.click(screen.getAllByRole('button', { name: 'Rebuild' })[0]!);
    await flush(1000);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(send).toHaveBeenCalledWith('DELETE', '/api/v1/admin/projections/goal-tree/replay');
    expect(screen.getByText(/cancelled: 500 \/ 1,000 events/)).toBeTruthy();
  });

  it('stops polling after a failed poll and resumes on Retry', async () => {
    const { api, getJson } = adminApi([progress(250)]);
    renderInApp(<AdminPage />, { api });
    await flush();
    fireEvent.click(screen.getAllByRole('button', { name: 'Rebuild' })[0]!);
    await flush();
    getJson.mockImplementationOnce(() => Promise.reject(problem(503, 'Service Unavailable', 'Busy')));
    await flush(1000);
    expect(screen.getByRole('alert').textContent).toContain('Busy');
    const calls = getJson.mock.calls.length;
    await flush(3000);
    expect(getJson.mock.calls.length).toBe(calls);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await flush(1000);
    expect(bar().getAttribute('value')).toBe('250');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the page is for admins only on 403', async () => {
    const getJson = vi.fn(() => Promise.reject(problem(403, 'Forbidden', 'Access Denied')));
    renderInApp(<AdminPage />, { api: fakeApi({ getJson }) });
    await flush();
    expect(screen.getByRole('alert').textContent).toContain('administrators only');
    expect(screen.queryByRole('table')).toBeNull();
  });
});

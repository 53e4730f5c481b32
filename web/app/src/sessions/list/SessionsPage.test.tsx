// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../api/client';
import { fakeApi, problem, renderInApp } from '../../test/fakes';
import type { SessionSummary } from '../types';
import { SessionsPage } from './SessionsPage';

function summary(id: string, overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id,
    fractalId: 'f1',
    name: `Session ${id}`,
    description: null,
    templateId: null,
    programDayId: null,
    startedAt: '2026-03-01T10:00:00Z',
    endedAt: null,
    completed: false,
    completedAt: null,
    totalDurationSeconds: null,
    totalDurationSource: null,
    plannedMinutes: null,
    goalIds: ['g1'],
    achievedTargets: [],
    sections: [{ name: 'Main', plannedMinutes: null, durationSeconds: null, instanceCount: 2 }],
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

const all = [
  summary('a', {
    name: 'Daily Practice',
    completed: true,
    totalDurationSeconds: 5400,
    totalDurationSource: 'COMPLETED',
    goalIds: ['g1', 'g2'],
    achievedTargets: [{ targetId: 't', goalId: 'g1', name: 'Scales 120×4', achievedAt: '2026-03-01T11:00:00Z' }],
  }),
  summary('b', { plannedMinutes: 40, totalDurationSeconds: 2400, totalDurationSource: 'PLANNED' }),
  summary('c', { startedAt: null }),
];

/** Pages of two, the cursor being the index of the next item; `status` filters like the server. */
function listApi(sessions = all) {
  const getJson = vi.fn((path: string) => {
    const url = new URL(path, 'http://x');
    const status = url.searchParams.get('status');
    const matching = sessions.filter((s) => status === null || (status === 'completed') === s.completed);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const end = start + 2;
    return Promise.resolve({ items: matching.slice(start, end), nextCursor: end < matching.length ? String(end) : null });
  });
  return { api: fakeApi({ getJson: getJson as ApiClient['getJson'] }), getJson };
}

function renderList(api: ApiClient, path = '/fractals/f1/sessions') {
  return renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/sessions" element={<SessionsPage />} />
    </Routes>,
    { path, api },
  );
}

const rows = () => screen.getAllByTestId('session-row');
const lastQuery = (getJson: ReturnType<typeof listApi>['getJson']) => new URL(getJson.mock.calls.at(-1)![0], 'http://x').search;

describe('SessionsPage', () => {
  it('lists sessions with start, duration, state and goal count, each linking to its detail', async () => {
    const { api } = listApi();
    renderList(api);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const first = rows()[0]!;
    const link = within(first).getByRole('link', { name: 'Daily Practice' });
    expect(link.getAttribute('href')).toBe('/fractals/f1/sessions/a');
    expect(link.className).toContain('ses-completed-name');
    expect(first.textContent).toContain('Completed');
    expect(first.textContent).toContain('1:30');
    expect(first.textContent).toContain('2 goals');
    expect(first.textContent).toContain('Targets achieved (1): Scales 120×4');
    expect(rows()[1]!.textContent).toContain('40 min planned');
    expect(rows()[1]!.textContent).toContain('1 goal');
    expect(screen.getByTestId('new-session').getAttribute('href')).toBe('/fractals/f1/sessions/new');
  });

  it('pages forward with the cursor and back again', async () => {
    const { api, getJson } = listApi();
    renderList(api);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(lastQuery(getJson)).toBe('?limit=20');
    expect(screen.getByRole('button', { name: 'Previous' }).hasAttribute('disabled')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(lastQuery(getJson)).toBe('?limit=20&cursor=2');
    expect(screen.getByText('Page 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('Page 1')).toBeTruthy();
  });

  it('filters by state, starting again at the first page', async () => {
    const { api, getJson } = listApi();
    renderList(api);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(rows()).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: 'Completed' }));
    await waitFor(() => expect(rows().map((row) => row.querySelector('a')?.textContent)).toEqual(['Daily Practice']));
    expect(lastQuery(getJson)).toBe('?limit=20&status=completed');
    expect(screen.getByRole('button', { name: 'Completed' }).getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(lastQuery(getJson)).toBe('?limit=20&status=open');
    expect(rows().some((row) => row.textContent.includes('Daily Practice'))).toBe(false);
  });

  it('takes the filter from the address', async () => {
    const { api, getJson } = listApi();
    renderList(api, '/fractals/f1/sessions?status=completed');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(lastQuery(getJson)).toBe('?limit=20&status=completed');
  });

  it('shows an empty state with a way to start a session', async () => {
    const { api } = listApi([]);
    renderList(api);
    expect(await screen.findByText('No sessions yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a session' }).getAttribute('href')).toBe('/fractals/f1/sessions/new');
    expect(screen.queryByRole('navigation', { name: 'Pages of sessions' })).toBeNull();
  });

  it('shows a failure with Retry', async () => {
    const getJson = vi.fn(() => Promise.reject(problem(503, 'Service Unavailable', 'Try again in a moment')));
    renderList(fakeApi({ getJson }));
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in a moment');
    getJson.mockImplementation(() => Promise.resolve({ items: [summary('z')], nextCursor: null }) as never);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });
});

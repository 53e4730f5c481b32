// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { problem, renderInApp } from '../test/fakes';
import { AnalyticsPage } from './AnalyticsPage';
import { routedApi } from './testing';

function trends(path: string) {
  const bucket = new URL(path, 'http://x').searchParams.get('bucket');
  return bucket === 'month'
    ? { bucket, tz: 'UTC', items: [{ period: '2026-01', start: '2026-01-01', count: 5, durationSeconds: 9000 }] }
    : {
        bucket,
        tz: 'UTC',
        items: [
          { period: '2026-W02', start: '2026-01-05', count: 3, durationSeconds: 5400 },
          { period: '2026-W03', start: '2026-01-12', count: 0, durationSeconds: 0 },
          { period: '2026-W04', start: '2026-01-19', count: 2, durationSeconds: 3600 },
        ],
      };
}

function sessionsApi(overrides: readonly (readonly [RegExp, unknown])[] = []) {
  return routedApi([
    ...overrides,
    [/sessions\/summary$/, { total: 12, completed: 9, open: 3 }],
    [/streaks$/, { current: 2, longest: 5, lastPracticeDay: '2026-03-09', today: '2026-03-10' }],
    [/sessions\/trends$/, trends],
    [
      /sessions\/durations$/,
      (path: string) => {
        const size = Number(new URL(path, 'http://x').searchParams.get('bucketMinutes'));
        return {
          bucketMinutes: size,
          buckets: [
            { fromMinutes: 0, toMinutes: size, count: 4 },
            { fromMinutes: size, toMinutes: 2 * size, count: 1 },
          ],
        };
      },
    ],
  ]);
}

function renderSessions(api: ReturnType<typeof routedApi>) {
  return renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/analytics" element={<AnalyticsPage />} />
    </Routes>,
    { path: '/fractals/f1/analytics?tab=sessions', api },
  );
}

const counters = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('dl > div')].map((entry) => [
    entry.querySelector('dt')?.textContent,
    entry.querySelector('dd')?.textContent,
  ]);

describe('AnalyticsPage: sessions', () => {
  it('opens the tab named in the URL and shows the counters and streaks', async () => {
    renderSessions(sessionsApi());
    expect(screen.getByRole('tab', { name: 'Sessions' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(counters('session-summary')).toHaveLength(3));
    expect(counters('session-summary')).toEqual([
      ['Total', '12'],
      ['Completed', '9'],
      ['In progress', '3'],
    ]);
    await waitFor(() => expect(counters('streaks')).toHaveLength(3));
    expect(counters('streaks')).toEqual([
      ['Current streak', '2 days'],
      ['Longest streak', '5 days'],
      ['Last practice', 'Yesterday'],
    ]);
    expect(screen.getByTestId('streaks').textContent).toContain('Complete a session today to keep the streak going.');
  });

  it('draws sessions and practice time per week, and per month after the toggle', async () => {
    const api = sessionsApi();
    renderSessions(api);
    const panel = screen.getByTestId('session-trends');
    await waitFor(() => expect(panel.querySelectorAll('rect.bar')).toHaveLength(6));
    const [counts] = within(panel).getAllByRole('img');
    expect([...(counts?.querySelectorAll('rect.bar title') ?? [])].map((title) => title.textContent)).toEqual([
      'Week 2 of 2026 (from Mon, Jan 5, 2026): 3 sessions',
      'Week 3 of 2026 (from Mon, Jan 12, 2026): 0 sessions',
      'Week 4 of 2026 (from Mon, Jan 19, 2026): 2 sessions',
    ]);
    expect([...(counts?.querySelectorAll('.axis-x text') ?? [])].map((text) => text.textContent)).toEqual([
      'Jan 5',
      'Jan 12',
      'Jan 19',
    ]);
    expect(within(panel).getAllByRole('row')[1]?.textContent).toBe('Week 2 of 2026 (from Mon, Jan 5, 2026)31 h 30 min');

    await userEvent.click(within(panel).getByRole('radio', { name: 'Months' }));
    await waitFor(() => expect(panel.querySelectorAll('rect.bar')).toHaveLength(2));
    expect(panel.querySelector('rect.bar title')?.textContent).toBe('January 2026: 5 sessions');
    expect(within(panel).getByRole('heading', { name: 'Practice time per month (completed sessions)' })).toBeTruthy();
    expect(api.paths().some((path) => path.includes('sessions/trends?bucket=month&tz='))).toBe(true);
  });

  it('draws the duration histogram and asks for another bucket size', async () => {
    const api = sessionsApi();
    renderSessions(api);
    const panel = screen.getByTestId('session-durations');
    await waitFor(() => expect(panel.querySelectorAll('rect.bar')).toHaveLength(2));
    expect(panel.querySelector('rect.bar title')?.textContent).toBe('0–15 min: 4 sessions');
    await userEvent.selectOptions(within(panel).getByLabelText('Bucket size'), '60');
    await waitFor(() => expect(panel.querySelector('rect.bar title')?.textContent).toBe('0–60 min: 4 sessions'));
    expect(panel.querySelectorAll('rect.bar title')[1]?.textContent).toBe('1 h–2 h: 1 session');
  });

  it('keeps a failing panel to itself, with Retry', async () => {
    let fail = true;
    const api = sessionsApi([
      [/sessions\/summary$/, () => (fail ? problem(500, 'Server error', 'The counts failed.') : { total: 1, completed: 1, open: 0 })],
    ]);
    renderSessions(api);
    const summary = screen.getByTestId('session-summary');
    expect((await within(summary).findByRole('alert')).textContent).toContain('The counts failed.');
    await waitFor(() => expect(counters('streaks')).toHaveLength(3));
    fail = false;
    await userEvent.click(within(summary).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(counters('session-summary')[0]).toEqual(['Total', '1']));
  });
});

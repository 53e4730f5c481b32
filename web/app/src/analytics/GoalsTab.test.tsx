// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../test/fakes';
import { AnalyticsPage } from './AnalyticsPage';
import { routedApi } from './testing';

const goalTime = {
  items: [
    { goalId: 'root', parentId: null, name: 'Become a pianist', level: 'ULTIMATE', directSeconds: 0, subtreeSeconds: 7200, sessionCount: 0 },
    { goalId: 'ltg', parentId: 'root', name: 'Play Chopin', level: 'LONG_TERM', directSeconds: 1800, subtreeSeconds: 7200, sessionCount: 1 },
    { goalId: 'stg', parentId: 'ltg', name: 'Scales daily', level: 'SHORT_TERM', directSeconds: 5400, subtreeSeconds: 5400, sessionCount: 3 },
  ],
};

function completions(path: string) {
  const month = new URL(path, 'http://x').searchParams.get('bucket') === 'month';
  return {
    timeline: [
      { goalId: 'stg', name: 'Scales daily', level: 'SHORT_TERM', completedAt: '2026-01-10T12:00:00Z' },
      { goalId: 'x', name: 'Arpeggios', level: 'SHORT_TERM', completedAt: '2026-02-20T12:00:00Z' },
    ],
    periods: month
      ? [
          { period: '2026-01', start: '2026-01-01', count: 1 },
          { period: '2026-02', start: '2026-02-01', count: 1 },
        ]
      : [{ period: '2026-W02', start: '2026-01-05', count: 1 }],
    levels: [
      { level: 'ULTIMATE', total: 1, completed: 0, rate: 0 },
      { level: 'SHORT_TERM', total: 3, completed: 2, rate: 0.67 },
    ],
  };
}

function renderGoals(api = routedApi([[/goals\/time$/, goalTime], [/goals\/completions$/, completions]])) {
  renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/analytics" element={<AnalyticsPage />} />
    </Routes>,
    { path: '/fractals/f1/analytics?tab=goals', api },
  );
  return api;
}

describe('AnalyticsPage: goals', () => {
  it('shows time per goal in tree order, indented, with direct and subtree time', async () => {
    renderGoals();
    const list = await screen.findByRole('list', { name: 'Time per goal, in tree order' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.className)).toEqual(['hbar-row indent-0', 'hbar-row indent-1', 'hbar-row indent-2']);
    expect(rows[1]?.querySelector('.hbar-label')?.textContent).toBe('Play Chopin · Long-term');
    expect(rows[1]?.querySelector('.hbar-value')?.textContent).toBe('30 min itself, 2 h with sub-goals, 1 session');
    // Bars are shares of the longest time (2 h): the subtree bar full, the direct one a quarter.
    expect([...(rows[1]?.querySelectorAll('rect:not(.hbar-track)') ?? [])].map((rect) => rect.getAttribute('width'))).toEqual([
      '100',
      '25',
    ]);
  });

  it('shows the completions over time, per period and the rate per level', async () => {
    const api = renderGoals();
    const panel = await screen.findByTestId('goal-completions');
    await waitFor(() => expect(panel.querySelectorAll('circle.series-dot')).toHaveLength(2));
    expect([...panel.querySelectorAll('circle title')].map((title) => title.textContent)).toEqual([
      'Jan 10, 2026: Scales daily (1 goal so far)',
      'Feb 20, 2026: Arpeggios (2 goals so far)',
    ]);
    expect(panel.querySelectorAll('rect.bar')).toHaveLength(2);
    const rates = within(screen.getByTestId('goal-level-rates')).getAllByRole('listitem');
    expect(rates.map((row) => row.textContent)).toEqual(['Ultimate0 of 1 (0 %)', 'Short-term2 of 3 (67 %)']);
    expect(rates[1]?.querySelector('rect.hbar-primary')?.getAttribute('width')).toBe('67');

    await userEvent.click(within(panel).getByRole('radio', { name: 'Weeks' }));
    await waitFor(() => expect(panel.querySelectorAll('rect.bar')).toHaveLength(1));
    expect(api.paths().some((path) => path.includes('goals/completions?bucket=week&tz='))).toBe(true);
  });

  it('explains where goal time comes from when there is none, and that no goal is completed yet', async () => {
    renderGoals(
      routedApi([
        [/goals\/time$/, { items: [{ ...goalTime.items[0], subtreeSeconds: 0 }] }],
        [/goals\/completions$/, { timeline: [], periods: [], levels: [{ level: 'ULTIMATE', total: 1, completed: 0, rate: 0 }] }],
      ]),
    );
    expect(await screen.findByText('No time recorded yet')).toBeTruthy();
    expect(await screen.findByText('No goals completed yet')).toBeTruthy();
    expect(within(screen.getByTestId('goal-level-rates')).getByRole('listitem').textContent).toBe('Ultimate0 of 1 (0 %)');
  });
});

// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { problem, renderInApp } from '../test/fakes';
import { browserTimeZone } from './api';
import { AnalyticsPage } from './AnalyticsPage';
import { routedApi } from './testing';

const BASE = '/api/v1/fractals/f1';

const scale = {
  activityId: 'scale',
  name: 'C major scale',
  instanceCount: 2,
  lastUsedAt: '2026-01-03T10:00:00Z',
  metrics: [
    { metricId: 'tempo', name: 'Tempo', unit: 'bpm' },
    { metricId: 'reps', name: 'Reps', unit: null },
  ],
};
const drone = {
  activityId: 'drone',
  name: 'Long tones',
  instanceCount: 1,
  lastUsedAt: null,
  metrics: [{ metricId: 'secs', name: 'Seconds', unit: 's' }],
};
const scaleDefinition = {
  id: 'scale',
  name: 'C major scale',
  hasSets: true,
  hasSplits: false,
  multiplicative: true,
  metrics: [
    { id: 'tempo', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
    { id: 'reps', name: 'Reps', unit: null, topSet: false, multiplicative: true },
  ],
  splits: [],
};

function series(path: string) {
  const params = new URL(path, 'http://x').searchParams;
  const top = params.get('sets') !== 'average';
  const values =
    params.get('metric') === 'product' ? (top ? [360, 250] : [380, 250]) : top ? [120, 125] : [110, 125];
  // Sent newest first to prove the chart sorts by time.
  return {
    points: [
      { sessionId: 'b', at: '2026-01-03T10:00:00Z', value: values[1] },
      { sessionId: 'a', at: '2026-01-01T10:00:00Z', value: values[0] },
    ],
  };
}

const singleMetricScatter = problem(400, 'Invalid request', 'The request is not valid.', [
  { field: 'x', message: 'Scatter plots need an activity with at least two metrics' },
]);

function activitiesApi() {
  return routedApi([
    [/analytics\/activities$/, { items: [scale, drone] }],
    [/analytics\/activities\/scale\/series$/, series],
    [
      /analytics\/activities\/scale\/scatter$/,
      {
        points: [
          { sessionId: 'a', at: '2026-01-01T10:00:00Z', x: 120, y: 3 },
          { sessionId: 'b', at: '2026-01-03T10:00:00Z', x: 125, y: 2 },
        ],
      },
    ],
    [/analytics\/activities\/drone\/series$/, { points: [{ sessionId: 'c', at: '2026-01-02T10:00:00Z', value: 30 }] }],
    [/analytics\/activities\/drone\/scatter$/, singleMetricScatter],
    [/\/activities\/scale$/, scaleDefinition],
    [/\/activities\/drone$/, { ...scaleDefinition, id: 'drone', multiplicative: false, hasSets: false, metrics: [] }],
  ]);
}

function renderPage(api: ReturnType<typeof routedApi>, query = '') {
  return renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/analytics" element={<AnalyticsPage />} />
    </Routes>,
    { path: `/fractals/f1/analytics${query}`, api },
  );
}

const analyticsPaths = (api: ReturnType<typeof routedApi>) => api.paths().filter((path) => path.includes('/analytics/'));

describe('AnalyticsPage: activities', () => {
  it('lists activities by last use and draws the first one over time, sorted, with tooltips and a table', async () => {
    const api = activitiesApi();
    renderPage(api);
    const list = await screen.findByTestId('analytics-activity-list');
    const choices = within(list).getAllByRole('button');
    expect(choices.map((button) => button.textContent)).toEqual([
      'C major scale2 instances · last used Jan 3, 2026Tempo, Reps',
      'Long tones1 instance · never usedSeconds',
    ]);
    expect(choices[0]?.getAttribute('aria-pressed')).toBe('true');

    const line = await screen.findByTestId('activity-line-chart');
    await waitFor(() => expect(line.querySelectorAll('circle')).toHaveLength(2));
    const titles = [...line.querySelectorAll('circle title')].map((title) => title.textContent);
    expect(titles[0]).toMatch(/^Jan 1, 2026, \d\d:\d\d: 120 bpm$/);
    expect(titles[1]).toMatch(/: 125 bpm$/);
    expect(line.querySelector('path.series-line')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    expect(within(line).getByRole('img').getAttribute('aria-label')).toBe('Tempo of C major scale over time');
    const rows = within(line).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent.replace(/^.*?\d\d:\d\d/, ''))).toEqual(['120 bpm', '125 bpm']);
  });

  it('offers the product when the activity is multiplicative, and averages on request', async () => {
    const api = activitiesApi();
    renderPage(api);
    const metric = await screen.findByLabelText<HTMLSelectElement>('Metric');
    await waitFor(() =>
      expect([...metric.options].map((option) => option.textContent)).toContain('Product (Tempo × Reps)'),
    );
    await userEvent.selectOptions(metric, 'product');
    await userEvent.selectOptions(screen.getByLabelText('Sets'), 'average');
    const line = screen.getByTestId('activity-line-chart');
    await waitFor(() =>
      expect([...line.querySelectorAll('circle title')].map((title) => title.textContent.split(': ')[1])).toEqual([
        '380',
        '250',
      ]),
    );
    expect(api.paths()).toContain(
      `${BASE}/analytics/activities/scale/series?metric=product&sets=average&split=all&tz=${encodeURIComponent(browserTimeZone())}`,
    );
  });

  it('plots the first two metrics against each other, and explains why one metric has no scatter plot', async () => {
    const api = activitiesApi();
    renderPage(api);
    const scatter = await screen.findByTestId('activity-scatter-chart');
    await waitFor(() => expect(scatter.querySelectorAll('circle')).toHaveLength(2));
    expect(within(scatter).getByLabelText<HTMLSelectElement>('X axis').value).toBe('tempo');
    expect(within(scatter).getByLabelText<HTMLSelectElement>('Y axis').value).toBe('reps');
    expect(scatter.querySelector('circle title')?.textContent).toMatch(/Tempo 120 bpm, Reps 3$/);

    await userEvent.click(screen.getByRole('button', { name: /Long tones/ }));
    const explanation = await screen.findByTestId('scatter-explanation');
    expect(explanation.textContent).toBe(
      'Scatter plots need an activity with at least two metrics. The chart over time above shows its one metric.',
    );
    expect(within(screen.getByTestId('activity-scatter-chart')).queryByRole('alert')).toBeNull();
    const metric = screen.getByLabelText<HTMLSelectElement>('Metric');
    expect([...metric.options].map((option) => option.value)).toEqual(['secs']);
    expect(screen.queryByLabelText('Sets')).toBeNull();
  });

  it('reads one split on request, for both charts', async () => {
    const api = routedApi([
      [/analytics\/activities$/, { items: [scale] }],
      [/series$/, series],
      [/scatter$/, { points: [] }],
      [
        /\/activities\/scale$/,
        { ...scaleDefinition, hasSplits: true, splits: [{ id: 'left', name: 'Left hand' }, { id: 'right', name: 'Right hand' }] },
      ],
    ]);
    renderPage(api);
    const split = await screen.findByLabelText<HTMLSelectElement>('Split');
    expect([...split.options].map((option) => option.textContent)).toEqual(['All splits', 'Left hand', 'Right hand']);
    await userEvent.selectOptions(split, 'left');
    await waitFor(() => expect(api.paths().filter((path) => path.includes('split=left'))).toHaveLength(2));
    expect(await screen.findByText('No values recorded yet')).toBeTruthy();
  });

  it('still draws when the activity definition cannot be read, without a product', async () => {
    const api = routedApi([
      [/analytics\/activities$/, { items: [scale] }],
      [/series$/, series],
      [/scatter$/, { points: [] }],
      [/\/activities\/scale$/, problem(503, 'Service unavailable')],
    ]);
    renderPage(api);
    const line = await screen.findByTestId('activity-line-chart');
    await waitFor(() => expect(line.querySelectorAll('circle')).toHaveLength(2));
    expect(screen.getByLabelText('Sets')).toBeTruthy();
    expect([...screen.getByLabelText<HTMLSelectElement>('Metric').options].map((option) => option.value)).toEqual([
      'tempo',
      'reps',
    ]);
  });

  it('sends the browser time zone with every analytics request', async () => {
    const api = activitiesApi();
    renderPage(api);
    await screen.findByTestId('activity-line-chart');
    await userEvent.click(screen.getByRole('tab', { name: 'Sessions' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Goals' }));
    await waitFor(() => expect(analyticsPaths(api).length).toBeGreaterThanOrEqual(4));
    for (const path of analyticsPaths(api)) {
      expect(new URL(path, 'http://x').searchParams.get('tz')).toBe(browserTimeZone());
    }
  });

  it('shows an empty state without activities and a problem with Retry when the list fails', async () => {
    let fail = true;
    const api = routedApi([
      [/analytics\/activities$/, () => (fail ? problem(503, 'Service unavailable', 'Try again later.') : { items: [] })],
    ]);
    renderPage(api);
    expect((await screen.findByRole('alert')).textContent).toContain('Try again later.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No activities yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Define an activity' }).getAttribute('href')).toBe('/fractals/f1/activities');
  });
});

describe('AnalyticsPage: tabs', () => {
  it('is a tablist the arrow keys move through', async () => {
    const api = routedApi([
      [/analytics\/activities$/, { items: [] }],
      [/sessions\/summary$/, { total: 0, completed: 0, open: 0 }],
      [/streaks$/, { current: 0, longest: 0, lastPracticeDay: null, today: '2026-03-10' }],
      [/sessions\/trends$/, { bucket: 'week', tz: 'UTC', items: [] }],
      [/sessions\/durations$/, { bucketMinutes: 15, buckets: [] }],
      [/goals\/time$/, { items: [] }],
      [/goals\/completions$/, { timeline: [], periods: [], levels: [] }],
    ]);
    renderPage(api);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected'), tab.tabIndex])).toEqual([
      ['Activities', 'true', 0],
      ['Sessions', 'false', -1],
      ['Goals', 'false', -1],
    ]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]?.id);

    tabs[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Sessions' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Sessions' }));
    expect(await screen.findByText('No sessions yet')).toBeTruthy();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Goals' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Activities' }).getAttribute('aria-selected')).toBe('true');
  });
});

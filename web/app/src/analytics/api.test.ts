import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import {
  analyticsPath,
  browserTimeZone,
  fetchActivityDefinition,
  fetchActivityUsage,
  fetchDurations,
  fetchGoalCompletions,
  fetchGoalTime,
  fetchScatter,
  fetchSeries,
  fetchSessionSummary,
  fetchSessionTrends,
  fetchStreaks,
} from './api';

function reader(body: unknown) {
  const getJson = vi.fn((path: string) => Promise.resolve(path && body));
  return { api: { getJson } as unknown as Pick<ApiClient, 'getJson'>, getJson };
}

describe('analyticsPath', () => {
  it('adds the parameters given and always the time zone', () => {
    expect(analyticsPath('f 1', 'sessions/trends', { bucket: 'week', missing: undefined }, 'Europe/Berlin')).toBe(
      '/api/v1/fractals/f%201/analytics/sessions/trends?bucket=week&tz=Europe%2FBerlin',
    );
  });

  it("takes the browser's zone", () => {
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('the analytics calls', () => {
  it('send tz on every request', async () => {
    const { api, getJson } = reader({});
    const scope = { api, fractalId: 'f1', tz: 'America/New_York' };
    const options = { sets: 'top' as const, split: 'all' };
    await fetchActivityUsage(scope);
    await fetchSeries(scope, 'a1', 'product', options);
    await fetchScatter(scope, 'a1', { x: 'm1', y: 'm2' }, options);
    await fetchSessionSummary(scope);
    await fetchSessionTrends(scope, 'month');
    await fetchDurations(scope, 30);
    await fetchStreaks(scope);
    await fetchGoalTime(scope);
    await fetchGoalCompletions(scope, 'week');
    const paths = getJson.mock.calls.map(([path]) => path);
    expect(paths).toHaveLength(9);
    for (const path of paths) {
      expect(new URL(path, 'http://x').searchParams.get('tz')).toBe('America/New_York');
    }
    expect(paths).toContain(
      '/api/v1/fractals/f1/analytics/activities/a1/series?metric=product&sets=top&split=all&tz=America%2FNew_York',
    );
    expect(paths).toContain('/api/v1/fractals/f1/analytics/activities/a1/scatter?x=m1&y=m2&sets=top&split=all&tz=America%2FNew_York');
    expect(paths).toContain('/api/v1/fractals/f1/analytics/sessions/durations?bucketMinutes=30&tz=America%2FNew_York');
    expect(paths).toContain('/api/v1/fractals/f1/analytics/goals/completions?bucket=week&tz=America%2FNew_York');
  });

  it('leaves out scatter axes not chosen, so the server takes the first two metrics', async () => {
    const { api, getJson } = reader({ points: [] });
    await fetchScatter({ api, fractalId: 'f1', tz: 'UTC' }, 'a1', { x: undefined, y: undefined }, { sets: 'average', split: 'all' });
    expect(getJson.mock.calls[0]?.[0]).toBe('/api/v1/fractals/f1/analytics/activities/a1/scatter?sets=average&split=all&tz=UTC');
  });

  it('reads decimals sent as strings as numbers and defaults missing lists', async () => {
    const series = await fetchSeries(
      { api: reader({ points: [{ sessionId: 's', at: 't', value: '110.50' }] }).api, fractalId: 'f', tz: 'UTC' },
      'a1',
      'm',
      { sets: 'top', split: 'all' },
    );
    expect(series.points[0]?.value).toBe(110.5);
    const completions = await fetchGoalCompletions(
      { api: reader({ levels: [{ level: 'ULTIMATE', total: 1, completed: 0, rate: '0.00' }] }).api, fractalId: 'f', tz: 'UTC' },
      'month',
    );
    expect(completions).toEqual({ timeline: [], periods: [], levels: [{ level: 'ULTIMATE', total: 1, completed: 0, rate: 0 }] });
  });

  it('reads the activity definition outside analytics, with defaults for missing flags', async () => {
    const { api, getJson } = reader({ id: 'a1', name: 'Scale', metrics: [] });
    expect(await fetchActivityDefinition({ api, fractalId: 'f1' }, 'a1')).toEqual({
      id: 'a1',
      name: 'Scale',
      hasSets: false,
      hasSplits: false,
      multiplicative: false,
      metrics: [],
      splits: [],
    });
    expect(getJson.mock.calls[0]?.[0]).toBe('/api/v1/fractals/f1/activities/a1');
  });
});

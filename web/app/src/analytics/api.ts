import { FRACTALS_PATH, type ApiClient } from '../api/client';
import type {
  ActivityDefinition,
  ActivityUsage,
  Bucket,
  DurationHistogram,
  GoalCompletions,
  GoalTime,
  Scatter,
  Series,
  SessionSummary,
  SessionTrends,
  SetsChoice,
  Streaks,
} from './types';

type Reader = Pick<ApiClient, 'getJson'>;

/** The browser's IANA zone: the server counts days, weeks and months in it, as the user lives them. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * An analytics URL. Every one carries `tz`, also where the answer does not depend on it today, so no chart
 * silently counts in UTC when an endpoint starts to.
 */
export function analyticsPath(
  fractalId: string,
  path: string,
  params: Readonly<Record<string, string | number | undefined>>,
  tz: string,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      query.set(name, String(value));
    }
  }
  query.set('tz', tz);
  return `${FRACTALS_PATH}/${encodeURIComponent(fractalId)}/analytics/${path}?${query.toString()}`;
}

// Decimal answers (BigDecimal on the server) may arrive as numbers or strings; charts need numbers.
const num = (value: unknown): number => {
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
};
const list = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : []);

export interface Scope {
  api: Reader;
  fractalId: string;
  tz: string;
  signal?: AbortSignal;
}

function get<T>({ api, fractalId, tz, signal }: Scope, path: string, params: Record<string, string | number | undefined> = {}) {
  return api.getJson<T>(analyticsPath(fractalId, path, params, tz), signal ? { signal } : {});
}

export async function fetchActivityUsage(scope: Scope): Promise<ActivityUsage[]> {
  const body = await get<{ items?: ActivityUsage[] }>(scope, 'activities');
  return list(body.items).map((item) => ({
    ...item,
    instanceCount: num(item.instanceCount),
    lastUsedAt: item.lastUsedAt ?? null,
    metrics: list(item.metrics),
  }));
}

export interface ChartOptions {
  sets: SetsChoice;
  split: string;
}

export async function fetchSeries(
  scope: Scope,
  activityId: string,
  metric: string,
  { sets, split }: ChartOptions,
): Promise<Series> {
  const body = await get<Series>(scope, `activities/${encodeURIComponent(activityId)}/series`, { metric, sets, split });
  return { ...body, points: list(body.points).map((point) => ({ ...point, value: num(point.value) })) };
}

export async function fetchScatter(
  scope: Scope,
  activityId: string,
  axes: { x: string | undefined; y: string | undefined },
  { sets, split }: ChartOptions,
): Promise<Scatter> {
  const body = await get<Scatter>(scope, `activities/${encodeURIComponent(activityId)}/scatter`, {
    x: axes.x,
    y: axes.y,
    sets,
    split,
  });
  return { ...body, points: list(body.points).map((point) => ({ ...point, x: num(point.x), y: num(point.y) })) };
}

/** The activity's flags, metrics and splits, which decide the chart options (product, sets, splits). */
export async function fetchActivityDefinition(
  { api, fractalId, signal }: Omit<Scope, 'tz'>,
  activityId: string,
): Promise<ActivityDefinition> {
  const path = `${FRACTALS_PATH}/${encodeURIComponent(fractalId)}/activities/${encodeURIComponent(activityId)}`;
  const body = await api.getJson<Partial<ActivityDefinition>>(path, signal ? { signal } : {});
  return {
    id: body.id ?? activityId,
    name: body.name ?? '',
    hasSets: body.hasSets ?? false,
    hasSplits: body.hasSplits ?? false,
    multiplicative: body.multiplicative ?? false,
    metrics: list(body.metrics),
    splits: list(body.splits),
  };
}

export async function fetchSessionSummary(scope: Scope): Promise<SessionSummary> {
  const body = await get<SessionSummary>(scope, 'sessions/summary');
  return { total: num(body.total), completed: num(body.completed), open: num(body.open) };
}

export async function fetchSessionTrends(scope: Scope, bucket: Bucket): Promise<SessionTrends> {
  const body = await get<SessionTrends>(scope, 'sessions/trends', { bucket });
  return {
    ...body,
    items: list(body.items).map((item) => ({
      ...item,
      count: num(item.count),
      durationSeconds: num(item.durationSeconds),
    })),
  };
}

export async function fetchDurations(scope: Scope, bucketMinutes: number): Promise<DurationHistogram> {
  const body = await get<DurationHistogram>(scope, 'sessions/durations', { bucketMinutes });
  return {
    bucketMinutes: num(body.bucketMinutes) || bucketMinutes,
    buckets: list(body.buckets).map((bucket) => ({
      fromMinutes: num(bucket.fromMinutes),
      toMinutes: num(bucket.toMinutes),
      count: num(bucket.count),
    })),
  };
}

export async function fetchStreaks(scope: Scope): Promise<Streaks> {
  const body = await get<Streaks>(scope, 'streaks');
  return { ...body, current: num(body.current), longest: num(body.longest), lastPracticeDay: body.lastPracticeDay ?? null };
}

export async function fetchGoalTime(scope: Scope): Promise<GoalTime[]> {
  const body = await get<{ items?: GoalTime[] }>(scope, 'goals/time');
  return list(body.items).map((item) => ({
    ...item,
    parentId: item.parentId ?? null,
    directSeconds: num(item.directSeconds),
    subtreeSeconds: num(item.subtreeSeconds),
    sessionCount: num(item.sessionCount),
  }));
}

export async function fetchGoalCompletions(scope: Scope, bucket: Bucket): Promise<GoalCompletions> {
  const body = await get<Partial<GoalCompletions>>(scope, 'goals/completions', { bucket });
  return {
    timeline: list(body.timeline),
    periods: list(body.periods).map((period) => ({ ...period, count: num(period.count) })),
    levels: list(body.levels).map((level) => ({
      ...level,
      total: num(level.total),
      completed: num(level.completed),
      rate: num(level.rate),
    })),
  };
}

/** Response shapes of the analytics endpoints (docs/analytics.md) and the activity definition they need. */

export interface MetricSummary {
  metricId: string;
  name: string;
  unit: string | null;
}

export interface ActivityUsage {
  activityId: string;
  name: string;
  instanceCount: number;
  lastUsedAt: string | null;
  metrics: MetricSummary[];
}

export interface SeriesPoint {
  sessionId: string;
  at: string;
  value: number;
}

export interface Series {
  activityId: string;
  metric: string;
  sets: SetsChoice;
  split: string | null;
  points: SeriesPoint[];
}

export interface ScatterPoint {
  sessionId: string;
  at: string;
  x: number;
  y: number;
}

export interface Scatter {
  activityId: string;
  x: string;
  y: string;
  sets: SetsChoice;
  split: string | null;
  points: ScatterPoint[];
}

export type SetsChoice = 'top' | 'average';
export type Bucket = 'week' | 'month';

/** `GET /fractals/{f}/activities/{a}`: only the parts the charts' options depend on. */
export interface ActivityDefinition {
  id: string;
  name: string;
  hasSets: boolean;
  hasSplits: boolean;
  multiplicative: boolean;
  metrics: { id: string; name: string; unit: string | null; topSet: boolean; multiplicative: boolean }[];
  splits: { id: string; name: string }[];
}

export interface SessionSummary {
  total: number;
  completed: number;
  open: number;
}

export interface TrendPeriod {
  period: string;
  start: string;
  count: number;
  durationSeconds: number;
}

export interface SessionTrends {
  bucket: Bucket;
  tz: string;
  items: TrendPeriod[];
}

export interface DurationBucket {
  fromMinutes: number;
  toMinutes: number;
  count: number;
}

export interface DurationHistogram {
  bucketMinutes: number;
  buckets: DurationBucket[];
}

export interface Streaks {
  current: number;
  longest: number;
  lastPracticeDay: string | null;
  today: string;
}

export interface GoalTime {
  goalId: string;
  parentId: string | null;
  name: string;
  level: string;
  directSeconds: number;
  subtreeSeconds: number;
  sessionCount: number;
}

export interface GoalCompletion {
  goalId: string;
  name: string;
  level: string;
  completedAt: string;
}

export interface PeriodCount {
  period: string;
  start: string;
  count: number;
}

export interface LevelRate {
  level: string;
  total: number;
  completed: number;
  /** Completed / total, 0–1, rounded to 2 decimals. */
  rate: number;
}

export interface GoalCompletions {
  timeline: GoalCompletion[];
  periods: PeriodCount[];
  levels: LevelRate[];
}

/** The seven levels, from the life goal down to the smallest step (the order matters: deeper is later). */
export const GOAL_LEVELS = ['ULTIMATE', 'LONG_TERM', 'MID_TERM', 'SHORT_TERM', 'IMMEDIATE', 'MICRO', 'NANO'] as const;

export type GoalLevel = (typeof GOAL_LEVELS)[number];

export type Operator = 'GTE' | 'GT' | 'LTE' | 'LT' | 'EQ';

export const OPERATORS: readonly Operator[] = ['GTE', 'GT', 'LTE', 'LT', 'EQ'];

export interface Threshold {
  metricId: string;
  operator: Operator;
  value: number;
}

export interface Target {
  id: string;
  name: string;
  activityId: string;
  thresholds: Threshold[];
  achieved: boolean;
  achievedAt: string | null;
  achievedInSessionId: string | null;
}

export interface Smart {
  specific: boolean;
  measurable: boolean;
  achievable: boolean;
  relevant: boolean;
  timeBound: boolean;
}

/** One node of `GET /fractals/{f}/tree` (the answer is the root node itself). */
export interface GoalNode {
  id: string;
  parentId: string | null;
  level: GoalLevel;
  name: string;
  description: string | null;
  deadline: string | null;
  relevance?: string | null;
  completed: boolean;
  completedAt: string | null;
  completionSource?: 'MANUAL' | 'TARGETS' | null;
  createdAt?: string;
  ageDays?: number;
  targets: Target[];
  smart: Smart;
  /** The goal's ETag for If-Match. */
  version?: number;
  children: GoalNode[];
}

export interface HistoryEntry {
  sequence: number;
  type: string;
  occurredAt: string;
  actor: string;
  change: Record<string, unknown>;
}

export interface HistoryPage {
  items: HistoryEntry[];
  nextCursor: string | null;
}

export interface Metric {
  id: string;
  name: string;
  unit: string;
}

export interface Activity {
  id: string;
  name: string;
  hasMetrics: boolean;
  metrics: Metric[];
}

/** One page of the fractal's activities. */
export interface ActivityList {
  items: Activity[];
  nextCursor: string | null;
}

/** Fields a goal edit may change; a field left out stays, `null` clears it. */
export interface GoalPatch {
  name?: string;
  description?: string | null;
  deadline?: string | null;
  relevance?: string | null;
}

export interface NewGoal {
  parentId: string;
  name: string;
  level?: GoalLevel;
  deadline?: string;
}

export interface TargetBody {
  name: string;
  activityId: string;
  thresholds: Threshold[];
}

import { GOAL_LEVELS, type GoalLevel, type Operator } from './types';

export const LEVEL_NAMES: Record<GoalLevel, string> = {
  ULTIMATE: 'Ultimate',
  LONG_TERM: 'Long-term',
  MID_TERM: 'Mid-term',
  SHORT_TERM: 'Short-term',
  IMMEDIATE: 'Immediate',
  MICRO: 'Micro',
  NANO: 'Nano',
};

/** Drawn inside a node, so a level reads without telling colours apart. */
export const LEVEL_CODES: Record<GoalLevel, string> = {
  ULTIMATE: 'U',
  LONG_TERM: 'L',
  MID_TERM: 'M',
  SHORT_TERM: 'S',
  IMMEDIATE: 'I',
  MICRO: 'µ',
  NANO: 'N',
};

/** The CSS class suffix of a level's colour (goals.css). */
export function levelClass(level: GoalLevel): string {
  return `goal-level-${level.toLowerCase().replace('_', '-')}`;
}

export function levelRank(level: GoalLevel): number {
  return GOAL_LEVELS.indexOf(level);
}

/** The level "+ Add" creates under a goal of `level`, or null for a NANO goal (it has no children). */
export function childLevel(level: GoalLevel): GoalLevel | null {
  return GOAL_LEVELS[levelRank(level) + 1] ?? null;
}

/** Levels a child of `level` may have: any deeper one (skipping levels is allowed). */
export function deeperLevels(level: GoalLevel): GoalLevel[] {
  return GOAL_LEVELS.slice(levelRank(level) + 1);
}

export function isGoalLevel(value: string): value is GoalLevel {
  return (GOAL_LEVELS as readonly string[]).includes(value);
}

export const OPERATOR_SIGNS: Record<Operator, string> = { GTE: '≥', GT: '>', LTE: '≤', LT: '<', EQ: '=' };

export const OPERATOR_NAMES: Record<Operator, string> = {
  GTE: 'at least',
  GT: 'more than',
  LTE: 'at most',
  LT: 'less than',
  EQ: 'exactly',
};

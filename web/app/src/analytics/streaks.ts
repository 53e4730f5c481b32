import { formatDay, parseLocalDate, plural } from './format';
import type { Streaks } from './types';

export interface StreakView {
  current: string;
  longest: string;
  lastPractice: string;
  /** Said while a streak is alive but today has no practice yet (the server still counts it until midnight). */
  reminder: string | null;
}

/** Whole days from `from` to `to` (local dates), or null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  if (!a || !b) {
    return null;
  }
  // Rounded: a day across a daylight saving change is 23 or 25 hours long.
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

export function describeStreaks({ current, longest, lastPracticeDay, today }: Streaks): StreakView {
  let lastPractice = 'No practice yet';
  if (lastPracticeDay) {
    const ago = daysBetween(lastPracticeDay, today);
    lastPractice = ago === 0 ? 'Today' : ago === 1 ? 'Yesterday' : formatDay(lastPracticeDay);
  }
  return {
    current: current > 0 ? plural(current, 'day') : 'No current streak',
    longest: longest > 0 ? plural(longest, 'day') : '–',
    lastPractice,
    reminder:
      current > 0 && lastPracticeDay !== today ? 'Complete a session today to keep the streak going.' : null,
  };
}

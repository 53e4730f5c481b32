import { addDays, isWithin, localDateOfInstant, parseIsoDate, toIsoDate, weekdayIndex } from '../activities/common/dates';
import type { GoalDeadline, Program, ProgramBlock, ProgramDay, ProgramSession } from './types';

/** A month of the calendar; `month` counts from 1. */
export interface Month {
  year: number;
  month: number;
}

export interface CalendarDay {
  date: string;
  dayOfMonth: number;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
}

/**
 * The weeks of a month as the calendar shows them: Monday first, each week of seven days, padded with the
 * days of the neighbouring months; four to six weeks.
 */
export function monthWeeks({ year, month }: Month): CalendarDay[][] {
  const first = toIsoDate(Date.UTC(year, month - 1, 1));
  const last = toIsoDate(Date.UTC(year, month, 0));
  const start = addDays(first, -weekdayIndex(first));
  const end = addDays(last, 6 - weekdayIndex(last));
  const weeks: CalendarDay[][] = [];
  for (let date = start; date <= end; date = addDays(date, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, offset) => {
        const day = addDays(date, offset);
        return { date: day, dayOfMonth: Number(day.slice(8)), inMonth: day >= first && day <= last };
      }),
    );
  }
  return weeks;
}

export function monthOf(date: string): Month {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "April 2026" in the user's language. */
export function monthLabel({ year, month }: Month): string {
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}

/** The month to open: today's while the program runs, otherwise the month it starts (or ended) in. */
export function initialMonth(program: Pick<Program, 'startDate' | 'endDate'>, today: string): Month {
  if (isWithin(today, program.startDate, program.endDate)) {
    return monthOf(today);
  }
  return monthOf(today > program.endDate ? program.endDate : program.startDate);
}

export interface DayOnDate {
  day: ProgramDay;
  block: ProgramBlock;
}

export interface SessionOnDate {
  session: ProgramSession;
  /** The program day and block the session belongs to, when they still exist. */
  day: ProgramDay | null;
  block: ProgramBlock | null;
}

/** What the calendar shows on one date. */
export interface DateEntries {
  inProgram: boolean;
  blocks: ProgramBlock[];
  /** Days dated on this date. */
  days: DayOnDate[];
  /** Sessions of the program's days that start on this local date. */
  sessions: SessionOnDate[];
  /** Goals of the program and its blocks due on this date. */
  deadlines: GoalDeadline[];
}

/**
 * Places the program on the calendar: for each date, the blocks covering it, its dated days, the sessions
 * starting on it (by the browser's local date, as the server scheduled them at noon of the user's zone) and
 * the goal deadlines.
 */
export function placeProgram(
  program: Pick<Program, 'startDate' | 'endDate' | 'blocks' | 'sessions' | 'goalDeadlines'>,
  dates: readonly string[],
  localDateOf: (instant: string | null) => string | null = localDateOfInstant,
): Map<string, DateEntries> {
  const days = new Map<string, DayOnDate>();
  for (const block of program.blocks) {
    for (const day of block.days) {
      days.set(day.id, { day, block });
    }
  }
  const result = new Map<string, DateEntries>();
  for (const date of dates) {
    result.set(date, {
      inProgram: isWithin(date, program.startDate, program.endDate),
      blocks: program.blocks.filter((block) => isWithin(date, block.startDate, block.endDate)),
      days: [...days.values()].filter(({ day }) => day.date === date),
      sessions: program.sessions
        .filter((session) => localDateOf(session.startedAt) === date)
        .map((session) => {
          const owner = session.dayId ? days.get(session.dayId) : undefined;
          return { session, day: owner?.day ?? null, block: owner?.block ?? null };
        }),
      deadlines: program.goalDeadlines.filter((deadline) => deadline.deadline === date),
    });
  }
  return result;
}

/** Days from start to end, both included. */
export function lengthInDays(start: string, end: string): number {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  return from === null || to === null ? 0 : Math.round((to - from) / 86_400_000) + 1;
}

/** The program length the builder shows, in weeks rounded up. */
export function lengthInWeeks(start: string, end: string): number {
  return Math.ceil(lengthInDays(start, end) / 7);
}

/** The block's days to schedule: abstract ("master") days first, one per name. */
export function schedulableDays(block: ProgramBlock): ProgramDay[] {
  const ordered = [...block.days].sort((a, b) => Number(a.date !== null) - Number(b.date !== null) || a.dayNumber - b.dayNumber);
  const seen = new Set<string>();
  return ordered.filter((day) => {
    if (seen.has(day.name)) {
      return false;
    }
    seen.add(day.name);
    return true;
  });
}

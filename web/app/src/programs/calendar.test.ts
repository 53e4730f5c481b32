import { describe, expect, it } from 'vitest';
import {
  initialMonth,
  lengthInDays,
  lengthInWeeks,
  monthWeeks,
  placeProgram,
  schedulableDays,
  shiftMonth,
} from './calendar';
import { base, recital } from './testFixtures';

const firstDates = (weeks: ReturnType<typeof monthWeeks>) => weeks.map((week) => week[0]?.date);

describe('monthWeeks', () => {
  it('starts every week on Monday and pads with the neighbouring months', () => {
    // April 2026 starts on a Wednesday and ends on a Thursday.
    const weeks = monthWeeks({ year: 2026, month: 4 });
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.slice(0, 3).map((day) => [day.date, day.inMonth])).toEqual([
      ['2026-03-30', false],
      ['2026-03-31', false],
      ['2026-04-01', true],
    ]);
    expect(weeks[4]?.at(-1)).toEqual({ date: '2026-05-03', dayOfMonth: 3, inMonth: false });
  });

  it('needs no padding before a month that starts on Monday', () => {
    const weeks = monthWeeks({ year: 2026, month: 6 });
    expect(weeks[0]?.[0]).toEqual({ date: '2026-06-01', dayOfMonth: 1, inMonth: true });
  });

  it('gives a month that starts on Sunday six weeks', () => {
    // March 2026 starts on a Sunday: its first day is the last of the first week.
    const weeks = monthWeeks({ year: 2026, month: 3 });
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.map((day) => day.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(firstDates(weeks)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
  });

  it('fits a February of 28 days starting on Monday in exactly four weeks', () => {
    const weeks = monthWeeks({ year: 2027, month: 2 });
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((day) => day.inMonth)).toBe(true);
  });

  it('includes the 29th of a leap February', () => {
    const days = monthWeeks({ year: 2024, month: 2 }).flat().filter((day) => day.inMonth);
    expect(days).toHaveLength(29);
    expect(days.at(-1)?.date).toBe('2024-02-29');
  });

  it('ends December in the next year', () => {
    expect(monthWeeks({ year: 2026, month: 12 }).at(-1)?.at(-1)?.date).toBe('2027-01-03');
  });
});

describe('months', () => {
  it('moves across year ends', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth({ year: 2026, month: 5 }, -17)).toEqual({ year: 2024, month: 12 });
  });

  it("opens on today's month while the program runs, otherwise on its start or end", () => {
    const program = { startDate: '2026-03-25', endDate: '2026-05-31' };
    expect(initialMonth(program, '2026-04-10')).toEqual({ year: 2026, month: 4 });
    expect(initialMonth(program, '2026-01-10')).toEqual({ year: 2026, month: 3 });
    expect(initialMonth(program, '2026-09-10')).toEqual({ year: 2026, month: 5 });
  });

  it('measures programs in days and weeks', () => {
    expect(lengthInDays('2026-04-01', '2026-04-20')).toBe(20);
    expect(lengthInWeeks('2026-04-01', '2026-04-14')).toBe(2);
    expect(lengthInWeeks('2026-04-01', '2026-04-15')).toBe(3);
  });
});

describe('placeProgram', () => {
  const dates = monthWeeks({ year: 2026, month: 4 }).flat().map((day) => day.date);
  // Sessions start at noon of the user's zone; the test reads the UTC date for a fixed answer.
  const utcDate = (instant: string | null) => instant?.slice(0, 10) ?? null;
  const placed = placeProgram(recital, dates, utcDate);

  it('greys the dates outside the program', () => {
    expect(placed.get('2026-03-24')?.inProgram).toBeUndefined();
    expect(placed.get('2026-03-30')?.inProgram).toBe(true);
    expect(placeProgram(recital, ['2026-03-24'], utcDate).get('2026-03-24')?.inProgram).toBe(false);
  });

  it('puts each block on the dates it covers, its first and last day included', () => {
    expect(placed.get('2026-03-31')?.blocks).toEqual([]);
    expect(placed.get('2026-04-01')?.blocks.map((block) => block.name)).toEqual(['Base']);
    expect(placed.get('2026-04-20')?.blocks.map((block) => block.name)).toEqual(['Base']);
    expect(placed.get('2026-04-21')?.blocks.map((block) => block.name)).toEqual(['Peak']);
  });

  it('puts dated days, sessions and deadlines on their dates, and abstract days nowhere', () => {
    expect(placed.get('2026-04-06')?.days.map(({ day }) => day.id)).toEqual(['d1']);
    expect(placed.get('2026-04-13')?.days.map(({ day }) => day.id)).toEqual(['d2']);
    expect([...placed.values()].flatMap((entries) => entries.days).some(({ day }) => day.id === 'd3')).toBe(false);
    expect(placed.get('2026-04-15')?.sessions.map(({ session, day, block }) => [session.id, day?.name, block?.name])).toEqual([
      ['s2', 'Technique Day', 'Base'],
    ]);
    expect(placed.get('2026-04-18')?.deadlines).toEqual([{ goalId: 'mtg', deadline: '2026-04-18' }]);
  });
});

describe('schedulableDays', () => {
  it('offers abstract days first and each name once', () => {
    expect(schedulableDays(base).map((day) => day.id)).toEqual(['d3', 'd1']);
  });
});

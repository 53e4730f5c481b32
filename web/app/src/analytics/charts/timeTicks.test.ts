import { describe, expect, it } from 'vitest';
import { formatTimeTick, timeTicks } from './timeTicks';

const local = (year: number, month: number, day: number, hour = 0) => new Date(year, month - 1, day, hour).getTime();

describe('timeTicks', () => {
  it('puts ticks on local midnights for a few days, the axis covering the data', () => {
    const axis = timeTicks(local(2026, 1, 5, 9), local(2026, 1, 8, 18));
    expect(axis.step).toEqual({ unit: 'day', count: 1 });
    expect(axis.ticks[0]).toBe(local(2026, 1, 5));
    expect(axis.ticks.at(-1)).toBe(local(2026, 1, 8));
    expect(axis.max).toBeGreaterThan(local(2026, 1, 8, 18));
    expect(axis.ticks.every((tick) => new Date(tick).getHours() === 0)).toBe(true);
  });

  it('uses Mondays for some weeks', () => {
    // Thursday Jan 1 to Sunday Feb 1, 2026.
    const axis = timeTicks(local(2026, 1, 1), local(2026, 2, 1));
    expect(axis.step.unit).toBe('week');
    expect(axis.ticks.every((tick) => new Date(tick).getDay() === 1)).toBe(true);
    expect(axis.min).toBe(local(2025, 12, 29));
    expect(axis.max).toBeGreaterThanOrEqual(local(2026, 2, 1));
  });

  it('uses first days of months, and of quarters, for longer spans', () => {
    const months = timeTicks(local(2026, 1, 14), local(2026, 5, 2));
    expect(months.step).toEqual({ unit: 'month', count: 1 });
    expect(months.ticks.map((tick) => new Date(tick).getMonth() + 1)).toEqual([1, 2, 3, 4, 5]);
    expect(months.ticks.every((tick) => new Date(tick).getDate() === 1)).toBe(true);

    const quarters = timeTicks(local(2025, 2, 10), local(2026, 3, 1));
    expect(quarters.step).toEqual({ unit: 'month', count: 3 });
    expect(quarters.ticks.map((tick) => new Date(tick).getMonth() % 3)).toEqual(quarters.ticks.map(() => 0));
  });

  it('uses hours within a day and years over many years', () => {
    expect(timeTicks(local(2026, 3, 3, 8), local(2026, 3, 3, 11)).step).toEqual({ unit: 'hour', count: 1 });
    const years = timeTicks(local(2019, 6, 1), local(2026, 6, 1));
    expect(years.step.unit).toBe('year');
    expect(years.ticks.every((tick) => new Date(tick).getMonth() === 0 && new Date(tick).getDate() === 1)).toBe(true);
  });

  it('takes a finer step when the coarse one would leave a single tick', () => {
    const axis = timeTicks(local(2026, 1, 3), local(2026, 2, 10), 2);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    expect(axis.ticks.length).toBeLessThanOrEqual(3);
  });

  it('gives a single instant the day around it', () => {
    const at = local(2026, 3, 3, 12);
    const axis = timeTicks(at, at);
    expect(axis.min).toBeLessThan(at);
    expect(axis.max).toBeGreaterThan(at);
  });
});

describe('formatTimeTick', () => {
  it('is as precise as the step', () => {
    expect(formatTimeTick(local(2026, 1, 5, 14), 'hour')).toBe('14:00');
    expect(formatTimeTick(local(2026, 1, 5), 'day')).toBe('Jan 5');
    expect(formatTimeTick(local(2026, 1, 5), 'week')).toBe('Jan 5');
    expect(formatTimeTick(local(2026, 3, 1), 'month')).toBe('Mar 2026');
    expect(formatTimeTick(local(2026, 1, 1), 'year')).toBe('2026');
  });
});

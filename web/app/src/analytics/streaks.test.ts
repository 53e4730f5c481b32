import { describe, expect, it } from 'vitest';
import { daysBetween, describeStreaks } from './streaks';

describe('describeStreaks', () => {
  it('says today when the last practice was today, with no reminder', () => {
    expect(describeStreaks({ current: 3, longest: 7, lastPracticeDay: '2026-03-10', today: '2026-03-10' })).toEqual({
      current: '3 days',
      longest: '7 days',
      lastPractice: 'Today',
      reminder: null,
    });
  });

  it('reminds to practise while the streak ends yesterday', () => {
    const view = describeStreaks({ current: 1, longest: 1, lastPracticeDay: '2026-03-09', today: '2026-03-10' });
    expect(view.current).toBe('1 day');
    expect(view.lastPractice).toBe('Yesterday');
    expect(view.reminder).toMatch(/today to keep the streak/);
  });

  it('names an older last practice day and no current streak', () => {
    expect(describeStreaks({ current: 0, longest: 4, lastPracticeDay: '2026-01-05', today: '2026-03-10' })).toEqual({
      current: 'No current streak',
      longest: '4 days',
      lastPractice: 'Mon, Jan 5, 2026',
      reminder: null,
    });
  });

  it('handles a fractal without completed sessions', () => {
    expect(describeStreaks({ current: 0, longest: 0, lastPracticeDay: null, today: '2026-03-10' })).toEqual({
      current: 'No current streak',
      longest: '–',
      lastPractice: 'No practice yet',
      reminder: null,
    });
  });
});

describe('daysBetween', () => {
  it('counts calendar days, also across a daylight saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('x', '2026-03-28')).toBeNull();
  });
});

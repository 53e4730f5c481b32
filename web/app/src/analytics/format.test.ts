import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  formatDay,
  formatDuration,
  formatPercent,
  levelLabel,
  parseLocalDate,
  parsePeriod,
  periodLongLabel,
  periodShortLabel,
  plural,
  withUnit,
} from './format';

describe('formatDuration', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(25 * 60)).toBe('25 min');
    expect(formatDuration(3900)).toBe('1 h 05 min');
    expect(formatDuration(3 * 3600)).toBe('3 h');
    expect(formatDuration(-5)).toBe('0 min');
  });
});

describe('bucketLabel', () => {
  it('names histogram buckets in minutes, then hours', () => {
    expect(bucketLabel(0, 15)).toBe('0–15 min');
    expect(bucketLabel(45, 60)).toBe('45–60 min');
    expect(bucketLabel(60, 75)).toBe('1 h–1 h 15');
    expect(bucketLabel(60, 120)).toBe('1 h–2 h');
  });
});

describe('periods', () => {
  it('parses the server names of weeks and months', () => {
    expect(parsePeriod('2026-W02')).toEqual({ kind: 'week', year: 2026, number: 2 });
    expect(parsePeriod('2026-01')).toEqual({ kind: 'month', year: 2026, number: 1 });
    expect(parsePeriod('2026')).toBeNull();
  });

  it('labels a week by its Monday and a month by its name', () => {
    expect(periodShortLabel('2026-W02', '2026-01-05')).toBe('Jan 5');
    expect(periodLongLabel('2026-W02', '2026-01-05')).toBe('Week 2 of 2026 (from Mon, Jan 5, 2026)');
    expect(periodShortLabel('2026-01', '2026-01-01')).toBe('Jan 2026');
    expect(periodLongLabel('2026-12', '2026-12-01')).toBe('December 2026');
  });

  it('keeps an unknown period name as it is', () => {
    expect(periodShortLabel('Q1', 'soon')).toBe('Q1');
    expect(periodLongLabel('Q1', 'soon')).toBe('Q1');
  });
});

describe('local dates', () => {
  it('reads YYYY-MM-DD as local midnight, not UTC', () => {
    const date = parseLocalDate('2026-03-29');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()]).toEqual([2026, 2, 29, 0]);
    expect(parseLocalDate('29.03.2026')).toBeNull();
    expect(formatDay('2026-01-05')).toBe('Mon, Jan 5, 2026');
  });
});

describe('numbers', () => {
  it('writes counts, units and rates', () => {
    expect(plural(1, 'instance')).toBe('1 instance');
    expect(plural(2, 'instance')).toBe('2 instances');
    expect(withUnit(120, 'bpm')).toBe('120 bpm');
    expect(withUnit(3.5, null)).toBe('3.5');
    expect(withUnit(1234.567, '')).toBe('1,234.57');
    expect(formatPercent(0.33)).toBe('33 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(levelLabel('SHORT_TERM')).toBe('Short-term');
    expect(levelLabel('NANO')).toBe('Nano');
    expect(levelLabel('OTHER')).toBe('OTHER');
  });
});

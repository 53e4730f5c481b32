import { describe, expect, it } from 'vitest';
import { ageLabel, dateAtTime, daysUntil, dueLabel, formatDate } from './format';
import { asOfAt, instantAt, positionOf, SLIDER_STEPS, timeRange } from './timeTravel';

const range = { start: Date.parse('2026-01-01T00:00:00Z'), end: Date.parse('2026-01-11T00:00:00Z') };

describe('time slider', () => {
  it('maps positions onto the fractal’s life, the last one being now', () => {
    expect(asOfAt(0, range)).toBe('2026-01-01T00:00:00.000Z');
    expect(asOfAt(SLIDER_STEPS / 2, range)).toBe('2026-01-06T00:00:00.000Z');
    expect(asOfAt(SLIDER_STEPS, range)).toBeNull();
    expect(instantAt(-5, range)).toBe(range.start);
    expect(positionOf(Date.parse('2026-01-06T00:00:00Z'), range)).toBe(500);
    expect(positionOf(range.end + 1000, range)).toBe(SLIDER_STEPS);
  });

  it('starts at the root goal’s creation, and has no range without one', () => {
    expect(timeRange('2025-12-31T23:59:59.999999Z', range.end)).toEqual(range);
    expect(timeRange(undefined, range.end)).toBeNull();
    expect(timeRange('2026-02-01T00:00:00Z', range.end)).toBeNull();
  });
});

describe('labels', () => {
  it('shows ages as the original did', () => {
    expect(ageLabel(0)).toBe('0d');
    expect(ageLabel(6)).toBe('6d');
    expect(ageLabel(14)).toBe('2.0w');
    expect(ageLabel(45)).toBe('1.5m');
    expect(ageLabel(730)).toBe('2.0y');
  });

  it('counts whole days to local midnight of the deadline (S3)', () => {
    const now = new Date(2026, 0, 10, 15, 30);
    expect(daysUntil('2026-01-15', now)).toBe(4);
    expect(dueLabel('2026-01-15', now)).toEqual({ text: '4d', overdue: false });
    expect(dueLabel('2026-01-07', now)).toEqual({ text: '-4d', overdue: true });
    expect(dueLabel('2026-01-20', now).text).toBe('0.3mo');
    expect(dueLabel('2027-06-01', now).text).toBe('1.4y');
  });

  it('words the completion time as date at time', () => {
    expect(dateAtTime(new Date(2026, 0, 5, 10, 30))).toMatch(/2026 at 10:30/);
  });

  it('formats calendar dates without shifting them by the time zone', () => {
    expect(formatDate('2026-03-01')).toBe(new Date(2026, 2, 1).toLocaleDateString(undefined, { dateStyle: 'medium' }));
    expect(formatDate(null)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { formatTick, linearScale, niceStep, niceTicks, paddedTicks, stepDecimals } from './scale';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.2, 2, 3, 5, 7, 12, 31.25, 450].map(niceStep)).toEqual([1, 1, 2, 2, 5, 5, 10, 20, 50, 500]);
    expect(niceStep(0.03)).toBeCloseTo(0.05);
  });

  it('falls back to 1 for nonsense', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(-3)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('covers the data with round ticks', () => {
    expect(niceTicks(0, 125)).toEqual({ min: 0, max: 150, step: 50, ticks: [0, 50, 100, 150] });
    expect(niceTicks(100, 125)).toEqual({ min: 100, max: 130, step: 10, ticks: [100, 110, 120, 130] });
    expect(niceTicks(3, 97).ticks).toEqual([0, 50, 100]);
  });

  it('keeps the number of ticks near the wanted count', () => {
    for (const [min, max] of [
      [0, 1],
      [0, 7],
      [13, 987],
      [-40, 55],
      [0.001, 0.009],
      [2, 2.5],
    ] as const) {
      const axis = niceTicks(min, max, 5);
      expect(axis.min).toBeLessThanOrEqual(min);
      expect(axis.max).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axis.ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('has no floating point noise in the ticks', () => {
    expect(niceTicks(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0, 0.3, 4).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('draws an axis around a single value, and 0 to 1 for zero', () => {
    expect(niceTicks(0, 0)).toEqual({ min: 0, max: 1, step: 0.5, ticks: [0, 0.5, 1] });
    const single = niceTicks(120, 120);
    expect(single.min).toBeLessThan(120);
    expect(single.max).toBeGreaterThan(120);
    expect(niceTicks(-5, -5).max).toBeGreaterThan(-5);
  });

  it('keeps counts on whole numbers when asked', () => {
    expect(niceTicks(0, 1).ticks).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 1, 5, 1).ticks).toEqual([0, 1]);
    expect(niceTicks(0, 3, 5, 1).ticks).toEqual([0, 1, 2, 3]);
  });

  it('accepts the bounds in either order and survives infinities', () => {
    expect(niceTicks(125, 0)).toEqual(niceTicks(0, 125));
    expect(niceTicks(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY).ticks).toEqual([0, 0.5, 1]);
  });
});

describe('paddedTicks', () => {
  it('leaves room around measurements, but no negative axis for positive values', () => {
    expect(paddedTicks(100, 130).ticks).toEqual([90, 100, 110, 120, 130, 140]);
    expect(paddedTicks(2, 5).ticks).toEqual([1, 2, 3, 4, 5, 6]);
    expect(paddedTicks(0, 10).min).toBe(0);
    expect(paddedTicks(-10, 10).min).toBeLessThan(-10);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, also inverted (SVG y grows downwards)', () => {
    const y = linearScale([0, 150], [200, 20]);
    expect(y(0)).toBe(200);
    expect(y(150)).toBe(20);
    expect(y(75)).toBe(110);
  });

  it('puts everything in the middle for an empty domain', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('formatTick', () => {
  it('prints the decimals of the step only', () => {
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(20)).toBe(0);
    expect(stepDecimals(0.05)).toBe(2);
    expect(formatTick(0.2, 0.2)).toBe('0.2');
    expect(formatTick(1500, 500)).toBe('1,500');
    expect(formatTick(3, 0.5)).toBe('3.0');
  });
});

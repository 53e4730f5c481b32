/** A numeric axis with round tick values that covers the data. */
export interface NiceAxis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** 1, 2 or 5 times a power of ten: steps people read without effort. */
export function niceStep(roughStep: number): number {
  if (!Number.isFinite(roughStep) || roughStep <= 0) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const fraction = roughStep / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Decimals a step needs, so 0.1 + 0.2 prints as 0.3 and not 0.30000000000000004. */
export function stepDecimals(step: number): number {
  if (step >= 1 || step <= 0) {
    return 0;
  }
  return Math.min(12, Math.ceil(-Math.log10(step) - 1e-9));
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Round ticks from below `min` to above `max`, about `maxTicks` of them. A single value still gets an axis
 * around it (0 to 1 for zero), so a chart with one point is drawn rather than divided by zero. `minStep` 1
 * keeps counts on whole numbers (no "0.5 sessions").
 */
export function niceTicks(min: number, max: number, maxTicks = 5, minStep = 0): NiceAxis {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    low = 0;
    high = 1;
  }
  if (low === high) {
    if (low === 0) {
      high = 1;
    } else {
      const pad = Math.abs(low) * 0.1;
      low -= pad;
      high += pad;
      if (min >= 0 && low < 0) {
        low = 0;
      }
    }
  }
  const intervals = Math.max(1, Math.floor(maxTicks) - 1);
  let step = Math.max(minStep, niceStep((high - low) / intervals));
  let start = Math.floor(low / step) * step;
  let end = Math.ceil(high / step) * step;
  // Rounding outwards can add an interval; widen the step once if it overshoots the wanted count.
  if (Math.round((end - start) / step) > intervals + 1) {
    step = Math.max(minStep, niceStep(step * 1.5));
    start = Math.floor(low / step) * step;
    end = Math.ceil(high / step) * step;
  }
  const decimals = stepDecimals(step);
  const ticks: number[] = [];
  const count = Math.round((end - start) / step);
  for (let i = 0; i <= count; i++) {
    ticks.push(roundTo(start + i * step, decimals));
  }
  return { min: roundTo(start, decimals), max: roundTo(end, decimals), step, ticks };
}

/**
 * niceTicks with 5 % room on both sides, for measurements (not counts), so no point sits on the axis line
 * and the spread of the values fills the plot.
 */
export function paddedTicks(min: number, max: number, maxTicks = 5): NiceAxis {
  const pad = (Math.max(min, max) - Math.min(min, max)) * 0.05;
  const axis = niceTicks(Math.min(min, max) - pad, Math.max(min, max) + pad, maxTicks);
  // Values that cannot be negative (tempo, reps) should not get a negative axis just for the room.
  if (Math.min(min, max) >= 0 && axis.min < 0) {
    return niceTicks(0, Math.max(min, max) + pad, maxTicks);
  }
  return axis;
}

/** Maps a domain onto a pixel range; an empty domain maps everything to the middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value: number): number => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** A tick value as text, with only the decimals its step needs. */
export function formatTick(value: number, step: number): string {
  return value.toLocaleString('en', {
    minimumFractionDigits: stepDecimals(step),
    maximumFractionDigits: stepDecimals(step),
  });
}

/** Positions of the time slider: enough for minute steps over weeks, and smooth to drag. */
export const SLIDER_STEPS = 1000;

export interface TimeRange {
  /** When the fractal was created (ms). */
  start: number;
  /** Now, when the page opened (ms). */
  end: number;
}

/** The instant a slider position stands for; the last position is "now". */
export function instantAt(position: number, range: TimeRange): number {
  const span = Math.max(0, range.end - range.start);
  const clamped = Math.min(SLIDER_STEPS, Math.max(0, position));
  return Math.round(range.start + (span * clamped) / SLIDER_STEPS);
}

export function positionOf(instant: number, range: TimeRange): number {
  const span = range.end - range.start;
  if (span <= 0) {
    return SLIDER_STEPS;
  }
  return Math.min(SLIDER_STEPS, Math.max(0, Math.round(((instant - range.start) * SLIDER_STEPS) / span)));
}

/** The `asOf` to ask the tree for at a position: null (the live tree) at the end, else an ISO instant. */
export function asOfAt(position: number, range: TimeRange): string | null {
  if (position >= SLIDER_STEPS) {
    return null;
  }
  return new Date(instantAt(position, range)).toISOString();
}

/** The slider's range: from the root goal's creation to now; null when the tree does not say when it began. */
export function timeRange(createdAt: string | undefined, now: number): TimeRange | null {
  // The server keeps microseconds and Date milliseconds: one millisecond later is surely after the creation, so the
  // slider's first position never asks for an instant before the tree existed (a 404).
  const start = createdAt ? Date.parse(createdAt) + 1 : Number.NaN;
  if (Number.isNaN(start) || start >= now) {
    return null;
  }
  return { start, end: now };
}

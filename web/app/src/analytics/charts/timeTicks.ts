export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TimeStep {
  unit: TimeUnit;
  count: number;
}

export interface TimeAxis {
  min: number;
  max: number;
  step: TimeStep;
  ticks: number[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Steps tried from the finest; rough lengths only choose one, the ticks themselves follow the calendar. */
const STEPS: readonly (TimeStep & { approx: number })[] = [
  { unit: 'hour', count: 1, approx: HOUR },
  { unit: 'hour', count: 3, approx: 3 * HOUR },
  { unit: 'hour', count: 6, approx: 6 * HOUR },
  { unit: 'hour', count: 12, approx: 12 * HOUR },
  { unit: 'day', count: 1, approx: DAY },
  { unit: 'day', count: 2, approx: 2 * DAY },
  { unit: 'week', count: 1, approx: 7 * DAY },
  { unit: 'week', count: 2, approx: 14 * DAY },
  { unit: 'month', count: 1, approx: 30 * DAY },
  { unit: 'month', count: 3, approx: 91 * DAY },
  { unit: 'month', count: 6, approx: 182 * DAY },
  { unit: 'year', count: 1, approx: 365 * DAY },
  { unit: 'year', count: 2, approx: 730 * DAY },
  { unit: 'year', count: 5, approx: 1826 * DAY },
  { unit: 'year', count: 10, approx: 3652 * DAY },
];

/** The first tick at or before `time`, on a boundary of the step in local time (weeks start on Monday). */
function floorTo(time: number, { unit, count }: TimeStep): Date {
  const date = new Date(time);
  date.setMinutes(0, 0, 0);
  if (unit === 'hour') {
    date.setHours(date.getHours() - (date.getHours() % count));
    return date;
  }
  date.setHours(0);
  if (unit === 'day') {
    return date;
  }
  if (unit === 'week') {
    date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
    return date;
  }
  date.setDate(1);
  if (unit === 'month') {
    date.setMonth(date.getMonth() - (date.getMonth() % count));
    return date;
  }
  date.setMonth(0);
  date.setFullYear(date.getFullYear() - (date.getFullYear() % count));
  return date;
}

/** Calendar arithmetic in local time, so a tick stays on midnight across daylight saving changes. */
function advance(date: Date, { unit, count }: TimeStep): void {
  switch (unit) {
    case 'hour':
      date.setHours(date.getHours() + count);
      break;
    case 'day':
      date.setDate(date.getDate() + count);
      break;
    case 'week':
      date.setDate(date.getDate() + 7 * count);
      break;
    case 'month':
      date.setMonth(date.getMonth() + count);
      break;
    case 'year':
      date.setFullYear(date.getFullYear() + count);
      break;
  }
}

/**
 * Ticks on calendar boundaries (hours, midnights, Mondays, first days of months or years) for a time axis of
 * about `maxTicks` ticks. The axis starts at the boundary before the data, so its first label says where it
 * starts, and ends a little after the data, so the last point does not sit on the edge. One instant gets the
 * day around it.
 */
export function timeTicks(min: number, max: number, maxTicks = 6): TimeAxis {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (low === high) {
    low -= DAY / 2;
    high += DAY / 2;
  }
  const span = high - low;
  const fits = STEPS.findIndex((candidate) => span / candidate.approx <= Math.max(1, maxTicks - 1));
  let index = fits === -1 ? STEPS.length - 1 : fits;
  let axis = ticksFor(low, high, STEPS[index] ?? { unit: 'year', count: 10 });
  // A coarse step can leave a single tick (Jan 1 for data in January and February); one finer gives two.
  while (axis.ticks.length < 2 && index > 0) {
    index--;
    axis = ticksFor(low, high, STEPS[index] ?? { unit: 'hour', count: 1 });
  }
  return axis;
}

function ticksFor(low: number, high: number, { unit, count }: TimeStep): TimeAxis {
  const step = { unit, count };
  const cursor = floorTo(low, step);
  const first = cursor.getTime();
  const ticks = [first];
  for (;;) {
    advance(cursor, step);
    if (cursor.getTime() > high) {
      break;
    }
    ticks.push(cursor.getTime());
  }
  return { min: first, max: high + (high - first) * 0.03, step, ticks };
}

const FORMATS: Record<TimeUnit, Intl.DateTimeFormatOptions> = {
  hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { month: 'short', day: 'numeric' },
  week: { month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A tick's label, as precise as its step: "14:00", "Jan 5", "Jan 2026", "2026". */
export function formatTimeTick(time: number, unit: TimeUnit): string {
  return new Intl.DateTimeFormat('en', FORMATS[unit]).format(new Date(time));
}

/** Texts of the analytics pages. English formats throughout, like the rest of the app's wording. */
const LOCALE = 'en';

/** "45 s", "25 min", "1 h 05 min", "3 h": durations as a person reads them. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) {
    return seconds === 0 ? '0 min' : `${seconds} s`;
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** Minutes of a histogram edge: "45 min", "1 h", "1 h 30". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** A histogram bucket: "0–15 min", "45 min–1 h", "1 h–1 h 15". */
export function bucketLabel(fromMinutes: number, toMinutes: number): string {
  if (toMinutes <= 60) {
    return `${fromMinutes}–${toMinutes} min`;
  }
  return `${formatMinutes(fromMinutes)}–${formatMinutes(toMinutes)}`;
}

/** A local date `YYYY-MM-DD` as a Date at local midnight (not UTC midnight, which is the day before in the west). */
export function parseLocalDate(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) {
    return null;
  }
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** "Mon, Jan 5, 2026" for a local date. */
export function formatDay(day: string): string {
  const date = parseLocalDate(day);
  return date
    ? new Intl.DateTimeFormat(LOCALE, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(date)
    : day;
}

/** "Jan 5, 2026" for an instant, in the browser's zone (the zone the server was asked to count in). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', year: 'numeric' }).format(date);
}

/** "Jan 5, 2026, 18:30" for an instant. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(LOCALE, {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(date);
}

export type PeriodKind = 'week' | 'month';

export interface ParsedPeriod {
  kind: PeriodKind;
  year: number;
  /** ISO week number or month (1–12). */
  number: number;
}

/** The server's period names: `2026-W02` (ISO week) or `2026-01` (month). */
export function parsePeriod(period: string): ParsedPeriod | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    return { kind: 'week', year: Number(week[1]), number: Number(week[2]) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    return { kind: 'month', year: Number(month[1]), number: Number(month[2]) };
  }
  return null;
}

const monthName = (month: number, style: 'short' | 'long') =>
  new Intl.DateTimeFormat(LOCALE, { month: style }).format(new Date(2000, month - 1, 1));

/** Under a bar: a week by its Monday ("Jan 5"), a month by name ("Jan 2026"). */
export function periodShortLabel(period: string, start: string): string {
  const parsed = parsePeriod(period);
  if (parsed?.kind === 'month') {
    return `${monthName(parsed.number, 'short')} ${parsed.year}`;
  }
  const date = parseLocalDate(start);
  return date ? new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric' }).format(date) : period;
}

/** In tooltips and tables: "Week 2 of 2026 (from Mon, Jan 5, 2026)", "January 2026". */
export function periodLongLabel(period: string, start: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) {
    return period;
  }
  if (parsed.kind === 'month') {
    return `${monthName(parsed.number, 'long')} ${parsed.year}`;
  }
  return `Week ${parsed.number} of ${parsed.year} (from ${formatDay(start)})`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString(LOCALE)} ${count === 1 ? one : many}`;
}

/** A number as the server rounded it (at most 2 decimals), with thousands separators. */
export function formatNumber(value: number): string {
  return value.toLocaleString(LOCALE, { maximumFractionDigits: 2 });
}

/** A value with its metric's unit: "120 bpm"; no unit, no trailing space. */
export function withUnit(value: number, unit: string | null | undefined): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A rate of 0–1 as a whole percentage: 0.33 → "33 %". */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

export const GOAL_LEVEL_LABELS: Record<string, string> = {
  ULTIMATE: 'Ultimate',
  LONG_TERM: 'Long-term',
  MID_TERM: 'Mid-term',
  SHORT_TERM: 'Short-term',
  IMMEDIATE: 'Immediate',
  MICRO: 'Micro',
  NANO: 'Nano',
};

export function levelLabel(level: string): string {
  return GOAL_LEVEL_LABELS[level] ?? level;
}

/**
 * Calendar dates as the API sends them (`YYYY-MM-DD`). Arithmetic runs on UTC midnights so that a
 * daylight-saving change in the browser's zone never shifts a date by one.
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of the date's UTC midnight, or null when it is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  return toIsoDate(ms) === date ? ms : null;
}

export function isIsoDate(date: string): boolean {
  return parseIsoDate(date) !== null;
}

export function toIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function mustParse(date: string): number {
  const ms = parseIsoDate(date);
  if (ms === null) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return ms;
}

export function addDays(date: string, days: number): string {
  return toIsoDate(mustParse(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((mustParse(to) - mustParse(from)) / DAY_MS);
}

/** 0 for Monday … 6 for Sunday (the calendar starts its weeks on Monday). */
export function weekdayIndex(date: string): number {
  return (new Date(mustParse(date)).getUTCDay() + 6) % 7;
}

/** The browser's local date (not UTC: "today" is the user's today). */
export function localIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The local date on which an instant (ISO-8601) falls, or null for a missing or broken one. */
export function localDateOfInstant(instant: string | null | undefined): string | null {
  if (!instant) {
    return null;
  }
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? null : localIsoDate(at);
}

/** Inclusive range test on ISO dates, which sort as text. */
export function isWithin(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}

/** "14 Apr 2026" in the user's language; dates carry no zone, so they are shown as they are. */
export function formatDate(date: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const ms = parseIsoDate(date);
  return ms === null ? date : new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(ms);
}

export function formatDateRange(start: string, end: string): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** An instant as a local date, e.g. "Last used: 3 Apr 2026". */
export function formatInstantDate(instant: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(at);
}

/** The IANA zone of the browser, sent when scheduling so the session starts on the chosen local date. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

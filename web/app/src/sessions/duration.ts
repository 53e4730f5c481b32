import type { ActivityInstance, DurationSource, SessionDetail, SessionSection } from './types';

/** Whole seconds from `startedAt` to `now` (milliseconds), never negative: a start typed in the future shows 0. */
export function elapsedSeconds(startedAt: string, now: number): number {
  const start = Date.parse(startedAt);
  if (Number.isNaN(start)) {
    return 0;
  }
  return Math.max(0, Math.floor((now - start) / 1000));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 95 → "01:35", 3725 → "1:02:05"; null → "--:--" (nothing timed). As v1.2's timer displays. */
export function formatClock(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) {
    return '--:--';
  }
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${pad(minutes)}:${pad(rest)}`;
}

/** 5400 → "1:30" (hours and minutes, for the sessions list); null → "–". */
export function formatHoursMinutes(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) {
    return '–';
  }
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

/** An instance's duration at `now`: the recorded one, or the running timer's elapsed time, or null. */
export function instanceSeconds(instance: ActivityInstance, now: number): number | null {
  if (instance.running && instance.startedAt) {
    return elapsedSeconds(instance.startedAt, now);
  }
  return instance.durationSeconds;
}

/** A section's duration at `now`: the sum of its timed instances, null when none is timed (as the server sums). */
export function sectionSeconds(section: SessionSection, now: number): number | null {
  let total: number | null = null;
  for (const instance of section.instances) {
    const seconds = instanceSeconds(instance, now);
    if (seconds !== null) {
      total = (total ?? 0) + seconds;
    }
  }
  return total;
}

export interface SessionTotal {
  seconds: number | null;
  source: DurationSource | null;
}

/**
 * The session's total as the server defines it (docs/sessions.md), but live: a completed session's recorded
 * total; an open one's sum of instance durations, running timers counted up to `now`, when above zero; else
 * its planned minutes.
 */
export function sessionTotal(session: SessionDetail, now: number): SessionTotal {
  if (session.completed) {
    return { seconds: session.totalDurationSeconds, source: session.totalDurationSource };
  }
  const sum = session.sections.reduce((total, section) => total + (sectionSeconds(section, now) ?? 0), 0);
  if (sum > 0) {
    return { seconds: sum, source: 'INSTANCES' };
  }
  if (session.plannedMinutes !== null) {
    return { seconds: session.plannedMinutes * 60, source: 'PLANNED' };
  }
  return { seconds: null, source: null };
}

export function hasRunningTimer(session: SessionDetail): boolean {
  return session.sections.some((section) => section.instances.some((instance) => instance.running));
}

/** An instant as the value of `<input type="datetime-local" step="1">`, in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** A `datetime-local` value (local time, seconds optional) as an ISO instant; '' → null; unparsable → undefined. */
export function fromLocalInput(value: string): string | null | undefined {
  if (value.trim() === '') {
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** Today in the browser's time zone as `YYYY-MM-DD`. */
export function localDate(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An instant for people: date and time in the browser's locale and zone; null → fallback. */
export function formatDateTime(iso: string | null, fallback = '—'): string {
  if (!iso) {
    return fallback;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

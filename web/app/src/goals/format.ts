const DAY_MS = 24 * 60 * 60 * 1000;

/** A `YYYY-MM-DD` date in the browser's words, as a calendar date (no time zone shift). */
export function formatDate(date: string | null | undefined): string {
  if (!date) {
    return '';
  }
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined || [year, month, day].some(Number.isNaN)) {
    return date;
  }
  return new Date(year, month - 1, day).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** An ISO instant as local date and time. */
export function formatInstant(instant: string | number | null | undefined): string {
  if (instant === null || instant === undefined || instant === '') {
    return '';
  }
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? String(instant) : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Jan 5, 2026 at 10:30 AM", as the original's completion confirmation words it. */
export function dateAtTime(date: Date): string {
  const day = date.toLocaleDateString(undefined, { dateStyle: 'medium' });
  const time = date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  return `${day} at ${time}`;
}

/** The original's age label: days under a week, then weeks, months, years with one decimal. */
export function ageLabel(days: number): string {
  if (days < 7) {
    return `${days}d`;
  }
  if (days < 30) {
    return `${(days / 7).toFixed(1)}w`;
  }
  if (days < 365) {
    return `${(days / 30).toFixed(1)}m`;
  }
  return `${(days / 365).toFixed(1)}y`;
}

/** Whole days from `now` to local midnight of the deadline, rounded down (negative once it has passed). */
export function daysUntil(deadline: string, now: Date): number {
  const [year, month, day] = deadline.split('-').map(Number);
  const midnight = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).getTime();
  return Math.floor((midnight - now.getTime()) / DAY_MS);
}

/** "Due" as the original shows it (original §3.3): years, months over a week, a week, else days. */
export function dueLabel(deadline: string, now: Date): { text: string; overdue: boolean } {
  const days = daysUntil(deadline, now);
  let text: string;
  if (days >= 365) {
    text = `${(days / 365).toFixed(1)}y`;
  } else if (days > 7) {
    text = `${(days / 30.44).toFixed(1)}mo`;
  } else if (days > 6) {
    text = `${(days / 7).toFixed(1)}w`;
  } else {
    text = `${days}d`;
  }
  return { text, overdue: days < 0 };
}

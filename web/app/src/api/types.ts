export const LEVELS = ['ULTIMATE', 'LONG_TERM', 'MID_TERM', 'SHORT_TERM'] as const;

export type Level = (typeof LEVELS)[number];

export const DEFAULT_LEVEL: Level = 'ULTIMATE';

export const LEVEL_LABELS: Record<Level, string> = {
  ULTIMATE: 'Ultimate',
  LONG_TERM: 'Long-term',
  MID_TERM: 'Mid-term',
  SHORT_TERM: 'Short-term',
};

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

export interface FractalSummary {
  id: string;
  name: string;
  description: string | null;
  level: Level;
  deadline: string | null;
  createdAt: string;
  goalCount: number;
  completedGoalCount: number;
}

export interface FractalPage {
  items: FractalSummary[];
  nextCursor: string | null;
}

export interface CreateFractalRequest {
  name: string;
  description?: string;
  level?: Level;
}

export interface CreateFractalResult {
  id: string;
  /** Value of the X-Consistency-Token response header, if the server sent one. */
  consistencyToken: string | null;
}

/** The caller's account (`GET /api/v1/me`). */
export interface Me {
  id: string;
  /** When the caller last accepted terms (ISO-8601), or null if never. */
  termsAcceptedAt: string | null;
  /** Version of the terms accepted last, or null if never. */
  termsVersion: string | null;
}

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 7807 problem details as the backend sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
}

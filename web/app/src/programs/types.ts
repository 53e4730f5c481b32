export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** A day of a block: dated (on the calendar) or abstract (`date` null, a "master" day to schedule). */
export interface ProgramDay {
  id: string;
  name: string;
  date: string | null;
  dayNumber: number;
  templateIds: string[];
  /** Every template of the day has a completed session of that day. */
  completed: boolean;
  sessionIds: string[];
}

export interface ProgramBlock {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  /** `#RRGGBB`. */
  color: string;
  goalIds: string[];
  /** Today (UTC) lies inside the block. */
  active: boolean;
  days: ProgramDay[];
}

/** A session linked to one of the program's days. */
export interface ProgramSession {
  id: string;
  dayId: string | null;
  templateId: string | null;
  startedAt: string | null;
  completed: boolean;
}

export interface GoalDeadline {
  goalId: string;
  deadline: string;
}

export interface Program {
  id: string;
  fractalId: string;
  name: string;
  description: string | null;
  startDate: string;
  endDate: string;
  active: boolean;
  goalIds: string[];
  goalDeadlines: GoalDeadline[];
  sessionCount: number;
  blocks: ProgramBlock[];
  sessions: ProgramSession[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProgramRequest {
  name: string;
  description: string | null;
  startDate: string;
  endDate: string;
  goalIds: string[];
}

export interface BlockRequest {
  name: string;
  startDate: string;
  endDate: string;
  color: string;
}

/** A new day: on a date, on every such weekday of the block, or abstract (neither). */
export interface DayRequest {
  name: string;
  templateIds: string[];
  date?: string;
  dayOfWeek?: DayOfWeek;
}

export interface DayEdit {
  name: string;
  templateIds: string[];
  /** Also apply to the days with the same day number in the blocks that start later. */
  cascade: boolean;
}

/** A node of the goal tree (`GET …/tree`), with the fields these pages use. */
export interface GoalNode {
  id: string;
  parentId: string | null;
  level: string;
  name: string;
  completed: boolean;
  deadline: string | null;
  children: GoalNode[];
}

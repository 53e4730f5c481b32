/** Shapes of the sessions API (query-service records; see docs/sessions.md). Instants are ISO-8601 UTC. */

export type SessionStatusFilter = 'all' | 'open' | 'completed';

export type DurationSource = 'COMPLETED' | 'INSTANCES' | 'PLANNED';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface AchievedTarget {
  targetId: string;
  goalId: string;
  name: string;
  achievedAt: string;
}

interface SessionFields {
  id: string;
  fractalId: string;
  name: string | null;
  description: string | null;
  templateId: string | null;
  programDayId: string | null;
  startedAt: string | null;
  endedAt: string | null;
  completed: boolean;
  completedAt: string | null;
  totalDurationSeconds: number | null;
  totalDurationSource: DurationSource | null;
  plannedMinutes: number | null;
  goalIds: string[];
  achievedTargets: AchievedTarget[];
  createdAt: string;
  updatedAt: string;
  /** The session's ETag (sequence number of its last event). */
  version: number;
}

export interface SectionSummary {
  name: string | null;
  plannedMinutes: number | null;
  durationSeconds: number | null;
  instanceCount: number;
}

export interface SessionSummary extends SessionFields {
  sections: SectionSummary[];
}

export interface RecordedValue {
  metricId: string;
  splitId: string | null;
  /** A JSON number; null for a blank input. */
  value: number | null;
}

export interface RecordedSet {
  values: RecordedValue[];
}

export interface ActivityInstance {
  id: string;
  activityId: string;
  startedAt: string | null;
  stoppedAt: string | null;
  durationSeconds: number | null;
  running: boolean;
  sets: RecordedSet[];
  values: RecordedValue[];
  notes: string | null;
}

export interface SessionSection {
  name: string | null;
  plannedMinutes: number | null;
  durationSeconds: number | null;
  instances: ActivityInstance[];
}

export interface SessionDetail extends SessionFields {
  sections: SessionSection[];
}

export interface NewActivityRequest {
  name: string;
  hasSets: boolean;
  hasMetrics: boolean;
  metrics: { name: string; unit: string }[];
}

export interface Note {
  id: string;
  context: string;
  contextId: string;
  sessionId: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface TemplateSection {
  name: string;
  plannedMinutes: number;
  activityIds: string[];
}

export interface Template {
  id: string;
  name: string;
  description: string | null;
  sections: TemplateSection[];
  totalMinutes: number;
  sectionCount: number;
}

export interface ActiveProgramDay {
  programId: string;
  programName: string;
  blockId: string;
  blockName: string;
  blockColor: string;
  dayId: string;
  dayName: string;
  date: string | null;
  dayNumber: number;
  templateIds: string[];
  completed: boolean;
  sessionIds: string[];
}

export interface SelectableImmediateGoal {
  id: string;
  name: string;
  level: string;
  deadline: string | null;
}

export interface SelectableGoal {
  id: string;
  name: string;
  level: string;
  deadline: string | null;
  description: string | null;
  immediateGoals: SelectableImmediateGoal[];
}

export interface GoalNode {
  id: string;
  name: string;
  level: string;
  completed: boolean;
  children: GoalNode[];
}

export interface NewImmediateGoal {
  parentId: string;
  name: string;
}

export interface CreateSessionRequest {
  templateId?: string;
  programDayId?: string;
  name?: string;
  /** Left out: now; null: planned, not started yet. */
  startedAt?: string | null;
  goalIds: string[];
  newImmediateGoals?: NewImmediateGoal[];
}

export interface SessionPatch {
  name?: string | null;
  startedAt?: string | null;
}

/** Where an instance goes: a section index and a position in that section without the instance. */
export interface MoveTarget {
  section: number;
  position: number;
}

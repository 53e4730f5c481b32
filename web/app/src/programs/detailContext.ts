import { createContext, useContext } from 'react';
import type { Template } from '../templates/types';
import type { GoalOption } from './programForms';
import type { Program } from './types';

/** What every part of a program's page reads: the program, names of templates and goals, and reload. */
export interface ProgramDetail {
  fractalId: string;
  program: Program;
  templates: readonly Template[];
  templatesById: ReadonlyMap<string, Template>;
  goalsById: ReadonlyMap<string, GoalOption>;
  /** The browser's local date. */
  today: string;
  /** Reads the program again after a write (the consistency token makes it include the write). */
  reload: () => void;
}

export const ProgramDetailContext = createContext<ProgramDetail | null>(null);

export function useProgramDetail(): ProgramDetail {
  const detail = useContext(ProgramDetailContext);
  if (!detail) {
    throw new Error('useProgramDetail must be used inside <ProgramDetailContext>');
  }
  return detail;
}

export function templateNames(detail: Pick<ProgramDetail, 'templatesById'>, templateIds: readonly string[]): string {
  return templateIds.map((templateId) => detail.templatesById.get(templateId)?.name ?? 'Deleted template').join(', ');
}

export function goalName(detail: Pick<ProgramDetail, 'goalsById'>, goalId: string): string {
  return detail.goalsById.get(goalId)?.name ?? 'Goal';
}

export function sessionPath(fractalId: string, sessionId: string): string {
  return `/fractals/${encodeURIComponent(fractalId)}/sessions/${encodeURIComponent(sessionId)}`;
}

import { ApiError } from '../api/client';
import { fromLocalInput } from './duration';
import type { CreateSessionRequest, SelectableGoal } from './types';

export type SessionSource = 'empty' | 'template' | 'program';
export type StartChoice = 'now' | 'at' | 'later';

export const SESSION_NAME_MAX = 200;

export interface NewGoalRow {
  /** Stable React key (and error key) of the row. */
  key: string;
  parentId: string;
  name: string;
}

export interface CreateSessionForm {
  source: SessionSource;
  templateId: string;
  programDayId: string;
  /** The chosen day's template the session is built from. */
  programTemplateId: string;
  goalIds: string[];
  newGoals: NewGoalRow[];
  name: string;
  start: StartChoice;
  /** `datetime-local` value, used when `start` is 'at'. */
  startAt: string;
}

/** Field keys of the form: its fields, and `newGoal:<row key>` for each new immediate goal. */
export type CreateSessionErrors = Record<string, string>;

export const EMPTY_CREATE_FORM: CreateSessionForm = {
  source: 'empty',
  templateId: '',
  programDayId: '',
  programTemplateId: '',
  goalIds: [],
  newGoals: [],
  name: '',
  start: 'now',
  startAt: '',
};

export type BuildResult = { ok: true; body: CreateSessionRequest } | { ok: false; errors: CreateSessionErrors };

export const SHORT_TERM_GOAL_NEEDED = 'Select at least one short-term goal to create a session from a template.';

/**
 * Why Create stays disabled, or null when it may be pressed. A session from a template is practice towards a
 * short-term goal, so one of the listed short-term goals must be ticked (its immediate goals alone, or a goal of
 * another level, are not enough); `selectable` is undefined while the goals load, and nothing counts then.
 */
export function createBlockedReason(form: CreateSessionForm, selectable: readonly SelectableGoal[] | undefined): string | null {
  if (form.source !== 'template') {
    return null;
  }
  const shortTerm = new Set((selectable ?? []).filter((goal) => goal.level === 'SHORT_TERM').map((goal) => goal.id));
  return form.goalIds.some((goalId) => shortTerm.has(goalId)) ? null : SHORT_TERM_GOAL_NEEDED;
}

/** Checks the form and builds the body of `POST …/sessions`, or says what to fix next to each field. */
export function buildCreateSessionBody(form: CreateSessionForm): BuildResult {
  const errors: CreateSessionErrors = {};
  const body: CreateSessionRequest = { goalIds: [...new Set(form.goalIds)] };

  if (form.source === 'template') {
    if (form.templateId === '') {
      errors.source = 'Choose a template.';
    } else {
      body.templateId = form.templateId;
    }
  } else if (form.source === 'program') {
    if (form.programDayId === '') {
      errors.source = 'Choose a program day.';
    } else {
      body.programDayId = form.programDayId;
      if (form.programTemplateId !== '') {
        body.templateId = form.programTemplateId;
      }
    }
  }

  const newGoals = form.newGoals.map((row) => ({ ...row, name: row.name.trim() }));
  for (const row of newGoals) {
    if (row.name === '') {
      errors[`newGoal:${row.key}`] = 'Name the new goal, or remove it.';
    } else if (row.name.length > SESSION_NAME_MAX) {
      errors[`newGoal:${row.key}`] = `At most ${SESSION_NAME_MAX} characters.`;
    }
  }
  if (newGoals.length > 0) {
    body.newImmediateGoals = newGoals.map(({ parentId, name }) => ({ parentId, name }));
  }
  if (body.goalIds.length === 0 && newGoals.length === 0) {
    errors.goals = 'Select at least one goal, or add a new immediate goal.';
  }

  const name = form.name.trim();
  if (name.length > SESSION_NAME_MAX) {
    errors.name = `At most ${SESSION_NAME_MAX} characters (it has ${name.length}).`;
  } else if (name !== '') {
    body.name = name;
  }

  if (form.start === 'later') {
    body.startedAt = null;
  } else if (form.start === 'at') {
    const startedAt = fromLocalInput(form.startAt);
    if (!startedAt) {
      errors.startAt = 'Enter the date and time the session starts.';
    } else {
      body.startedAt = startedAt;
    }
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body };
}

/**
 * The server's field errors (named by their path in the body) under the form's keys, so each shows next to
 * its field; the rest are joined under ''.
 */
export function mapCreateSessionErrors(error: unknown, form: CreateSessionForm): CreateSessionErrors {
  const result: CreateSessionErrors = {};
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
  for (const { field, message } of fieldErrors) {
    const key = formKey(field, form);
    result[key] = result[key] ? `${result[key]} ${message}` : message;
  }
  return result;
}

function formKey(field: string, form: CreateSessionForm): string {
  const newGoal = /^newImmediateGoals\[(\d+)\]/.exec(field);
  if (newGoal) {
    const row = form.newGoals[Number(newGoal[1])];
    return row ? `newGoal:${row.key}` : 'goals';
  }
  if (field === 'newImmediateGoals' || field.startsWith('goalIds')) {
    return 'goals';
  }
  if (field === 'templateId' || field === 'programDayId') {
    return 'source';
  }
  if (field === 'startedAt') {
    return 'startAt';
  }
  return field === 'name' ? 'name' : '';
}

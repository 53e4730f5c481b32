import { levelRank } from './levels';
import { OPERATORS, type GoalLevel, type GoalNode, type GoalPatch, type NewGoal, type Operator, type TargetBody } from './types';

export const NAME_MAX = 200;
export const TEXT_MAX = 5000;
export const THRESHOLDS_MAX = 10;

/** Messages by field name; '' holds a message for the form as a whole. */
export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

function checkName(name: string, errors: FieldErrors, label = 'Name') {
  if (name === '') {
    errors.name = `${label} is required.`;
  } else if (name.length > NAME_MAX) {
    errors.name = `${label} must be at most ${NAME_MAX} characters (it has ${name.length}).`;
  }
}

function checkLength(field: string, label: string, value: string, errors: FieldErrors) {
  if (value.length > TEXT_MAX) {
    errors[field] = `${label} must be at most ${TEXT_MAX} characters (it has ${value.length}).`;
  }
}

function checkDeadline(deadline: string, errors: FieldErrors) {
  if (deadline !== '' && !isDate(deadline)) {
    errors.deadline = 'Enter the deadline as a date (YYYY-MM-DD).';
  }
}

function result<T>(errors: FieldErrors, value: () => T): Validated<T> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

export interface GoalFormValues {
  name: string;
  description: string;
  deadline: string;
  relevance: string;
}

export function goalFormValues(goal: GoalNode): GoalFormValues {
  return {
    name: goal.name,
    description: goal.description ?? '',
    deadline: goal.deadline ?? '',
    relevance: goal.relevance ?? '',
  };
}

/** Checks the edit form and builds a PATCH of only the fields that changed (empty text clears a field). */
export function validateGoalEdit(values: GoalFormValues, goal: GoalNode): Validated<GoalPatch> {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  const description = values.description.trim();
  const relevance = values.relevance.trim();
  const deadline = values.deadline.trim();
  checkName(name, errors);
  checkLength('description', 'The description', description, errors);
  checkLength('relevance', 'The relevance statement', relevance, errors);
  checkDeadline(deadline, errors);
  return result(errors, () => {
    const patch: GoalPatch = {};
    if (name !== goal.name) {
      patch.name = name;
    }
    if (description !== (goal.description ?? '')) {
      patch.description = description === '' ? null : description;
    }
    if (deadline !== (goal.deadline ?? '')) {
      patch.deadline = deadline === '' ? null : deadline;
    }
    if (relevance !== (goal.relevance ?? '')) {
      patch.relevance = relevance === '' ? null : relevance;
    }
    return patch;
  });
}

export interface ChildFormValues {
  name: string;
  level: GoalLevel;
  deadline: string;
}

export function validateNewChild(values: ChildFormValues, parent: GoalNode): Validated<NewGoal> {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  const deadline = values.deadline.trim();
  checkName(name, errors);
  if (levelRank(values.level) <= levelRank(parent.level)) {
    errors.level = 'Choose a level below the parent goal’s level.';
  }
  checkDeadline(deadline, errors);
  if (deadline !== '' && parent.deadline && deadline > parent.deadline) {
    errors.deadline = `The deadline may not be later than the parent goal’s deadline, ${parent.deadline}.`;
  }
  return result(errors, () => ({
    parentId: parent.id,
    name,
    level: values.level,
    ...(deadline !== '' ? { deadline } : {}),
  }));
}

export interface ThresholdRow {
  metricId: string;
  operator: Operator;
  value: string;
}

export interface TargetFormValues {
  name: string;
  activityId: string;
  thresholds: ThresholdRow[];
}

export const thresholdField = (index: number, part: keyof ThresholdRow) => `thresholds[${index}].${part}`;

/** Every field name of the target form, so server errors such as `thresholds[1].value` find their input. */
export function targetFields(values: TargetFormValues): string[] {
  return [
    'name',
    'activityId',
    'thresholds',
    ...values.thresholds.flatMap((_, index) => (['metricId', 'operator', 'value'] as const).map((part) => thresholdField(index, part))),
  ];
}

export function validateTarget(values: TargetFormValues, metricIds: readonly string[]): Validated<TargetBody> {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  checkName(name, errors, 'The target’s name');
  if (values.activityId === '') {
    errors.activityId = 'Choose the activity the target measures.';
  }
  if (values.thresholds.length === 0) {
    errors.thresholds = 'Add at least one threshold.';
  } else if (values.thresholds.length > THRESHOLDS_MAX) {
    errors.thresholds = `At most ${THRESHOLDS_MAX} thresholds.`;
  }
  values.thresholds.forEach((row, index) => {
    if (row.metricId === '' || (values.activityId !== '' && !metricIds.includes(row.metricId))) {
      errors[thresholdField(index, 'metricId')] = 'Choose a metric of the activity.';
    }
    if (!OPERATORS.includes(row.operator)) {
      errors[thresholdField(index, 'operator')] = 'Choose a comparison.';
    }
    const text = row.value.trim();
    if (text === '' || !Number.isFinite(Number(text))) {
      errors[thresholdField(index, 'value')] = 'Enter a number.';
    }
  });
  return result(errors, () => ({
    name,
    activityId: values.activityId,
    thresholds: values.thresholds.map((row) => ({ metricId: row.metricId, operator: row.operator, value: Number(row.value.trim()) })),
  }));
}

import { addDays, isIsoDate, weekdayIndex } from '../activities/common/dates';
import {
  DAYS_OF_WEEK,
  type BlockRequest,
  type DayOfWeek,
  type DayRequest,
  type GoalNode,
  type Program,
  type ProgramBlock,
  type ProgramRequest,
} from './types';

/** The server's limits (docs/programs.md). */
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const DAY_TEMPLATES_MAX = 20;
/** v1.2's block colour, also the server's default. */
export const DEFAULT_BLOCK_COLOR = '#3A86FF';

export type Errors = Record<string, string>;
type Result<T> = { ok: true; request: T } | { ok: false; errors: Errors };

/** Target goals of a program: long-, mid- and short-term goals. */
export const PROGRAM_GOAL_LEVELS = ['LONG_TERM', 'MID_TERM', 'SHORT_TERM'] as const;

export const LEVEL_NAMES: Record<string, string> = {
  ULTIMATE: 'Ultimate',
  LONG_TERM: 'Long-term',
  MID_TERM: 'Mid-term',
  SHORT_TERM: 'Short-term',
  IMMEDIATE: 'Immediate',
  MICRO: 'Micro',
  NANO: 'Nano',
};

export interface GoalOption {
  id: string;
  name: string;
  level: string;
  /** Depth below the fractal's root, for indenting the list. */
  depth: number;
  completed: boolean;
}

/** Every goal of the tree in tree order (depth first), as options. */
export function flattenGoals(root: GoalNode | undefined): GoalOption[] {
  const result: GoalOption[] = [];
  const visit = (node: GoalNode, depth: number) => {
    result.push({ id: node.id, name: node.name, level: node.level, depth, completed: node.completed });
    node.children.forEach((child) => visit(child, depth + 1));
  };
  if (root) {
    visit(root, 0);
  }
  return result;
}

/** The goals a program may aim at. */
export function programGoalOptions(root: GoalNode | undefined): GoalOption[] {
  return flattenGoals(root).filter((goal) => (PROGRAM_GOAL_LEVELS as readonly string[]).includes(goal.level));
}

export interface ProgramFormValues {
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  goalIds: string[];
}

export function programFormValues(program?: Program): ProgramFormValues {
  return program
    ? {
        name: program.name,
        description: program.description ?? '',
        startDate: program.startDate,
        endDate: program.endDate,
        goalIds: [...program.goalIds],
      }
    : { name: '', description: '', startDate: '', endDate: '', goalIds: [] };
}

function checkName(errors: Errors, value: string, missing: string) {
  if (value === '') {
    errors.name = missing;
  } else if (value.length > NAME_MAX) {
    errors.name = `At most ${NAME_MAX} characters (now ${value.length}).`;
  }
}

function checkDates(errors: Errors, startDate: string, endDate: string) {
  if (startDate === '') {
    errors.startDate = 'Start date is required';
  } else if (!isIsoDate(startDate)) {
    errors.startDate = 'Invalid date format';
  }
  if (endDate === '') {
    errors.endDate = 'End date is required';
  } else if (!isIsoDate(endDate)) {
    errors.endDate = 'Invalid date format';
  }
}

/** The rules of a program as the server checks them; errors named by the request's fields. */
export function validateProgram(values: ProgramFormValues): Result<ProgramRequest> {
  const errors: Errors = {};
  const name = values.name.trim();
  checkName(errors, name, 'Program name is required');
  const description = values.description.trim();
  if (description.length > DESCRIPTION_MAX) {
    errors.description = `At most ${DESCRIPTION_MAX} characters (now ${description.length}).`;
  }
  checkDates(errors, values.startDate, values.endDate);
  if (!errors.startDate && !errors.endDate && values.endDate <= values.startDate) {
    errors.endDate = 'End date must be after start date';
  }
  const goalIds = [...new Set(values.goalIds)];
  if (goalIds.length === 0) {
    errors.goalIds = 'At least one goal must be selected';
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: {
      name,
      description: description === '' ? null : description,
      startDate: values.startDate,
      endDate: values.endDate,
      goalIds,
    },
  };
}

export interface BlockFormValues {
  name: string;
  startDate: string;
  endDate: string;
  color: string;
}

export function blockFormValues(block?: ProgramBlock): BlockFormValues {
  return block
    ? { name: block.name, startDate: block.startDate, endDate: block.endDate, color: block.color }
    : { name: '', startDate: '', endDate: '', color: DEFAULT_BLOCK_COLOR };
}

/** A block lies inside its program; its end may equal its start (a one-day block). */
export function validateBlock(values: BlockFormValues, program: Pick<Program, 'startDate' | 'endDate'>): Result<BlockRequest> {
  const errors: Errors = {};
  const name = values.name.trim();
  checkName(errors, name, 'Block name is required');
  checkDates(errors, values.startDate, values.endDate);
  const inside = `Must lie inside the program (${program.startDate} – ${program.endDate})`;
  if (!errors.startDate && (values.startDate < program.startDate || values.startDate > program.endDate)) {
    errors.startDate = inside;
  }
  if (!errors.endDate && (values.endDate < program.startDate || values.endDate > program.endDate)) {
    errors.endDate = inside;
  }
  if (!errors.startDate && !errors.endDate && values.endDate < values.startDate) {
    errors.endDate = 'End date cannot be before start date';
  }
  if (!/^#[0-9a-fA-F]{6}$/.test(values.color)) {
    errors.color = 'Colour must be #RRGGBB';
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: { name, startDate: values.startDate, endDate: values.endDate, color: values.color.toUpperCase() },
  };
}

export type DayMode = 'date' | 'weekday' | 'abstract';

export interface DayFormValues {
  name: string;
  templateIds: string[];
  mode: DayMode;
  date: string;
  dayOfWeek: DayOfWeek;
}

export function emptyDayForm(block: Pick<ProgramBlock, 'startDate'>): DayFormValues {
  return { name: '', templateIds: [], mode: 'abstract', date: block.startDate, dayOfWeek: 'MONDAY' };
}

/** The dates of the block that fall on `dayOfWeek` (what adding a weekday day creates). */
export function weekdayDates(block: Pick<ProgramBlock, 'startDate' | 'endDate'>, dayOfWeek: DayOfWeek): string[] {
  const wanted = DAYS_OF_WEEK.indexOf(dayOfWeek);
  const first = addDays(block.startDate, (wanted - weekdayIndex(block.startDate) + 7) % 7);
  const dates: string[] = [];
  for (let date = first; date <= block.endDate; date = addDays(date, 7)) {
    dates.push(date);
  }
  return dates;
}

function checkTemplates(errors: Errors, templateIds: readonly string[]) {
  if (templateIds.length === 0) {
    errors.templateIds = 'Pick at least one template';
  } else if (templateIds.length > DAY_TEMPLATES_MAX) {
    errors.templateIds = `At most ${DAY_TEMPLATES_MAX} templates`;
  }
}

/** A new day: one on a date inside the block, one per such weekday inside it, or one abstract day. */
export function validateDay(values: DayFormValues, block: Pick<ProgramBlock, 'startDate' | 'endDate'>): Result<DayRequest> {
  const errors: Errors = {};
  const name = values.name.trim();
  checkName(errors, name, 'Day name is required');
  checkTemplates(errors, values.templateIds);
  if (values.mode === 'date') {
    if (!isIsoDate(values.date)) {
      errors.date = 'Pick a date';
    } else if (values.date < block.startDate || values.date > block.endDate) {
      errors.date = `The date must lie inside the block (${block.startDate} – ${block.endDate})`;
    }
  }
  if (values.mode === 'weekday' && weekdayDates(block, values.dayOfWeek).length === 0) {
    errors.dayOfWeek = `No ${values.dayOfWeek} lies inside the block`;
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const request: DayRequest = { name, templateIds: [...values.templateIds] };
  if (values.mode === 'date') {
    request.date = values.date;
  } else if (values.mode === 'weekday') {
    request.dayOfWeek = values.dayOfWeek;
  }
  return { ok: true, request };
}

/** An edit of a day changes its name and templates only (its date stays). */
export function validateDayEdit(name: string, templateIds: readonly string[]): Errors {
  const errors: Errors = {};
  checkName(errors, name.trim(), 'Day name is required');
  checkTemplates(errors, templateIds);
  return errors;
}

/** "Monday" for MONDAY. */
export function dayOfWeekLabel(day: DayOfWeek): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

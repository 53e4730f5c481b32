import { isGoalLevel, LEVEL_NAMES } from './levels';
import type { HistoryEntry } from './types';

/** What a history text needs to name other goals and targets (by id, as the entries only carry ids). */
export interface HistoryNames {
  goals: ReadonlyMap<string, string>;
  targets: ReadonlyMap<string, string>;
}

interface BeforeAfter {
  before: unknown;
  after: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function beforeAfter(change: Record<string, unknown>, field: string): BeforeAfter | null {
  const value = change[field];
  return isObject(value) && 'before' in value && 'after' in value ? { before: value.before, after: value.after } : null;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function quoted(value: unknown): string {
  return `“${text(value) ?? ''}”`;
}

/** Long texts (descriptions) are cut so that one entry stays one or two lines. */
function short(value: unknown, max = 80): string {
  const full = text(value) ?? '';
  return quoted(full.length > max ? `${full.slice(0, max - 1)}…` : full);
}

function goalName(id: unknown, names: HistoryNames): string {
  const name = typeof id === 'string' ? names.goals.get(id) : undefined;
  return name ? quoted(name) : 'a goal that no longer exists';
}

function targetName(change: Record<string, unknown>, names: HistoryNames): string {
  const ownName = typeof change.name === 'string' ? change.name : null;
  const renamed = beforeAfter(change, 'name');
  const known = typeof change.targetId === 'string' ? names.targets.get(change.targetId) : undefined;
  const name = ownName ?? text(renamed?.after) ?? known ?? null;
  return name ? `Target ${quoted(name)}` : 'A target';
}

/** A text field's edit: set, changed or cleared. */
function textEdit(label: string, edit: BeforeAfter | null, show: (value: unknown) => string): string {
  if (!edit) {
    return `${label} changed`;
  }
  const before = text(edit.before);
  const after = text(edit.after);
  if (after === null) {
    return before === null ? `${label} cleared` : `${label} cleared (was ${show(edit.before)})`;
  }
  return before === null ? `${label} set to ${show(edit.after)}` : `${label} changed from ${show(edit.before)} to ${show(edit.after)}`;
}

function targetChange(change: Record<string, unknown>, names: HistoryNames): string {
  const parts: string[] = [];
  const renamed = beforeAfter(change, 'name');
  if (renamed) {
    parts.push(`renamed from ${quoted(renamed.before)} to ${quoted(renamed.after)}`);
  }
  if (beforeAfter(change, 'activityId')) {
    parts.push('now measures another activity');
  }
  if (beforeAfter(change, 'thresholds')) {
    parts.push('thresholds changed');
  }
  const name = targetName(change, names);
  return parts.length === 0 ? `${name} saved without changes` : `${name}: ${parts.join(', ')}`;
}

const REOPEN_CAUSES: Record<string, string> = {
  GOAL_UNCOMPLETED: 'because the goal was marked incomplete',
  TARGET_REDEFINED: 'because it was redefined',
};

/** An event type in words, for types this page does not know yet ("GoalPaused" → "Goal paused"). */
function typeInWords(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One history entry as a sentence ("Renamed from “A” to “B”"). */
export function describeEntry(entry: HistoryEntry, names: HistoryNames, goalId?: string): string {
  const change = isObject(entry.change) ? entry.change : {};
  switch (entry.type) {
    case 'GoalCreated': {
      const level = typeof change.level === 'string' && isGoalLevel(change.level) ? LEVEL_NAMES[change.level] : 'goal';
      const under = change.parentId ? ` under ${goalName(change.parentId, names)}` : ' as the root of the fractal';
      return `Created ${level} goal ${quoted(change.name)}${under}`;
    }
    case 'GoalRenamed': {
      const edit = beforeAfter(change, 'name');
      return edit ? `Renamed from ${quoted(edit.before)} to ${quoted(edit.after)}` : 'Renamed';
    }
    case 'GoalDescriptionChanged':
      return textEdit('Description', beforeAfter(change, 'description'), short);
    case 'GoalRelevanceChanged':
      return textEdit('Relevance', beforeAfter(change, 'relevance'), short);
    case 'GoalDeadlineChanged':
      return textEdit('Deadline', beforeAfter(change, 'deadline'), (value) => text(value) ?? '');
    case 'GoalMoved': {
      const edit = beforeAfter(change, 'parentId');
      return edit ? `Moved from under ${goalName(edit.before, names)} to under ${goalName(edit.after, names)}` : 'Moved';
    }
    case 'GoalDeleted': {
      const removed = Array.isArray(change.removedGoalIds) ? change.removedGoalIds : [];
      if (goalId !== undefined && removed.length > 0 && removed[0] !== goalId) {
        return `Deleted together with ${goalName(removed[0], names)}, a goal above it`;
      }
      const others = Math.max(0, removed.length - 1);
      return others === 0 ? 'Deleted' : `Deleted with ${others} ${others === 1 ? 'goal' : 'goals'} below it`;
    }
    case 'GoalCompleted':
      return change.source === 'TARGETS' ? 'Completed automatically: all its targets were achieved' : 'Marked complete';
    case 'GoalUncompleted':
      return 'Marked incomplete';
    case 'TargetAdded':
      return `${targetName(change, names)} added`;
    case 'TargetChanged':
      return targetChange(change, names);
    case 'TargetRemoved':
      return `${targetName(change, names)} removed`;
    case 'TargetAchieved':
      return `${targetName(change, names)} achieved`;
    case 'TargetReopened': {
      const cause = typeof change.cause === 'string' ? REOPEN_CAUSES[change.cause] : undefined;
      return `${targetName(change, names)} reopened${cause ? ` ${cause}` : ''}`;
    }
    default:
      return typeInWords(entry.type);
  }
}

/** Target names seen in the entries, so later entries (which may carry only the id) can name the target. */
export function targetNamesFrom(entries: readonly HistoryEntry[], known: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map(known);
  for (const { change } of entries) {
    if (!isObject(change) || typeof change.targetId !== 'string') {
      continue;
    }
    const name = typeof change.name === 'string' ? change.name : text(beforeAfter(change, 'name')?.after);
    if (name !== null && !names.has(change.targetId)) {
      names.set(change.targetId, name);
    }
  }
  return names;
}

/** Whether the entry was a step the system took by itself (target achieved, automatic completion). */
export function isAutomatic(entry: HistoryEntry): boolean {
  return entry.actor === 'system';
}

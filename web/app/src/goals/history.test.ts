import { describe, expect, it } from 'vitest';
import { describeEntry, isAutomatic, targetNamesFrom, type HistoryNames } from './history';
import type { HistoryEntry } from './types';

const names: HistoryNames = {
  goals: new Map([
    ['root', 'Become a pianist'],
    ['ltg', 'Master nocturnes'],
    ['me', 'Op. 9 No. 2'],
  ]),
  targets: new Map([['t1', 'Scales 120×4']]),
};

function entry(type: string, change: Record<string, unknown>, actor = 'user-1'): HistoryEntry {
  return { sequence: 1, type, occurredAt: '2026-01-05T10:00:00Z', actor, change };
}

const say = (type: string, change: Record<string, unknown>) => describeEntry(entry(type, change), names, 'me');

describe('describeEntry', () => {
  it('tells how the goal began', () => {
    expect(say('GoalCreated', { name: 'Op. 9 No. 2', level: 'MID_TERM', parentId: 'ltg' })).toBe(
      'Created Mid-term goal “Op. 9 No. 2” under “Master nocturnes”',
    );
    expect(say('GoalCreated', { name: 'Become a pianist', level: 'ULTIMATE', parentId: null })).toBe(
      'Created Ultimate goal “Become a pianist” as the root of the fractal',
    );
  });

  it('tells renames, texts and deadlines with what they were before', () => {
    expect(say('GoalRenamed', { name: { before: 'A', after: 'B' } })).toBe('Renamed from “A” to “B”');
    expect(say('GoalDescriptionChanged', { description: { before: null, after: 'Play it' } })).toBe('Description set to “Play it”');
    expect(say('GoalDescriptionChanged', { description: { before: 'Old', after: null } })).toBe('Description cleared (was “Old”)');
    expect(say('GoalRelevanceChanged', { relevance: { before: 'x', after: 'y' } })).toBe('Relevance changed from “x” to “y”');
    expect(say('GoalDeadlineChanged', { deadline: { before: '2026-03-01', after: '2026-04-01' } })).toBe(
      'Deadline changed from 2026-03-01 to 2026-04-01',
    );
    expect(say('GoalDeadlineChanged', { deadline: { before: null, after: '2026-04-01' } })).toBe('Deadline set to 2026-04-01');
  });

  it('cuts long texts', () => {
    const long = 'x'.repeat(200);
    expect(say('GoalDescriptionChanged', { description: { before: null, after: long } })).toHaveLength(
      'Description set to “”'.length + 80,
    );
  });

  it('names the parents of a move, and says so when one is gone', () => {
    expect(say('GoalMoved', { parentId: { before: 'ltg', after: 'root' } })).toBe(
      'Moved from under “Master nocturnes” to under “Become a pianist”',
    );
    expect(say('GoalMoved', { parentId: { before: 'gone', after: 'root' } })).toBe(
      'Moved from under a goal that no longer exists to under “Become a pianist”',
    );
  });

  it('tells deletions, also of the goals that went with an ancestor', () => {
    expect(say('GoalDeleted', { removedGoalIds: ['me'] })).toBe('Deleted');
    expect(say('GoalDeleted', { removedGoalIds: ['me', 'a', 'b'] })).toBe('Deleted with 2 goals below it');
    expect(say('GoalDeleted', { removedGoalIds: ['ltg', 'me'] })).toBe('Deleted together with “Master nocturnes”, a goal above it');
  });

  it('tells manual and automatic completion', () => {
    expect(say('GoalCompleted', { source: 'MANUAL', sessionId: null })).toBe('Marked complete');
    expect(say('GoalCompleted', { source: 'TARGETS', sessionId: 's1' })).toBe('Completed automatically: all its targets were achieved');
    expect(say('GoalUncompleted', {})).toBe('Marked incomplete');
  });

  it('tells what happened to targets', () => {
    expect(say('TargetAdded', { targetId: 't2', name: 'Reps', activityId: 'a', thresholds: [] })).toBe('Target “Reps” added');
    expect(say('TargetChanged', { targetId: 't1', name: { before: 'Old', after: 'New' }, thresholds: { before: [], after: [] } })).toBe(
      'Target “New”: renamed from “Old” to “New”, thresholds changed',
    );
    expect(say('TargetChanged', { targetId: 't1', activityId: { before: 'a', after: 'b' } })).toBe(
      'Target “Scales 120×4”: now measures another activity',
    );
    expect(say('TargetChanged', { targetId: 't1' })).toBe('Target “Scales 120×4” saved without changes');
    expect(say('TargetRemoved', { targetId: 't9', name: 'Old one' })).toBe('Target “Old one” removed');
    expect(say('TargetAchieved', { targetId: 't1', name: 'Scales 120×4', sessionId: 's', instanceId: 'i' })).toBe(
      'Target “Scales 120×4” achieved',
    );
    expect(say('TargetReopened', { targetId: 't1', name: null, cause: 'GOAL_UNCOMPLETED' })).toBe(
      'Target “Scales 120×4” reopened because the goal was marked incomplete',
    );
    expect(say('TargetReopened', { targetId: 'unknown', name: null, cause: 'UNRECORDED' })).toBe('A target reopened');
  });

  it('puts unknown event types into words', () => {
    expect(say('GoalPaused', {})).toBe('Goal paused');
  });
});

describe('helpers', () => {
  it('learns target names from earlier entries, keeping the known ones', () => {
    const learned = targetNamesFrom(
      [entry('TargetAdded', { targetId: 't2', name: 'Reps' }), entry('TargetChanged', { targetId: 't3', name: { before: 'a', after: 'b' } }), entry('TargetAdded', { targetId: 't1', name: 'Other' })],
      names.targets,
    );
    expect(Object.fromEntries(learned)).toEqual({ t1: 'Scales 120×4', t2: 'Reps', t3: 'b' });
  });

  it('marks the system’s steps as automatic', () => {
    expect(isAutomatic(entry('TargetAchieved', {}, 'system'))).toBe(true);
    expect(isAutomatic(entry('GoalRenamed', {}))).toBe(false);
  });
});

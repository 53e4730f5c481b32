import { describe, expect, it } from 'vitest';
import { problem } from '../../test/fakes';
import { toLocalInput } from '../duration';
import { goalNamesOf } from '../goalNames';
import type { Activity } from '../../api/activities';
import { groupActivities } from './ActivityPicker';
import { activityFieldErrors } from './NewActivityForm';
import { sectionName } from './sectionName';
import { sessionPatch } from './SessionEditForm';

const activity = (id: string, groupId: string | null): Activity => ({
  id,
  name: id,
  description: null,
  groupId,
  hasSets: false,
  hasSplits: false,
  hasMetrics: false,
  multiplicative: false,
  metrics: [],
  splits: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
});

describe('groupActivities', () => {
  it('lists activities under their groups in group order, the ungrouped (and orphaned) ones last', () => {
    const groups = [
      { id: 'g2', name: 'Repertoire', description: null, position: 1 },
      { id: 'g1', name: 'Technique', description: null, position: 0 },
      { id: 'g3', name: 'Empty', description: null, position: 2 },
    ];
    const result = groupActivities([activity('a', 'g2'), activity('b', null), activity('c', 'g1'), activity('d', 'gone')], groups);
    expect(result.map((group) => [group.label, group.activities.map((a) => a.id)])).toEqual([
      ['Technique', ['c']],
      ['Repertoire', ['a']],
      ['Ungrouped', ['b', 'd']],
    ]);
  });

  it('names the only group "Activities" when the fractal has no groups', () => {
    expect(groupActivities([activity('a', null)], []).map((group) => group.label)).toEqual(['Activities']);
  });
});

describe('activityFieldErrors', () => {
  it('puts metric errors next to their row and keeps unknown fields in general', () => {
    const error = problem(400, 'Invalid', undefined, [
      { field: 'name', message: 'Name is required' },
      { field: 'metrics[1].unit', message: 'Unit is required' },
      { field: 'metrics', message: 'Maximum of 3 metrics allowed per activity.' },
      { field: 'groupId', message: 'There is no such group in this fractal' },
    ]);
    expect(activityFieldErrors(error)).toEqual({
      name: 'Name is required',
      'metric-1-unit': 'Unit is required',
      metrics: 'Maximum of 3 metrics allowed per activity.',
      '': 'groupId: There is no such group in this fractal',
    });
  });
});

describe('sessionPatch', () => {
  const original = { name: 'Daily Practice', startedAt: '2026-03-01T10:00:00Z' };

  it('sends only what changed, a blank name as null', () => {
    expect(sessionPatch(original, 'Daily Practice', toLocalInput(original.startedAt))).toEqual({ ok: true, patch: {} });
    expect(sessionPatch(original, '  ', toLocalInput(original.startedAt))).toEqual({ ok: true, patch: { name: null } });
    expect(sessionPatch(original, 'Daily Practice', toLocalInput('2026-03-01T09:00:00Z'))).toEqual({
      ok: true,
      patch: { startedAt: '2026-03-01T09:00:00Z' },
    });
  });

  it('refuses a start it cannot read and an over-long name', () => {
    expect(sessionPatch(original, 'Daily Practice', 'soon')).toEqual({ ok: false, errors: { startedAt: 'Enter a date and time.' } });
    expect(sessionPatch(original, 'x'.repeat(201), '')).toEqual({ ok: false, errors: { name: 'At most 200 characters.' } });
  });
});

describe('names', () => {
  it('names unnamed sections by their number and every goal of a tree', () => {
    expect(sectionName({ name: null }, 0)).toBe('Section 1');
    expect(sectionName({ name: 'Warm-up' }, 3)).toBe('Warm-up');
    const names = goalNamesOf({
      id: 'r',
      name: 'Root',
      level: 'ULTIMATE',
      completed: false,
      children: [{ id: 'c', name: 'Child', level: 'LONG_TERM', completed: false, children: [] }],
    });
    expect([...names.entries()]).toEqual([
      ['r', 'Root'],
      ['c', 'Child'],
    ]);
  });
});

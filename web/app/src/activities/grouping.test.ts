import { describe, expect, it } from 'vitest';
import { groupActivities, moveItem } from './grouping';
import type { Activity, ActivityGroup } from '../api/activities';

const group = (id: string, name: string, position: number): ActivityGroup => ({ id, name, description: null, position });

function activity(id: string, name: string, groupId: string | null): Activity {
  return {
    id,
    name,
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
  };
}

describe('groupActivities', () => {
  it('lists the groups in their order, each with its activities by name, then the ungrouped ones', () => {
    const sections = groupActivities(
      [group('g2', 'Repertoire', 1), group('g1', 'Technique', 0), group('g3', 'Theory', 2)],
      [
        activity('a1', 'scales', 'g1'),
        activity('a2', 'Arpeggios', 'g1'),
        activity('a3', 'Nocturne', 'g2'),
        activity('a4', 'Sight reading', null),
        activity('a5', 'Old one', 'gone'),
      ],
    );
    expect(sections.map((section) => [section.group?.name ?? 'Ungrouped', section.activities.map((a) => a.name)])).toEqual([
      ['Technique', ['Arpeggios', 'scales']],
      ['Repertoire', ['Nocturne']],
      ['Theory', []],
      ['Ungrouped', ['Old one', 'Sight reading']],
    ]);
  });

  it('leaves out Ungrouped when every activity has a group', () => {
    expect(groupActivities([group('g1', 'A', 0)], [activity('a1', 'x', 'g1')])).toHaveLength(1);
    expect(groupActivities([], [])).toEqual([]);
  });
});

describe('moveItem', () => {
  it('moves an item up or down by one place', () => {
    expect(moveItem(['Technique', 'Repertoire', 'Theory'], 2, -1)).toEqual(['Technique', 'Theory', 'Repertoire']);
    expect(moveItem(['Technique', 'Theory', 'Repertoire'], 1, -1)).toEqual(['Theory', 'Technique', 'Repertoire']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it is at its ends', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 5, -1)).toEqual(['a', 'b']);
  });
});

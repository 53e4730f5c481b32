import { describe, expect, it } from 'vitest';
import { entityLabel, orderedCounts } from './entities';

describe('entityLabel', () => {
  it('names the summary entities in plain words', () => {
    expect(entityLabel('activityGroups')).toBe('Activity groups');
    expect(entityLabel('metricValues')).toBe('Recorded values');
    expect(entityLabel('templates')).toBe('Session templates');
  });

  it('spells out an entity it does not know from its name', () => {
    expect(entityLabel('sessionNotesAttachments')).toBe('Session notes attachments');
    expect(entityLabel('program_day_templates')).toBe('Program day templates');
  });
});

describe('orderedCounts', () => {
  it('lists the known entities in the order of the import, then the others by name', () => {
    expect(orderedCounts({ zebras: 1, sessions: 4, goals: 21, aardvarks: 2, targets: 2 }).map(([entity]) => entity)).toEqual([
      'goals',
      'targets',
      'sessions',
      'aardvarks',
      'zebras',
    ]);
  });
});

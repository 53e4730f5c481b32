import { describe, expect, it } from 'vitest';
import {
  draftFromTemplate,
  emptyDraft,
  parseMinutes,
  summaryLabel,
  templateDraftReducer,
  totalMinutes,
  validateTemplateDraft,
  type TemplateDraft,
  type TemplateDraftAction,
} from './templateDraft';
import type { Template } from './types';

const apply = (draft: TemplateDraft, ...actions: TemplateDraftAction[]) => actions.reduce(templateDraftReducer, draft);

const daily: Template = {
  id: 't1',
  name: 'Daily Practice',
  description: null,
  sections: [
    { name: 'Warm-up', plannedMinutes: 10, activityIds: ['scale', 'arpeggio'] },
    { name: 'Repertoire', plannedMinutes: 30, activityIds: ['nocturne'] },
  ],
  totalMinutes: 40,
  sectionCount: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
};

const names = (draft: TemplateDraft) => draft.sections.map((section) => section.name);

describe('the template draft reducer', () => {
  it('adds, renames, reorders and removes sections', () => {
    let draft = apply(emptyDraft(), { type: 'sectionName', key: 0, value: 'Warm-up' }, { type: 'addSection' });
    draft = apply(draft, { type: 'sectionName', key: 1, value: 'Cool-down' }, { type: 'addSection' });
    draft = apply(draft, { type: 'sectionName', key: 2, value: 'Pieces' });
    expect(names(draft)).toEqual(['Warm-up', 'Cool-down', 'Pieces']);

    draft = apply(draft, { type: 'moveSection', key: 2, delta: -1 });
    expect(names(draft)).toEqual(['Warm-up', 'Pieces', 'Cool-down']);
    draft = apply(draft, { type: 'moveSection', key: 0, delta: -1 });
    expect(names(draft)).toEqual(['Warm-up', 'Pieces', 'Cool-down']);

    draft = apply(draft, { type: 'removeSection', key: 1 });
    expect(names(draft)).toEqual(['Warm-up', 'Pieces']);
  });

  it('adds, reorders, removes and moves activities between sections', () => {
    let draft = draftFromTemplate(daily);
    draft = apply(draft, { type: 'addActivity', key: 0, activityId: 'trill' });
    expect(draft.sections[0]?.activityIds).toEqual(['scale', 'arpeggio', 'trill']);

    draft = apply(draft, { type: 'moveActivity', key: 0, index: 2, delta: -1 });
    expect(draft.sections[0]?.activityIds).toEqual(['scale', 'trill', 'arpeggio']);

    draft = apply(draft, { type: 'moveActivityTo', key: 0, index: 1, toKey: 1 });
    expect(draft.sections.map((section) => section.activityIds)).toEqual([['scale', 'arpeggio'], ['nocturne', 'trill']]);

    draft = apply(draft, { type: 'removeActivity', key: 1, index: 0 });
    expect(draft.sections[1]?.activityIds).toEqual(['trill']);

    expect(apply(draft, { type: 'moveActivityTo', key: 0, index: 9, toKey: 1 })).toBe(draft);
  });

  it('adds the planned minutes of the sections that have a valid number', () => {
    let draft = draftFromTemplate(daily);
    expect(totalMinutes(draft)).toBe(40);
    draft = apply(draft, { type: 'addSection' });
    expect(totalMinutes(draft)).toBe(50);
    draft = apply(draft, { type: 'sectionMinutes', key: 2, value: '' });
    expect(totalMinutes(draft)).toBe(40);
  });
});

describe('validateTemplateDraft', () => {
  it('refuses a template without a name or without sections, as the server does', () => {
    const draft = apply(emptyDraft(), { type: 'removeSection', key: 0 });
    expect(validateTemplateDraft(draft)).toEqual({
      ok: false,
      errors: { name: 'Template name is required', sections: 'Add at least one section to the template' },
    });
  });

  it('names the section fields that are wrong', () => {
    const draft = apply(
      emptyDraft(),
      { type: 'text', field: 'name', value: 'Daily' },
      { type: 'addSection' },
      { type: 'sectionName', key: 0, value: 'Warm-up' },
      { type: 'sectionMinutes', key: 0, value: '1441' },
    );
    expect(validateTemplateDraft(draft)).toEqual({
      ok: false,
      errors: {
        'sections[0].plannedMinutes': 'Whole minutes between 1 and 1440',
        'sections[1].name': 'Section name is required',
      },
    });
  });

  it('builds the request body', () => {
    const draft = apply(draftFromTemplate(daily), { type: 'text', field: 'description', value: '  Every morning ' });
    expect(validateTemplateDraft(draft)).toEqual({
      ok: true,
      request: {
        name: 'Daily Practice',
        description: 'Every morning',
        sections: [
          { name: 'Warm-up', plannedMinutes: 10, activityIds: ['scale', 'arpeggio'] },
          { name: 'Repertoire', plannedMinutes: 30, activityIds: ['nocturne'] },
        ],
      },
    });
  });
});

describe('minutes and labels', () => {
  it('accepts whole minutes from 1 to 1440 only', () => {
    expect(parseMinutes('10')).toBe(10);
    expect(parseMinutes(' 1440 ')).toBe(1440);
    expect(parseMinutes('0')).toBeNull();
    expect(parseMinutes('2.5')).toBeNull();
    expect(parseMinutes('')).toBeNull();
  });

  it('reads like the cards', () => {
    expect(summaryLabel(2, 40)).toBe('2 sections • 40 min');
    expect(summaryLabel(1, 5)).toBe('1 section • 5 min');
  });
});

import { describe, expect, it } from 'vitest';
import { goal } from './test/fixtures';
import { goalFormValues, targetFields, validateGoalEdit, validateNewChild, validateTarget } from './validation';

const stg = goal('Hands together', 'SHORT_TERM', [], { description: 'Slowly', deadline: '2026-06-01', relevance: null });

describe('validateGoalEdit', () => {
  it('sends only what changed, and clears emptied fields with null', () => {
    const values = { ...goalFormValues(stg), name: ' Hands together at 60 ', description: '', relevance: 'For the recital' };
    expect(validateGoalEdit(values, stg)).toEqual({
      ok: true,
      value: { name: 'Hands together at 60', description: null, relevance: 'For the recital' },
    });
    expect(validateGoalEdit({ ...goalFormValues(stg), deadline: '' }, stg)).toEqual({ ok: true, value: { deadline: null } });
    expect(validateGoalEdit(goalFormValues(stg), stg)).toEqual({ ok: true, value: {} });
  });

  it('requires a name and checks lengths and the date', () => {
    const result = validateGoalEdit({ name: '  ', description: 'x'.repeat(5001), deadline: '2026-13-45x', relevance: '' }, stg);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      name: 'Name is required.',
      description: 'The description must be at most 5000 characters (it has 5001).',
      deadline: 'Enter the deadline as a date (YYYY-MM-DD).',
    });
  });
});

describe('validateNewChild', () => {
  it('builds the request with the chosen level', () => {
    expect(validateNewChild({ name: 'Bars 1-8', level: 'IMMEDIATE', deadline: '' }, stg)).toEqual({
      ok: true,
      value: { parentId: stg.id, name: 'Bars 1-8', level: 'IMMEDIATE' },
    });
  });

  it('refuses a level not below the parent and a deadline after the parent’s', () => {
    const result = validateNewChild({ name: 'x', level: 'MID_TERM', deadline: '2026-07-01' }, stg);
    expect(!result.ok && result.errors).toEqual({
      level: 'Choose a level below the parent goal’s level.',
      deadline: 'The deadline may not be later than the parent goal’s deadline, 2026-06-01.',
    });
  });
});

describe('validateTarget', () => {
  const metrics = ['m-tempo', 'm-reps'];

  it('turns the rows into numbers', () => {
    const values = {
      name: 'Scales 120×4',
      activityId: 'act',
      thresholds: [
        { metricId: 'm-tempo', operator: 'GTE' as const, value: '120' },
        { metricId: 'm-reps', operator: 'GT' as const, value: ' 3.5 ' },
      ],
    };
    expect(validateTarget(values, metrics)).toEqual({
      ok: true,
      value: {
        name: 'Scales 120×4',
        activityId: 'act',
        thresholds: [
          { metricId: 'm-tempo', operator: 'GTE', value: 120 },
          { metricId: 'm-reps', operator: 'GT', value: 3.5 },
        ],
      },
    });
  });

  it('names each broken field, per threshold row', () => {
    expect(validateTarget({ name: '', activityId: '', thresholds: [] }, metrics)).toEqual({
      ok: false,
      errors: {
        name: 'The target’s name is required.',
        activityId: 'Choose the activity the target measures.',
        thresholds: 'Add at least one threshold.',
      },
    });
    const rows = { name: 'T', activityId: 'act', thresholds: [{ metricId: 'other', operator: 'GTE' as const, value: 'abc' }] };
    expect(validateTarget(rows, metrics)).toEqual({
      ok: false,
      errors: { 'thresholds[0].metricId': 'Choose a metric of the activity.', 'thresholds[0].value': 'Enter a number.' },
    });
  });

  it('lists the field names server errors may use', () => {
    expect(targetFields({ name: '', activityId: '', thresholds: [{ metricId: '', operator: 'EQ', value: '' }] })).toEqual([
      'name',
      'activityId',
      'thresholds',
      'thresholds[0].metricId',
      'thresholds[0].operator',
      'thresholds[0].value',
    ]);
  });
});

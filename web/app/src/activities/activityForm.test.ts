import { describe, expect, it } from 'vitest';
import {
  activityFormReducer,
  canBeMultiplicative,
  emptyActivityForm,
  formFromActivity,
  removedMetrics,
  validateActivityForm,
  type ActivityFormAction,
  type ActivityFormState,
} from './activityForm';
import type { Activity } from '../api/activities';

function apply(state: ActivityFormState, ...actions: ActivityFormAction[]): ActivityFormState {
  return actions.reduce(activityFormReducer, state);
}

const scale: Activity = {
  id: 'a1',
  name: 'C major scale',
  description: null,
  groupId: 'g1',
  hasSets: true,
  hasSplits: false,
  hasMetrics: true,
  multiplicative: true,
  metrics: [
    { id: 'm1', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
    { id: 'm2', name: 'Reps', unit: 'reps', topSet: false, multiplicative: true },
  ],
  splits: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  instanceCount: 0,
  lastUsedAt: null,
  version: 4,
};

describe('the activity form reducer', () => {
  it('starts with one empty metric and no splits', () => {
    const state = emptyActivityForm();
    expect(state.hasMetrics).toBe(true);
    expect(state.metrics).toHaveLength(1);
    expect(state.splits).toEqual([]);
  });

  it('keeps between 2 and 5 splits once splits are on', () => {
    let state = apply(emptyActivityForm(), { type: 'flag', field: 'hasSplits', value: true });
    expect(state.splits.map((split) => split.name)).toEqual(['Split #1', 'Split #2']);

    state = apply(state, { type: 'removeSplit', key: state.splits[0]!.key });
    expect(state.splits).toHaveLength(2);

    state = apply(state, { type: 'addSplit' }, { type: 'addSplit' }, { type: 'addSplit' }, { type: 'addSplit' });
    expect(state.splits).toHaveLength(5);
    expect(new Set(state.splits.map((split) => split.key)).size).toBe(5);

    state = apply(state, { type: 'removeSplit', key: state.splits[4]!.key });
    expect(state.splits).toHaveLength(4);
  });

  it('allows at most 3 metrics', () => {
    const state = apply(emptyActivityForm(), { type: 'addMetric' }, { type: 'addMetric' }, { type: 'addMetric' });
    expect(state.metrics).toHaveLength(3);
  });

  it('keeps one top-set metric at most, and none without sets', () => {
    let state = apply(emptyActivityForm(), { type: 'flag', field: 'hasSets', value: true }, { type: 'addMetric' });
    const [first, second] = state.metrics;
    state = apply(state, { type: 'metricTopSet', key: first!.key, value: true }, { type: 'metricTopSet', key: second!.key, value: true });
    expect(state.metrics.map((metric) => metric.topSet)).toEqual([false, true]);

    state = apply(state, { type: 'flag', field: 'hasSets', value: false });
    expect(state.metrics.every((metric) => !metric.topSet)).toBe(true);
  });

  it('adds a metric row when metrics are turned on with none', () => {
    let state = apply(emptyActivityForm(), { type: 'removeMetric', key: 0 }, { type: 'flag', field: 'hasMetrics', value: false });
    expect(state.metrics).toHaveLength(0);
    state = apply(state, { type: 'flag', field: 'hasMetrics', value: true });
    expect(state.metrics).toHaveLength(1);
  });
});

describe('validateActivityForm', () => {
  it('names every broken rule by the server field name', () => {
    let state = apply(emptyActivityForm(), { type: 'flag', field: 'hasSplits', value: true }, { type: 'addMetric' });
    state = apply(state, { type: 'splitName', key: state.splits[1]!.key, value: '  ' });
    const result = validateActivityForm(state);
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Name is required.',
        'metrics[0].name': 'Metric name is required.',
        'metrics[0].unit': 'Unit is required.',
        'metrics[1].name': 'Metric name is required.',
        'metrics[1].unit': 'Unit is required.',
        'splits[1].name': 'Split name is required.',
      },
    });
  });

  it('builds the create body, with multiplicative only when there are two metrics or more', () => {
    let state = apply(
      emptyActivityForm('g1'),
      { type: 'text', field: 'name', value: ' Hand independence ' },
      { type: 'metricText', key: 0, field: 'name', value: 'Accuracy' },
      { type: 'metricText', key: 0, field: 'unit', value: '%' },
      { type: 'flag', field: 'multiplicative', value: true },
      { type: 'flag', field: 'hasSplits', value: true },
    );
    state = apply(
      state,
      { type: 'splitName', key: state.splits[0]!.key, value: 'Left' },
      { type: 'splitName', key: state.splits[1]!.key, value: 'Right' },
    );
    expect(canBeMultiplicative(state)).toBe(false);
    expect(validateActivityForm(state)).toEqual({
      ok: true,
      request: {
        name: 'Hand independence',
        description: null,
        groupId: 'g1',
        hasSets: false,
        hasSplits: true,
        hasMetrics: true,
        multiplicative: false,
        metrics: [{ name: 'Accuracy', unit: '%', topSet: false, multiplicative: true }],
        splits: [{ name: 'Left' }, { name: 'Right' }],
      },
    });

    state = apply(
      state,
      { type: 'addMetric' },
      { type: 'metricText', key: state.nextKey, field: 'name', value: 'Reps' },
      { type: 'metricText', key: state.nextKey, field: 'unit', value: 'reps' },
    );
    const result = validateActivityForm(state);
    expect(result.ok && result.request.multiplicative).toBe(true);
  });

  it('sends no metrics without metrics and no splits without splits', () => {
    const state = apply(
      emptyActivityForm(),
      { type: 'text', field: 'name', value: 'Listening' },
      { type: 'flag', field: 'hasMetrics', value: false },
    );
    const result = validateActivityForm(state);
    expect(result.ok && result.request).toMatchObject({ hasMetrics: false, metrics: [], splits: [], multiplicative: false });
  });

  it('keeps metric and split ids on an edit and reports the metrics it removes', () => {
    const state = apply(formFromActivity(scale), { type: 'removeMetric', key: 1 });
    const result = validateActivityForm(state);
    expect(result.ok && result.request.metrics).toEqual([
      { id: 'm1', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
    ]);
    expect(removedMetrics(scale, state).map((metric) => metric.name)).toEqual(['Reps']);
    expect(removedMetrics(scale, formFromActivity(scale))).toEqual([]);
    expect(removedMetrics(scale, apply(formFromActivity(scale), { type: 'flag', field: 'hasMetrics', value: false }))).toHaveLength(2);
  });
});

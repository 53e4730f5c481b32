import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { lineMetricOptions, plottedName, plottedUnit, scatterExplanation, splitOptions } from './activityOptions';
import type { ActivityDefinition, MetricSummary } from './types';

function problem(status: number, title: string, detail?: string, errors?: { field: string; message: string }[]) {
  return new ApiError(status, { status, title, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) });
}

const metrics: MetricSummary[] = [
  { metricId: 'tempo', name: 'Tempo', unit: 'bpm' },
  { metricId: 'reps', name: 'Reps', unit: 'reps' },
  { metricId: 'feel', name: 'Feel', unit: null },
];

function definition(overrides: Partial<ActivityDefinition> = {}): ActivityDefinition {
  return {
    id: 'scale',
    name: 'C major scale',
    hasSets: true,
    hasSplits: false,
    multiplicative: true,
    metrics: [
      { id: 'tempo', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
      { id: 'reps', name: 'Reps', unit: 'reps', topSet: false, multiplicative: true },
      { id: 'feel', name: 'Feel', unit: null, topSet: false, multiplicative: false },
    ],
    splits: [],
    ...overrides,
  };
}

describe('lineMetricOptions', () => {
  it('offers the product of the multiplicative metrics after the metrics', () => {
    expect(lineMetricOptions(metrics, definition())).toEqual([
      { value: 'tempo', label: 'Tempo (bpm)' },
      { value: 'reps', label: 'Reps (reps)' },
      { value: 'feel', label: 'Feel' },
      { value: 'product', label: 'Product (Tempo × Reps)' },
    ]);
  });

  it('offers no product when the activity is not multiplicative, has one such metric, or is not known', () => {
    const values = (options: { value: string }[]) => options.map((option) => option.value);
    expect(values(lineMetricOptions(metrics, definition({ multiplicative: false })))).not.toContain('product');
    const oneMultiplicative = definition().metrics.map((metric) => ({ ...metric, multiplicative: metric.id === 'tempo' }));
    expect(values(lineMetricOptions(metrics, definition({ metrics: oneMultiplicative })))).not.toContain('product');
    expect(values(lineMetricOptions(metrics, undefined))).toEqual(['tempo', 'reps', 'feel']);
  });

  it('names and measures what is plotted', () => {
    expect(plottedName('product', metrics, definition())).toBe('Product (Tempo × Reps)');
    expect(plottedUnit('product', metrics, definition())).toBe('bpm × reps');
    expect(plottedName('reps', metrics, definition())).toBe('Reps');
    expect(plottedUnit('feel', metrics, definition())).toBeNull();
  });
});

describe('splitOptions', () => {
  it('lists all splits first, only for split activities', () => {
    expect(splitOptions(definition())).toEqual([]);
    expect(
      splitOptions(
        definition({
          hasSplits: true,
          splits: [
            { id: 'l', name: 'Left hand' },
            { id: 'r', name: 'Right hand' },
          ],
        }),
      ),
    ).toEqual([
      { value: 'all', label: 'All splits' },
      { value: 'l', label: 'Left hand' },
      { value: 'r', label: 'Right hand' },
    ]);
  });
});

describe('scatterExplanation', () => {
  it("reads the server's refusal of a scatter plot with fewer than two metrics", () => {
    const refusal = problem(400, 'Invalid request', 'The request is not valid.', [
      { field: 'x', message: 'Scatter plots need an activity with at least two metrics' },
    ]);
    expect(scatterExplanation(refusal)).toBe('Scatter plots need an activity with at least two metrics');
  });

  it('leaves other failures to the problem message', () => {
    expect(scatterExplanation(problem(404, 'Not found'))).toBeNull();
    expect(scatterExplanation(problem(400, 'Invalid', undefined, [{ field: 'sets', message: 'bad' }]))).toBeNull();
    expect(scatterExplanation(new Error('boom'))).toBeNull();
  });
});

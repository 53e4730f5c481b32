import { describe, expect, it } from 'vitest';
import {
  columnsFor,
  parseCell,
  rowOfField,
  rowToValuesBody,
  rowsToSetsBody,
  sentRowIndexes,
  setsToRows,
  valuesToRow,
} from './setsTable';
import type { Activity } from '../api/activities';

const scale: Activity = {
  id: 'scale',
  name: 'C major scale',
  description: null,
  groupId: null,
  hasSets: true,
  hasSplits: false,
  hasMetrics: true,
  multiplicative: true,
  metrics: [
    { id: 'tempo', name: 'Tempo', unit: 'bpm', topSet: true, multiplicative: true },
    { id: 'reps', name: 'Reps', unit: 'reps', topSet: false, multiplicative: true },
  ],
  splits: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

const hands: Activity = {
  ...scale,
  id: 'hands',
  name: 'Hand independence',
  hasSets: false,
  hasSplits: true,
  metrics: [{ id: 'acc', name: 'Accuracy', unit: '%', topSet: false, multiplicative: true }],
  splits: [
    { id: 'left', name: 'Left' },
    { id: 'right', name: 'Right' },
  ],
};

describe('columnsFor', () => {
  it('has a column per metric', () => {
    expect(columnsFor(scale).map((column) => column.label)).toEqual(['Tempo (bpm)', 'Reps (reps)']);
  });

  it('has a column per split and metric when the activity has splits', () => {
    expect(columnsFor(hands)).toEqual([
      { key: 'acc:left', metricId: 'acc', splitId: 'left', label: 'Left – Accuracy (%)' },
      { key: 'acc:right', metricId: 'acc', splitId: 'right', label: 'Right – Accuracy (%)' },
    ]);
  });
});

describe('sets table ↔ request body', () => {
  const columns = columnsFor(scale);

  it('turns rows into sets in order, blanks as null, without splitId for activities without splits', () => {
    const result = rowsToSetsBody(
      [
        ['100', '4'],
        ['120', ''],
        ['110', '5'],
      ],
      columns,
    );
    expect(result).toEqual({
      ok: true,
      body: [
        { values: [{ metricId: 'tempo', value: 100 }, { metricId: 'reps', value: 4 }] },
        { values: [{ metricId: 'tempo', value: 120 }, { metricId: 'reps', value: null }] },
        { values: [{ metricId: 'tempo', value: 110 }, { metricId: 'reps', value: 5 }] },
      ],
    });
  });

  it('leaves out rows left entirely blank', () => {
    const rows = [['', ' '], ['90', '2']];
    expect(rowsToSetsBody(rows, columns)).toEqual({
      ok: true,
      body: [{ values: [{ metricId: 'tempo', value: 90 }, { metricId: 'reps', value: 2 }] }],
    });
    expect(sentRowIndexes(rows)).toEqual([1]);
  });

  it('names every cell that is not a number', () => {
    expect(rowsToSetsBody([['fast', '4'], ['1', '2x']], columns)).toEqual({
      ok: false,
      errors: [
        { row: 0, column: 0, message: 'Enter a number' },
        { row: 1, column: 1, message: 'Enter a number' },
      ],
    });
  });

  it('fills rows from recorded sets, matching values by metric and split', () => {
    const sets = [
      { values: [{ metricId: 'reps', splitId: null, value: 4 }, { metricId: 'tempo', splitId: null, value: 100 }] },
      { values: [{ metricId: 'tempo', splitId: null, value: 120.5 }, { metricId: 'gone', splitId: null, value: 1 }] },
    ];
    expect(setsToRows(sets, columns)).toEqual([
      ['100', '4'],
      ['120.5', ''],
    ]);
  });

  it('sends split values with their split ids, and a cleared value as null', () => {
    const splitColumns = columnsFor(hands);
    const row = valuesToRow([{ metricId: 'acc', splitId: 'right', value: 90 }], splitColumns);
    expect(row).toEqual(['', '90']);
    expect(rowToValuesBody(['92', ''], splitColumns)).toEqual({
      ok: true,
      body: [
        { metricId: 'acc', splitId: 'left', value: 92 },
        { metricId: 'acc', splitId: 'right', value: null },
      ],
    });
  });
});

describe('parseCell', () => {
  it('reads numbers with a point or a comma and refuses anything else', () => {
    expect(parseCell(' 12.5 ')).toEqual({ ok: true, value: 12.5 });
    expect(parseCell('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCell('-3')).toEqual({ ok: true, value: -3 });
    expect(parseCell('')).toEqual({ ok: true, value: null });
    expect(parseCell('1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseCell('12 bpm').ok).toBe(false);
    expect(parseCell('Infinity').ok).toBe(false);
  });
});

describe('rowOfField', () => {
  it('maps the set a server error names back to the row on screen', () => {
    expect(rowOfField('[1].values[0].value', [0, 2, 3])).toBe(2);
    expect(rowOfField('sets', [0])).toBeNull();
    expect(rowOfField('[7].values[0].value', [0])).toBeNull();
  });
});

import type { RecordedSetBody, ValueBody } from './api';
import type { Activity } from '../api/activities';
import type { RecordedSet, RecordedValue } from './types';

/** One input of a set (or of the single values): a metric, per split when the activity has splits. */
export interface Column {
  key: string;
  metricId: string;
  splitId: string | null;
  /** "Tempo (bpm)", or "Left – Tempo (bpm)" with splits. */
  label: string;
}

/** The inputs of one set, in column order, as typed. */
export type Row = string[];

export type CellError = { row: number; column: number; message: string };

export type TableResult<T> = { ok: true; body: T } | { ok: false; errors: CellError[] };

/** The columns of an activity: every metric, and with splits every split × metric (grouped by split). */
export function columnsFor(activity: Activity): Column[] {
  const metricLabel = (metric: Activity['metrics'][number]) => (metric.unit ? `${metric.name} (${metric.unit})` : metric.name);
  if (activity.hasSplits && activity.splits.length > 0) {
    return activity.splits.flatMap((split) =>
      activity.metrics.map((metric) => ({
        key: `${metric.id}:${split.id}`,
        metricId: metric.id,
        splitId: split.id,
        label: `${split.name} – ${metricLabel(metric)}`,
      })),
    );
  }
  return activity.metrics.map((metric) => ({ key: metric.id, metricId: metric.id, splitId: null, label: metricLabel(metric) }));
}

function cellText(values: readonly RecordedValue[], column: Column): string {
  const found = values.find((value) => value.metricId === column.metricId && (value.splitId ?? null) === column.splitId);
  return found?.value === null || found === undefined ? '' : String(found.value);
}

/** Recorded sets as rows of inputs (values of metrics the activity no longer has are not shown). */
export function setsToRows(sets: readonly RecordedSet[], columns: readonly Column[]): Row[] {
  return sets.map((set) => columns.map((column) => cellText(set.values, column)));
}

export function valuesToRow(values: readonly RecordedValue[], columns: readonly Column[]): Row {
  return columns.map((column) => cellText(values, column));
}

export function emptyRow(columns: readonly Column[]): Row {
  return columns.map(() => '');
}

type Parsed = { ok: true; value: number | null } | { ok: false };

/** '' → null (a blank input); "12.5" or "12,5" → 12.5; anything else is refused. */
export function parseCell(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: true, value: null };
  }
  const normalised = trimmed.replace(',', '.');
  const value = Number(normalised);
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised) && Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

function valueBody(column: Column, value: number | null): ValueBody {
  return column.splitId === null ? { metricId: column.metricId, value } : { metricId: column.metricId, splitId: column.splitId, value };
}

/**
 * The body of `PUT …/sets`: one set per row, in order, each with a value per column (null for a blank input).
 * Rows left entirely blank record nothing and are left out.
 */
export function rowsToSetsBody(rows: readonly Row[], columns: readonly Column[]): TableResult<RecordedSetBody[]> {
  const errors: CellError[] = [];
  const body: RecordedSetBody[] = [];
  rows.forEach((row, rowIndex) => {
    if (row.every((cell) => cell.trim() === '')) {
      return;
    }
    const values = columns.map((column, columnIndex) => {
      const parsed = parseCell(row[columnIndex] ?? '');
      if (!parsed.ok) {
        errors.push({ row: rowIndex, column: columnIndex, message: 'Enter a number' });
        return valueBody(column, null);
      }
      return valueBody(column, parsed.value);
    });
    body.push({ values });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, body };
}

/** The body of `PUT …/values`: every column, a blank input sent as null so it clears the stored value. */
export function rowToValuesBody(row: Row, columns: readonly Column[]): TableResult<ValueBody[]> {
  const errors: CellError[] = [];
  const body = columns.map((column, columnIndex) => {
    const parsed = parseCell(row[columnIndex] ?? '');
    if (!parsed.ok) {
      errors.push({ row: 0, column: columnIndex, message: 'Enter a number' });
      return valueBody(column, null);
    }
    return valueBody(column, parsed.value);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, body };
}

/**
 * Which sent set a server field error names (`[2].values[0].value` → 2), or null for the request as a whole.
 * The server counts the sets it was sent, so blank rows left out shift the numbers: `sentRows` maps them back.
 */
export function rowOfField(field: string, sentRows: readonly number[]): number | null {
  const match = /^\[(\d+)\]/.exec(field);
  if (!match) {
    return null;
  }
  return sentRows[Number(match[1])] ?? null;
}

/** Indexes of the rows that `rowsToSetsBody` sends (the rows not entirely blank). */
export function sentRowIndexes(rows: readonly Row[]): number[] {
  return rows.flatMap((row, index) => (row.every((cell) => cell.trim() === '') ? [] : [index]));
}

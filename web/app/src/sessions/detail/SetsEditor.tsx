import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { recordSets } from '../api';
import {
  emptyRow,
  rowOfField,
  rowsToSetsBody,
  sentRowIndexes,
  setsToRows,
  type CellError,
  type Column,
  type Row,
} from '../setsTable';
import type { ActivityInstance } from '../types';
import { useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

interface SetsEditorProps {
  instance: ActivityInstance;
  columns: Column[];
  activityName: string;
}

/**
 * The sets of an activity with sets: a row per set, an input per metric (and split). Edits stay here until
 * "Save sets", which replaces all of the instance's sets at once (the server evaluates targets on it).
 */
export function SetsEditor({ instance, columns, activityName }: SetsEditorProps) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() => setsToRows(instance.sets, columns));
  const [dirty, setDirty] = useState(false);
  const [cellErrors, setCellErrors] = useState<CellError[]>([]);
  const [sentRows, setSentRows] = useState<number[]>([]);
  const write = useWrite(reload);

  const change = (next: Row[]) => {
    setRows(next);
    setDirty(true);
    setCellErrors([]);
    write.clear();
  };
  const setCell = (rowIndex: number, columnIndex: number, value: string) =>
    change(rows.map((row, r) => (r === rowIndex ? row.map((cell, c) => (c === columnIndex ? value : cell)) : row)));

  const save = () => {
    const result = rowsToSetsBody(rows, columns);
    if (!result.ok) {
      setCellErrors(result.errors);
      return;
    }
    setSentRows(sentRowIndexes(rows));
    void write.run(
      () => recordSets(api, fractalId, session.id, instance.id, result.body),
      () => {
        setDirty(false);
        reload();
      },
    );
  };

  const serverRowErrors = new Map<number, string>();
  if (write.error instanceof ApiError) {
    for (const { field, message } of write.error.fieldErrors) {
      const row = rowOfField(field, sentRows);
      if (row !== null) {
        serverRowErrors.set(row, [serverRowErrors.get(row), message].filter(Boolean).join(' '));
      }
    }
  }
  const cellError = (row: number, column: number) => cellErrors.find((e) => e.row === row && e.column === column)?.message;

  return (
    <div className="ses-sets">
      {rows.length === 0 ? (
        <p className="muted">No sets yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="ses-sets-table">
            <caption className="ses-sr-only">Sets of {activityName}</caption>
            <thead>
              <tr>
                <th scope="col">Set</th>
                {columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {column.label}
                  </th>
                ))}
                <th scope="col">
                  <span className="ses-sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  <th scope="row">
                    #{rowIndex + 1}
                    {serverRowErrors.has(rowIndex) && (
                      <span className="field-error" id={`${id}-row-${rowIndex}`}>
                        {' '}
                        {serverRowErrors.get(rowIndex)}
                      </span>
                    )}
                  </th>
                  {columns.map((column, columnIndex) => {
                    const error = cellError(rowIndex, columnIndex);
                    return (
                      <td key={column.key}>
                        <input
                          className="ses-number"
                          inputMode="decimal"
                          aria-label={`Set ${rowIndex + 1} ${column.label}`}
                          value={row[columnIndex] ?? ''}
                          onChange={(event) => setCell(rowIndex, columnIndex, event.target.value)}
                          aria-invalid={error || serverRowErrors.has(rowIndex) ? true : undefined}
                          aria-describedby={
                            error ? `${id}-cell-${rowIndex}-${columnIndex}` : serverRowErrors.has(rowIndex) ? `${id}-row-${rowIndex}` : undefined
                          }
                        />
                        {error && (
                          <span className="field-error" id={`${id}-cell-${rowIndex}-${columnIndex}`}>
                            {error}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <button
                      type="button"
                      className="secondary ses-icon-button"
                      aria-label={`Remove set ${rowIndex + 1}`}
                      onClick={() => change(rows.filter((_, r) => r !== rowIndex))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="ses-button-row">
        <button type="button" className="secondary" onClick={() => change([...rows, emptyRow(columns)])}>
          Add set
        </button>
        <button type="button" className="primary" disabled={write.busy || !dirty} onClick={save}>
          Save sets
        </button>
        {dirty && !write.busy && <span className="muted">Unsaved changes</span>}
      </div>
      {write.error !== undefined && <ProblemMessage error={write.error} hideFieldErrors={serverRowErrors.size > 0} />}
    </div>
  );
}

import { useId, useState, type SubmitEvent } from 'react';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { recordValues } from '../api';
import { rowToValuesBody, valuesToRow, type CellError, type Column, type Row } from '../setsTable';
import type { ActivityInstance } from '../types';
import { useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

/** One value per metric (and split) for an activity without sets; a cleared input clears the stored value. */
export function ValuesEditor({ instance, columns }: { instance: ActivityInstance; columns: Column[] }) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const id = useId();
  const [row, setRow] = useState<Row>(() => valuesToRow(instance.values, columns));
  const [dirty, setDirty] = useState(false);
  const [cellErrors, setCellErrors] = useState<CellError[]>([]);
  const write = useWrite(reload);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = rowToValuesBody(row, columns);
    if (!result.ok) {
      setCellErrors(result.errors);
      return;
    }
    void write.run(
      () => recordValues(api, fractalId, session.id, instance.id, result.body),
      () => {
        setDirty(false);
        reload();
      },
    );
  };

  return (
    <form className="ses-values" onSubmit={submit} noValidate>
      <div className="ses-field-row">
        {columns.map((column, index) => {
          const error = cellErrors.find((e) => e.column === index)?.message;
          return (
            <div className="field" key={column.key}>
              <label htmlFor={`${id}-${index}`}>{column.label}</label>
              <input
                id={`${id}-${index}`}
                className="ses-number"
                inputMode="decimal"
                value={row[index] ?? ''}
                onChange={(event) => {
                  setRow(row.map((cell, c) => (c === index ? event.target.value : cell)));
                  setDirty(true);
                  setCellErrors([]);
                }}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${index}-error` : undefined}
              />
              {error && (
                <p className="field-error" id={`${id}-${index}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {write.error !== undefined && <ProblemMessage error={write.error} />}
      <button type="submit" className="primary" disabled={write.busy || !dirty}>
        Save values
      </button>
    </form>
  );
}

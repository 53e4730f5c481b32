import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsByName } from '../../ui/problem';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { setTimes } from '../api';
import { fromLocalInput, toLocalInput } from '../duration';
import { FieldMessage } from '../../ui/FormField';
import type { ActivityInstance } from '../types';
import { useWrite } from '../useWrite';
import { useSessionDetail } from './SessionDetailContext';

const FIELDS = ['startedAt', 'stoppedAt'] as const;

/**
 * Typing an instance's start and stop (local time, to the second). Whether the stop lies after the start is
 * the server's rule; its answer is shown next to the field it names.
 */
export function TimesEditor({ instance }: { instance: ActivityInstance }) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const id = useId();
  const [startedAt, setStartedAt] = useState(() => toLocalInput(instance.startedAt));
  const [stoppedAt, setStoppedAt] = useState(() => toLocalInput(instance.stoppedAt));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const write = useWrite(reload);
  const serverErrors = fieldErrorsByName(write.error, FIELDS);
  const errors = { ...serverErrors, ...localErrors };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const start = fromLocalInput(startedAt);
    const stop = fromLocalInput(stoppedAt);
    const invalid: Record<string, string> = {};
    if (start === undefined) {
      invalid.startedAt = 'Enter a date and time.';
    }
    if (stop === undefined) {
      invalid.stoppedAt = 'Enter a date and time.';
    }
    setLocalErrors(invalid);
    if (start === undefined || stop === undefined) {
      return;
    }
    void write.run(() => setTimes(api, fractalId, session.id, instance.id, { startedAt: start, stoppedAt: stop }), reload);
  };

  const field = (name: (typeof FIELDS)[number], label: string, value: string, set: (value: string) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="datetime-local"
        step={1}
        value={value}
        onChange={(event) => {
          set(event.target.value);
          setLocalErrors({});
        }}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
      />
      <FieldMessage id={`${id}-${name}-error`} message={errors[name]} />
    </div>
  );

  return (
    <details className="ses-times">
      <summary>Edit times</summary>
      <form onSubmit={submit} noValidate>
        <div className="ses-field-row">
          {field('startedAt', 'Start', startedAt, setStartedAt)}
          {field('stoppedAt', 'Stop', stoppedAt, setStoppedAt)}
        </div>
        {write.error !== undefined && !serverErrors.startedAt && !serverErrors.stoppedAt && (
          <ProblemMessage error={write.error} />
        )}
        <button type="submit" className="secondary" disabled={write.busy}>
          Save times
        </button>
      </form>
    </details>
  );
}

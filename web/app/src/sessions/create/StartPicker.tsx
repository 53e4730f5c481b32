import { useId } from 'react';
import type { CreateSessionForm, StartChoice } from '../createSessionBody';
import { FieldMessage } from '../../ui/FormField';

const CHOICES: readonly { value: StartChoice; label: string }[] = [
  { value: 'now', label: 'Now' },
  { value: 'at', label: 'At a time' },
  { value: 'later', label: 'Not yet (plan it; start it later)' },
];

interface StartPickerProps {
  form: CreateSessionForm;
  onChange: (patch: Partial<CreateSessionForm>) => void;
  error: string | undefined;
}

/** When the session starts: now, at a given time, or not yet (a planned session). */
export function StartPicker({ form, onChange, error }: StartPickerProps) {
  const id = useId();
  return (
    <fieldset className="ses-fieldset">
      <legend>Start</legend>
      {CHOICES.map((choice) => (
        <div className="ses-check" key={choice.value}>
          <input
            id={`${id}-${choice.value}`}
            type="radio"
            name={`${id}-start`}
            checked={form.start === choice.value}
            onChange={() => onChange({ start: choice.value })}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      {form.start === 'at' && (
        <div className="field">
          <label htmlFor={`${id}-at`}>Start time</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            step={1}
            value={form.startAt}
            onChange={(event) => onChange({ startAt: event.target.value })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-at-error` : undefined}
          />
          <FieldMessage id={`${id}-at-error`} message={error} />
        </div>
      )}
      {form.start !== 'at' && <FieldMessage id={`${id}-at-error`} message={error} />}
    </fieldset>
  );
}

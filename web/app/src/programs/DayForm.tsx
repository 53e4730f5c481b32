import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormField, FormProblem } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import { addProgramDays } from './api';
import { useProgramDetail } from './detailContext';
import {
  NAME_MAX,
  dayOfWeekLabel,
  emptyDayForm,
  validateDay,
  weekdayDates,
  type DayFormValues,
  type DayMode,
  type Errors,
} from './programForms';
import { TemplateChecklist } from './TemplateChecklist';
import { DAYS_OF_WEEK, type DayOfWeek, type ProgramBlock } from './types';

const FIELDS = ['name', 'templateIds', 'date', 'dayOfWeek'];
const MODES: { mode: DayMode; label: string }[] = [
  { mode: 'abstract', label: 'No date (abstract day, scheduled from the calendar)' },
  { mode: 'date', label: 'On one date' },
  { mode: 'weekday', label: 'Every week on a weekday' },
];

/** Adds a day to a block: one on a date, one per weekday inside the block, or one abstract day. */
export function DayForm({ block, onDone }: { block: ProgramBlock; onDone: () => void }) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<DayFormValues>(() => emptyDayForm(block));
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const serverErrors = formFieldErrors(write.error, FIELDS);
  const errors = { ...serverErrors, ...clientErrors };

  useEffect(() => {
    first.current?.focus();
  }, []);

  const update = (change: Partial<DayFormValues>) => {
    setValues((previous) => ({ ...previous, ...change }));
    setClientErrors({});
    write.clearError();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateDay(values, block);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    const done = await write.run(() =>
      addProgramDays(api, write.keys, detail.fractalId, detail.program.id, block.id, result.request),
    );
    if (done) {
      detail.reload();
      onDone();
    }
  };

  const weekdayCount = values.mode === 'weekday' ? weekdayDates(block, values.dayOfWeek).length : 0;
  return (
    <form
      className="plan-form day-form"
      aria-labelledby={`${id}-title`}
      noValidate
      data-testid="day-form"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={`${id}-title`}>New day in {block.name}</h4>
      <FormField label="Day name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            ref={first}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={values.name}
            onChange={(event) => update({ name: event.target.value })}
          />
        )}
      </FormField>
      <TemplateChecklist selected={values.templateIds} onChange={(templateIds) => update({ templateIds })} error={errors.templateIds} />
      <fieldset>
        <legend>When</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode} className="check">
            <input type="radio" name={`${id}-mode`} checked={values.mode === mode} onChange={() => update({ mode })} />
            {label}
          </label>
        ))}
        {values.mode === 'date' && (
          <FormField label="Date" error={errors.date}>
            {(control) => (
              <input
                {...control}
                type="date"
                min={block.startDate}
                max={block.endDate}
                value={values.date}
                onChange={(event) => update({ date: event.target.value })}
              />
            )}
          </FormField>
        )}
        {values.mode === 'weekday' && (
          <FormField
            label="Day of the week"
            error={errors.dayOfWeek}
            hint={weekdayCount > 0 ? `Creates ${weekdayCount} dated day${weekdayCount === 1 ? '' : 's'} in this block.` : undefined}
          >
            {(control) => (
              <select
                {...control}
                value={values.dayOfWeek}
                onChange={(event) => update({ dayOfWeek: event.target.value as DayOfWeek })}
              >
                {DAYS_OF_WEEK.map((day) => (
                  <option key={day} value={day}>
                    {dayOfWeekLabel(day)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </fieldset>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          Add day
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormField, FormProblem, FieldMessage } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import { createProgram, editProgram } from './api';
import { lengthInWeeks } from './calendar';
import {
  DESCRIPTION_MAX,
  LEVEL_NAMES,
  NAME_MAX,
  programFormValues,
  validateProgram,
  type Errors,
  type GoalOption,
  type ProgramFormValues,
} from './programForms';
import type { Program } from './types';
import { isIsoDate } from '../activities/common/dates';
import { Loading } from '../ui/Loading';

const FIELDS = ['name', 'description', 'startDate', 'endDate', 'goalIds', 'active'];

interface ProgramFormProps {
  fractalId: string;
  /** The goals a program may aim at (long-, mid- and short-term); undefined while the tree loads. */
  goals: readonly GoalOption[] | undefined;
  /** The program to edit; a new one when left out. */
  program?: Program;
  onSaved: (programId: string) => void;
  onCancel: () => void;
}

export function ProgramForm({ fractalId, goals, program, onSaved, onCancel }: ProgramFormProps) {
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<ProgramFormValues>(() => programFormValues(program));
  const [clientErrors, setClientErrors] = useState<Errors>({});

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const serverErrors = formFieldErrors(write.error, FIELDS);
  const errors = { ...serverErrors, ...clientErrors };
  const datesValid = isIsoDate(values.startDate) && isIsoDate(values.endDate) && values.endDate > values.startDate;

  const update = (change: Partial<ProgramFormValues>) => {
    setValues((previous) => ({ ...previous, ...change }));
    setClientErrors({});
    write.clearError();
  };

  const toggleGoal = (goalId: string, checked: boolean) => {
    update({ goalIds: checked ? [...values.goalIds, goalId] : values.goalIds.filter((other) => other !== goalId) });
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateProgram(values);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    let savedId = program?.id ?? '';
    const saved = await write.run(async () => {
      if (program) {
        await editProgram(api, fractalId, program, result.request);
      } else {
        savedId = (await createProgram(api, write.keys, fractalId, result.request)).id;
      }
    });
    if (saved) {
      onSaved(savedId);
    }
  };

  const goalsErrorId = `${id}-goals-error`;
  return (
    <form
      className="plan-form program-form"
      aria-labelledby={`${id}-title`}
      noValidate
      data-testid="program-form"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {program ? `Edit ${program.name}` : 'New program'}
      </h2>
      <FormField label="Program name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={values.name}
            onChange={(event) => update({ name: event.target.value })}
          />
        )}
      </FormField>
      <FormField label="Description" optional error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={DESCRIPTION_MAX}
            value={values.description}
            onChange={(event) => update({ description: event.target.value })}
          />
        )}
      </FormField>
      <div className="row-fields">
        <FormField label="Start date" error={errors.startDate}>
          {(control) => (
            <input {...control} type="date" value={values.startDate} onChange={(event) => update({ startDate: event.target.value })} />
          )}
        </FormField>
        <FormField label="End date" error={errors.endDate}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={values.startDate || undefined}
              value={values.endDate}
              onChange={(event) => update({ endDate: event.target.value })}
            />
          )}
        </FormField>
      </div>
      {datesValid && (
        <p className="muted" data-testid="program-weeks">
          Length: {lengthInWeeks(values.startDate, values.endDate)} weeks
        </p>
      )}
      <fieldset aria-describedby={errors.goalIds ? goalsErrorId : undefined}>
        <legend>Target goals</legend>
        {goals === undefined ? (
          <Loading label="Loading goals…" />
        ) : goals.length === 0 ? (
          <p className="muted">This fractal has no long-, mid- or short-term goals yet. Add them on the Goals page.</p>
        ) : (
          <ul className="plain-list goal-checklist">
            {goals.map((goal) => (
              <li key={goal.id} className={`goal-depth-${Math.min(goal.depth, 4)}`}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={values.goalIds.includes(goal.id)}
                    onChange={(event) => toggleGoal(goal.id, event.target.checked)}
                  />
                  <span>
                    {goal.name} <span className="muted">({LEVEL_NAMES[goal.level] ?? goal.level}{goal.completed ? ', completed' : ''})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <FieldMessage id={goalsErrorId} message={errors.goalIds} />
      </fieldset>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
          {program ? 'Save program' : 'Create program'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

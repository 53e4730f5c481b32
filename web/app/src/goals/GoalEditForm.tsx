import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsByName } from '../ui/problem';
import { editGoal, type GoalsApi } from './api';
import { FormField, FormProblem } from '../ui/FormField';
import type { GoalNode } from './types';
import { useWrite } from './useWrite';
import { goalFormValues, NAME_MAX, validateGoalEdit, type FieldErrors, type GoalFormValues } from './validation';

interface GoalEditFormProps {
  api: GoalsApi;
  fractalId: string;
  goal: GoalNode;
  onChanged: () => void;
  onDone: () => void;
}

const FIELDS = ['name', 'description', 'deadline', 'relevance'] as const;

/** Edits name, description, deadline and relevance; sends only what changed (PATCH, If-Match). */
export function GoalEditForm({ api, fractalId, goal, onChanged, onDone }: GoalEditFormProps) {
  const id = useId();
  const [values, setValues] = useState<GoalFormValues>(() => goalFormValues(goal));
  const [errors, setErrors] = useState<FieldErrors>({});
  const write = useWrite(onChanged);
  const server = fieldErrorsByName(write.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => errors[field] ?? server[field];

  const update = (field: keyof GoalFormValues, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: '' }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateGoalEdit(values, goal);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (Object.keys(result.value).length === 0) {
      onDone();
      return;
    }
    if (await write.run(result.value, () => editGoal(api, fractalId, goal, result.value))) {
      onDone();
    }
  };

  return (
    <form className="goal-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Edit goal">
      <FormField id={`${id}-name`} label="Name" error={errorOf('name') || undefined}>
        {(control) => (
          <input {...control} type="text" maxLength={NAME_MAX} autoComplete="off" value={values.name} onChange={(e) => update('name', e.target.value)} />
        )}
      </FormField>
      <FormField id={`${id}-description`} label="Description" optional error={errorOf('description') || undefined}>
        {(control) => <textarea {...control} rows={3} value={values.description} onChange={(e) => update('description', e.target.value)} />}
      </FormField>
      <FormField id={`${id}-deadline`} label="Deadline" optional error={errorOf('deadline') || undefined}>
        {(control) => <input {...control} type="date" value={values.deadline} onChange={(e) => update('deadline', e.target.value)} />}
      </FormField>
      <FormField
        id={`${id}-relevance`}
        label="Relevance"
        optional
        hint="Why this goal matters to you (the R of SMART)."
        error={errorOf('relevance') || undefined}
      >
        {(control) => <textarea {...control} rows={2} value={values.relevance} onChange={(e) => update('relevance', e.target.value)} />}
      </FormField>
      <FormProblem error={write.error} unplaced={server['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
          {write.pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

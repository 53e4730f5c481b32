import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsByName } from '../ui/problem';
import { createGoal, type GoalsApi } from './api';
import { FormField, FormProblem } from '../ui/FormField';
import { childLevel, deeperLevels, isGoalLevel, LEVEL_NAMES } from './levels';
import type { GoalLevel, GoalNode } from './types';
import { useWrite } from './useWrite';
import { NAME_MAX, validateNewChild, type ChildFormValues, type FieldErrors } from './validation';

interface AddChildFormProps {
  api: GoalsApi;
  fractalId: string;
  parent: GoalNode;
  onChanged: () => void;
  onDone: () => void;
}

const FIELDS = ['name', 'level', 'deadline', 'parentId'] as const;

/** Adds a goal under `parent`; the level starts at the next one down, as the original's "+ Add" did. */
export function AddChildForm({ api, fractalId, parent, onChanged, onDone }: AddChildFormProps) {
  const id = useId();
  const levels = deeperLevels(parent.level);
  const [values, setValues] = useState<ChildFormValues>(() => ({
    name: '',
    level: childLevel(parent.level) ?? parent.level,
    deadline: '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const write = useWrite(onChanged);
  const server = fieldErrorsByName(write.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => errors[field] ?? server[field];

  const update = (field: keyof ChildFormValues, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: '' }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateNewChild(values, parent);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (await write.run(result.value, (key) => createGoal(api, fractalId, result.value, key))) {
      onDone();
    }
  };

  return (
    <form className="goal-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Add child goal">
      <h3>Add a goal under “{parent.name}”</h3>
      <FormField id={`${id}-name`} label="Name" error={errorOf('name') || errorOf('parentId') || undefined}>
        {(control) => (
          <input {...control} type="text" maxLength={NAME_MAX} autoComplete="off" value={values.name} onChange={(e) => update('name', e.target.value)} />
        )}
      </FormField>
      <FormField id={`${id}-level`} label="Level" error={errorOf('level') || undefined}>
        {(control) => (
          <select
            {...control}
            value={values.level}
            onChange={(e) => {
              const level: string = e.target.value;
              if (isGoalLevel(level)) {
                update('level', level satisfies GoalLevel);
              }
            }}
          >
            {levels.map((level) => (
              <option key={level} value={level}>
                {LEVEL_NAMES[level]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-deadline`} label="Deadline" optional error={errorOf('deadline') || undefined}>
        {(control) => <input {...control} type="date" value={values.deadline} max={parent.deadline ?? undefined} onChange={(e) => update('deadline', e.target.value)} />}
      </FormField>
      <FormProblem error={write.error} unplaced={server['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
          {write.pending ? 'Adding…' : 'Add goal'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useId, useState } from 'react';
import { Loading } from '../../ui/Loading';
import { ProblemMessage } from '../../ui/ProblemMessage';
import type { CreateSessionErrors, NewGoalRow } from '../createSessionBody';
import { FieldMessage } from '../../ui/FormField';
import type { SelectableGoal } from '../types';

interface GoalPickerProps {
  goals: { data: SelectableGoal[] | undefined; error: unknown; loading: boolean; reload: () => void };
  /** A goal linked from elsewhere (`?goalId=`) that the selection does not list, with its name when known. */
  extraGoal: { id: string; name: string } | null;
  goalIds: string[];
  newGoals: NewGoalRow[];
  errors: CreateSessionErrors;
  onGoalIds: (goalIds: string[]) => void;
  onNewGoals: (rows: NewGoalRow[]) => void;
}

/**
 * The goals the session works towards: open short-term goals with their open immediate goals, and new
 * immediate goals to create under a short-term goal together with the session.
 */
export function GoalPicker({ goals, extraGoal, goalIds, newGoals, errors, onGoalIds, onNewGoals }: GoalPickerProps) {
  const id = useId();
  const [nextKey, setNextKey] = useState(1);

  const toggle = (goalId: string, checked: boolean) =>
    onGoalIds(checked ? [...goalIds, goalId] : goalIds.filter((selected) => selected !== goalId));

  const checkbox = (goalId: string, label: string, className: string) => (
    <div className={`ses-check ${className}`}>
      <input
        id={`${id}-${goalId}`}
        type="checkbox"
        checked={goalIds.includes(goalId)}
        onChange={(event) => toggle(goalId, event.target.checked)}
      />
      <label htmlFor={`${id}-${goalId}`}>{label}</label>
    </div>
  );

  const addNewGoal = (parentId: string) => {
    onNewGoals([...newGoals, { key: String(nextKey), parentId, name: '' }]);
    setNextKey(nextKey + 1);
  };

  return (
    <fieldset className="ses-fieldset" aria-describedby={errors.goals ? `${id}-error` : undefined}>
      <legend>Goals</legend>
      <p className="muted">Link the session to at least one goal.</p>
      {goals.error !== undefined && <ProblemMessage error={goals.error} onRetry={goals.reload} />}
      {goals.data === undefined && goals.loading && <Loading label="Loading goals…" />}
      {extraGoal && checkbox(extraGoal.id, extraGoal.name, 'ses-goal')}
      {goals.data?.length === 0 && !extraGoal && <p className="muted">There are no open short-term goals.</p>}
      <ul className="ses-goal-list">
        {goals.data?.map((goal) => (
          <li key={goal.id}>
            {checkbox(goal.id, goal.name, 'ses-goal')}
            {goal.immediateGoals.length > 0 && (
              <ul className="ses-goal-children" aria-label={`Immediate goals of ${goal.name}`}>
                {goal.immediateGoals.map((child) => (
                  <li key={child.id}>{checkbox(child.id, child.name, 'ses-goal-child')}</li>
                ))}
              </ul>
            )}
            {newGoals
              .filter((row) => row.parentId === goal.id)
              .map((row) => {
                const error = errors[`newGoal:${row.key}`];
                return (
                  <div className="ses-new-goal" key={row.key}>
                    <div className="field">
                      <label htmlFor={`${id}-new-${row.key}`}>New immediate goal under {goal.name}</label>
                      <input
                        id={`${id}-new-${row.key}`}
                        type="text"
                        maxLength={200}
                        autoFocus
                        value={row.name}
                        onChange={(event) =>
                          onNewGoals(newGoals.map((r) => (r.key === row.key ? { ...r, name: event.target.value } : r)))
                        }
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-new-${row.key}-error` : undefined}
                      />
                      <FieldMessage id={`${id}-new-${row.key}-error`} message={error} />
                    </div>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => onNewGoals(newGoals.filter((r) => r.key !== row.key))}
                    >
                      Remove
                    </button>
                  </div>
                );
              })}
            <button type="button" className="link ses-add-goal" onClick={() => addNewGoal(goal.id)}>
              + New immediate goal under {goal.name}
            </button>
          </li>
        ))}
      </ul>
      <FieldMessage id={`${id}-error`} message={errors.goals} />
    </fieldset>
  );
}

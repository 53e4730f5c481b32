import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsByName } from '../ui/problem';
import { moveGoal, type GoalsApi } from './api';
import { FormField, FormProblem } from '../ui/FormField';
import { LEVEL_NAMES } from './levels';
import { findGoal, moveTargets, pathTo } from './treeModel';
import type { GoalNode } from './types';
import { useWrite } from './useWrite';

interface MoveGoalFormProps {
  api: GoalsApi;
  fractalId: string;
  root: GoalNode;
  goal: GoalNode;
  onChanged: () => void;
  onDone: () => void;
}

/** Moves the goal (with everything below it) under another goal, chosen from those that may hold it. */
export function MoveGoalForm({ api, fractalId, root, goal, onChanged, onDone }: MoveGoalFormProps) {
  const id = useId();
  const candidates = moveTargets(root, goal.id);
  const [parentId, setParentId] = useState('');
  const [error, setError] = useState('');
  const write = useWrite(onChanged);
  const server = fieldErrorsByName(write.error, ['parentId']);
  const currentParent = findGoal(root, pathTo(root, goal.id).at(-2) ?? null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!candidates.some((candidate) => candidate.id === parentId)) {
      setError('Choose the goal to move it under.');
      return;
    }
    setError('');
    if (await write.run({ goal: goal.id, parentId }, (key) => moveGoal(api, fractalId, goal, parentId, key))) {
      onDone();
    }
  };

  return (
    <form className="goal-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Move goal">
      <h3>Move “{goal.name}”</h3>
      {currentParent && <p className="muted">Now under “{currentParent.name}”. The goals below it move with it.</p>}
      {candidates.length === 0 ? (
        <p>No other goal can hold it: a new parent must be of a higher level than {LEVEL_NAMES[goal.level]}.</p>
      ) : (
        <FormField id={`${id}-parent`} label="New parent" error={error || server.parentId || undefined}>
          {(control) => (
            <select {...control} value={parentId} onChange={(e) => setParentId(e.target.value)}>
              <option value="">Choose a goal…</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({LEVEL_NAMES[candidate.level]})
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormProblem error={write.error} unplaced={server['']} />
      <div className="form-actions">
        {candidates.length > 0 && (
          <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
            {write.pending ? 'Moving…' : 'Move'}
          </button>
        )}
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

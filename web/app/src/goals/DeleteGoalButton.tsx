import { useState } from 'react';
import { deleteGoal, type GoalsApi } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { descendantCount } from './treeModel';
import type { GoalNode } from './types';
import { useWrite } from './useWrite';

interface DeleteGoalButtonProps {
  api: GoalsApi;
  fractalId: string;
  goal: GoalNode;
  onChanged: () => void;
  onDeleted: () => void;
}

/** Deletes the goal and its whole subtree, after a confirmation that says how many goals go with it. */
export function DeleteGoalButton({ api, fractalId, goal, onChanged, onDeleted }: DeleteGoalButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const write = useWrite(onChanged);
  const below = descendantCount(goal);

  const confirm = async () => {
    if (await write.run({ delete: goal.id }, () => deleteGoal(api, fractalId, goal))) {
      setConfirming(false);
      onDeleted();
    }
  };

  return (
    <>
      <button
        type="button"
        className="secondary danger-text"
        onClick={() => {
          write.clear();
          setConfirming(true);
        }}
      >
        Delete
      </button>
      {confirming && (
        <ConfirmDialog
          title="Delete this goal?"
          confirmLabel="Delete"
          danger
          pending={write.pending}
          error={write.error}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Are you sure you want to delete “{goal.name}” and all its children?
            {below > 0 && ` ${below} ${below === 1 ? 'goal below it goes' : 'goals below it go'} too.`}
          </p>
          <p>This cannot be undone. Sessions linked to these goals are kept.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

import { useState } from 'react';
import { setCompleted, type GoalsApi } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { dateAtTime, formatInstant } from './format';
import { LEVEL_NAMES } from './levels';
import type { GoalNode } from './types';
import { useWrite } from './useWrite';

interface CompletionControlProps {
  api: GoalsApi;
  fractalId: string;
  goal: GoalNode;
  onChanged: () => void;
  /** The time the confirmation names; injected by tests. */
  now?: () => Date;
}

/**
 * "Mark complete" / "Mark incomplete", each after a confirmation that says what will happen: the completion
 * time and the goal's targets, or which achieved targets open again.
 */
export function CompletionControl({ api, fractalId, goal, onChanged, now = () => new Date() }: CompletionControlProps) {
  const [confirming, setConfirming] = useState<Date | null>(null);
  const write = useWrite(onChanged);
  const completing = !goal.completed;
  const achieved = goal.targets.filter((target) => target.achieved);

  const open = () => {
    write.clear();
    setConfirming(now());
  };

  const confirm = async () => {
    const done = await write.run({ goal: goal.id, completing, version: goal.version }, (key) =>
      setCompleted(api, fractalId, goal, completing, key),
    );
    if (done) {
      setConfirming(null);
    }
  };

  return (
    <>
      <button type="button" className={completing ? 'primary' : 'secondary'} onClick={open} data-testid="goal-complete-toggle">
        {completing ? 'Mark complete' : 'Mark incomplete'}
      </button>
      {confirming && (
        <ConfirmDialog
          title={completing ? 'Complete this goal?' : 'Mark this goal incomplete?'}
          confirmLabel={completing ? '✓ Complete goal' : 'Mark incomplete'}
          pending={write.pending}
          error={write.error}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(null)}
        >
          <p>
            <strong>{goal.name}</strong> ({LEVEL_NAMES[goal.level]} goal)
          </p>
          {completing ? (
            <>
              <p>Will be marked as completed: {dateAtTime(confirming)}.</p>
              <p>Targets ({goal.targets.length}):</p>
              {goal.targets.length > 0 ? (
                <ul>
                  {goal.targets.map((target) => (
                    <li key={target.id}>
                      {target.achieved ? '✓' : '○'} {target.name}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">This goal has no targets.</p>
              )}
            </>
          ) : (
            <>
              <p>This removes the completion status and the completion date{goal.completedAt ? ` (${formatInstant(goal.completedAt)})` : ''}.</p>
              {achieved.length > 0 && (
                <>
                  <p>These achieved targets will open again:</p>
                  <ul>
                    {achieved.map((target) => (
                      <li key={target.id}>{target.name}</li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}

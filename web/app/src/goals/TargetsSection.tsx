import { useState } from 'react';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { addTarget, changeTarget, removeTarget, type GoalsApi } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { formatInstant } from './format';
import { OPERATOR_SIGNS } from './levels';
import { TargetForm } from './TargetForm';
import type { Activity, GoalNode, Target, TargetBody } from './types';
import { useWrite } from './useWrite';

/** The activities the targets refer to, as the page loaded them. */
export interface ActivitiesState {
  data: Activity[] | undefined;
  error: unknown;
  reload: () => void;
}

interface TargetsSectionProps {
  api: GoalsApi;
  fractalId: string;
  goal: GoalNode;
  activities: ActivitiesState;
  readOnly: boolean;
  onChanged: () => void;
}

/** "Tempo ≥ 120 bpm, Reps ≥ 4", with the metric names of the activity (ids when it is gone). */
export function thresholdsText(target: Target, activity: Activity | undefined): string {
  return target.thresholds
    .map((threshold) => {
      const metric = activity?.metrics.find((candidate) => candidate.id === threshold.metricId);
      const unit = metric?.unit ? ` ${metric.unit}` : '';
      return `${metric?.name ?? 'a removed metric'} ${OPERATOR_SIGNS[threshold.operator]} ${threshold.value}${unit}`;
    })
    .join(', ');
}

type Editing = { kind: 'add' } | { kind: 'edit'; target: Target } | null;

export function TargetsSection({ api, fractalId, goal, activities, readOnly, onChanged }: TargetsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Target | null>(null);
  const save = useWrite(onChanged);
  const remove = useWrite(onChanged);
  const activityOf = (target: Target) => activities.data?.find((activity) => activity.id === target.activityId);

  const submit = async (body: TargetBody) => {
    const current = editing;
    const done =
      current?.kind === 'edit'
        ? await save.run({ edit: current.target.id, body }, () => changeTarget(api, fractalId, goal, current.target.id, body))
        : await save.run({ goal: goal.id, body }, (key) => addTarget(api, fractalId, goal, body, key));
    if (done) {
      setEditing(null);
    }
  };

  const confirmRemove = async (target: Target) => {
    if (await remove.run({ remove: target.id }, () => removeTarget(api, fractalId, goal, target.id))) {
      setRemoving(null);
    }
  };

  const startEditing = (next: Editing) => {
    save.clear();
    setEditing(next);
  };

  const form = () => {
    if (activities.error !== undefined && !activities.data) {
      return <ProblemMessage error={activities.error} onRetry={activities.reload} />;
    }
    if (!activities.data) {
      return <Loading label="Loading activities…" />;
    }
    return (
      <TargetForm
        key={editing?.kind === 'edit' ? editing.target.id : 'new'}
        fractalId={fractalId}
        activities={activities.data}
        {...(editing?.kind === 'edit' ? { target: editing.target } : {})}
        write={save}
        onSubmit={submit}
        onCancel={() => setEditing(null)}
      />
    );
  };

  return (
    <section className="goal-section" aria-labelledby={`targets-${goal.id}`}>
      <h3 id={`targets-${goal.id}`}>Targets ({goal.targets.length})</h3>
      {goal.targets.length === 0 && <p className="muted">No targets yet.</p>}
      <ul className="target-list" data-testid="target-list">
        {goal.targets.map((target) => (
          <li key={target.id} className={`target${target.achieved ? ' is-achieved' : ''}`}>
            <p className="target-name">
              <span aria-hidden="true">{target.achieved ? '✓' : '○'}</span> {target.name}
            </p>
            <p className="target-state muted">
              {target.achieved ? `Achieved ${formatInstant(target.achievedAt)}` : 'Not achieved yet'}
            </p>
            <p className="target-thresholds">
              {activityOf(target)?.name ?? (activities.data ? 'An activity that no longer exists' : '')}
              {activityOf(target) ? ': ' : ' '}
              {thresholdsText(target, activityOf(target))}
            </p>
            {!readOnly && (
              <div className="target-actions">
                <button type="button" className="link" onClick={() => startEditing({ kind: 'edit', target })} aria-label={`Edit target ${target.name}`}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link danger-text"
                  onClick={() => {
                    remove.clear();
                    setRemoving(target);
                  }}
                  aria-label={`Delete target ${target.name}`}
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (editing ? form() : (
        <button type="button" className="secondary" onClick={() => startEditing({ kind: 'add' })}>
          Add target
        </button>
      ))}
      {removing && (
        <ConfirmDialog
          title="Delete this target?"
          confirmLabel="Delete target"
          danger
          pending={remove.pending}
          error={remove.error}
          onConfirm={() => void confirmRemove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>The target “{removing.name}” will be removed from “{goal.name}”.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

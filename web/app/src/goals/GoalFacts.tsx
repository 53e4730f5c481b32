import { ageLabel, dueLabel, formatDate, formatInstant } from './format';
import { LEVEL_NAMES, levelClass } from './levels';
import type { GoalNode } from './types';

/** What the panel shows about a goal in view mode. `now` is when the deadline is counted from. */
export function GoalFacts({ goal, now }: { goal: GoalNode; now: Date }) {
  const due = goal.deadline ? dueLabel(goal.deadline, now) : null;
  return (
    <>
      <p className="goal-badges">
        <span className={`goal-badge ${levelClass(goal.level)}`}>{LEVEL_NAMES[goal.level]}</span>
        {goal.completed && (
          <span className="goal-done" data-testid="goal-completed-badge">
            ✓ Completed{goal.completionSource === 'TARGETS' ? ' (all targets achieved)' : ''}
          </span>
        )}
      </p>
      <dl className="facts goal-facts">
        {goal.completed && goal.completedAt && (
          <>
            <dt>Completed</dt>
            <dd>{formatInstant(goal.completedAt)}</dd>
          </>
        )}
        {goal.createdAt && (
          <>
            <dt>Created</dt>
            <dd>
              {formatInstant(goal.createdAt)}
              {goal.ageDays !== undefined && <span className="muted"> · Age: {ageLabel(goal.ageDays)}</span>}
            </dd>
          </>
        )}
        <dt>Deadline</dt>
        <dd>
          {goal.deadline ? (
            <>
              {formatDate(goal.deadline)}
              {due && (
                <span className={due.overdue ? 'due is-overdue' : 'due'}>
                  {' '}
                  · Due: {due.text}
                  {due.overdue ? ' (overdue)' : ''}
                </span>
              )}
            </>
          ) : (
            <span className="muted">None</span>
          )}
        </dd>
        <dt>Description</dt>
        <dd className="goal-text">{goal.description ?? <span className="muted">None</span>}</dd>
        <dt>Relevance</dt>
        <dd className="goal-text">{goal.relevance ?? <span className="muted">None</span>}</dd>
      </dl>
    </>
  );
}

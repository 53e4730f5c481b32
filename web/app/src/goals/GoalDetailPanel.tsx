import { useEffect, useId, useRef, useState } from 'react';
import { AddChildForm } from './AddChildForm';
import type { GoalsApi } from './api';
import { CompletionControl } from './CompletionControl';
import { DeleteGoalButton } from './DeleteGoalButton';
import { GoalEditForm } from './GoalEditForm';
import { GoalFacts } from './GoalFacts';
import { GoalHistory } from './GoalHistory';
import { childLevel, LEVEL_NAMES } from './levels';
import { MoveGoalForm } from './MoveGoalForm';
import { SmartLetters } from './SmartLetters';
import { TargetsSection, type ActivitiesState } from './TargetsSection';
import type { GoalNode } from './types';

interface GoalDetailPanelProps {
  api: GoalsApi;
  fractalId: string;
  root: GoalNode;
  goal: GoalNode;
  /** The tree shown is a past one: nothing can be changed. */
  readOnly: boolean;
  activities: ActivitiesState;
  goalNames: ReadonlyMap<string, string>;
  revision: number;
  now: Date;
  onChanged: () => void;
  onClose: () => void;
  onDeleted: () => void;
}

type Mode = 'view' | 'edit' | 'add-child' | 'move';

/** On phones the panel covers the screen, so the focus goes to it; on wide screens it stays where it was. */
function coversScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 48rem)').matches;
}

/**
 * The selected goal: its facts, SMART letters and the steps on it (edit, complete, add a child, move, delete),
 * its targets and its history. Render it with `key={goal.id}`, so another goal starts in view mode.
 */
export function GoalDetailPanel(props: GoalDetailPanelProps) {
  const { api, fractalId, root, goal, readOnly, activities, goalNames, revision, now, onChanged, onClose, onDeleted } = props;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<Mode>('view');
  const next = childLevel(goal.level);
  const isRoot = goal.id === root.id;
  const shownMode = readOnly ? 'view' : mode;

  useEffect(() => {
    if (coversScreen()) {
      heading.current?.focus();
    }
  }, []);

  const done = () => setMode('view');

  return (
    <aside className="goal-panel" aria-labelledby={`${id}-heading`} data-testid="goal-panel">
      <div className="goal-panel-head">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {goal.name}
        </h2>
        <button type="button" className="secondary" onClick={onClose} aria-label="Close goal details">
          Close
        </button>
      </div>
      <GoalFacts goal={goal} now={now} />
      <SmartLetters smart={goal.smart} />
      {!readOnly && shownMode === 'view' && (
        <div className="goal-actions" role="group" aria-label="Goal actions">
          <button type="button" className="secondary" onClick={() => setMode('edit')}>
            Edit
          </button>
          <CompletionControl api={api} fractalId={fractalId} goal={goal} onChanged={onChanged} />
          {next ? (
            <button type="button" className="secondary" onClick={() => setMode('add-child')}>
              Add {LEVEL_NAMES[next]} goal
            </button>
          ) : (
            <p className="muted goal-leaf-note">A Nano goal cannot have children.</p>
          )}
          {!isRoot && (
            <button type="button" className="secondary" onClick={() => setMode('move')}>
              Move
            </button>
          )}
          {!isRoot && <DeleteGoalButton api={api} fractalId={fractalId} goal={goal} onChanged={onChanged} onDeleted={onDeleted} />}
        </div>
      )}
      {shownMode === 'edit' && <GoalEditForm api={api} fractalId={fractalId} goal={goal} onChanged={onChanged} onDone={done} />}
      {shownMode === 'add-child' && <AddChildForm api={api} fractalId={fractalId} parent={goal} onChanged={onChanged} onDone={done} />}
      {shownMode === 'move' && <MoveGoalForm api={api} fractalId={fractalId} root={root} goal={goal} onChanged={onChanged} onDone={done} />}
      <TargetsSection api={api} fractalId={fractalId} goal={goal} activities={activities} readOnly={readOnly} onChanged={onChanged} />
      <GoalHistory api={api} fractalId={fractalId} goalId={goal.id} goalNames={goalNames} targets={goal.targets} revision={revision} />
    </aside>
  );
}

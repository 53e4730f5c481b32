import { LEVEL_NAMES, levelClass } from './levels';
import type { GoalNode } from './types';

interface GoalListProps {
  root: GoalNode;
  selectedId: string | null;
  lineage: ReadonlySet<string> | null;
  onSelect: (id: string) => void;
}

interface ItemProps extends Omit<GoalListProps, 'root'> {
  goal: GoalNode;
}

function GoalListItem({ goal, selectedId, lineage, onSelect }: ItemProps) {
  const dimmed = lineage !== null && !lineage.has(goal.id);
  return (
    <li className={dimmed ? 'is-dimmed' : undefined}>
      <div className="goal-list-row">
        <button
          type="button"
          className={`goal-list-name${goal.completed ? ' is-completed' : ''}`}
          aria-pressed={goal.id === selectedId}
          onClick={() => onSelect(goal.id)}
        >
          {goal.name}
        </button>
        <span className={`goal-badge ${levelClass(goal.level)}`}>{LEVEL_NAMES[goal.level]}</span>
        {goal.completed && <span className="goal-done">✓ Completed</span>}
      </div>
      {goal.children.length > 0 && (
        <ul>
          {goal.children.map((child) => (
            <GoalListItem key={child.id} goal={child} selectedId={selectedId} lineage={lineage} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The same tree as nested lists: for small screens, screen readers, and anyone who prefers reading to a graph. */
export function GoalList({ root, ...rest }: GoalListProps) {
  return (
    <ul className="goal-list" aria-label="Goal tree" data-testid="goal-list">
      <GoalListItem goal={root} {...rest} />
    </ul>
  );
}

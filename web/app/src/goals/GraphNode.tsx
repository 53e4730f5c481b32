import type { KeyboardEvent } from 'react';
import { LEVEL_CODES, LEVEL_NAMES, levelClass } from './levels';
import type { GoalNode } from './types';

export const NODE_RADIUS = 20;
const LABEL_MAX = 20;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What a screen reader hears for a node: name, level, state. */
export function nodeLabel(goal: GoalNode): string {
  return `${goal.name}, ${LEVEL_NAMES[goal.level]} goal${goal.completed ? ', completed' : ''}`;
}

interface GraphNodeProps {
  goal: GoalNode;
  x: number;
  y: number;
  selected: boolean;
  dimmed: boolean;
  onSelect: (id: string) => void;
  onFocusNode: (x: number, y: number) => void;
}

/** One goal in the graph: a circle in its level's colour with the level's letter, its name and level below. */
export function GraphNode({ goal, x, y, selected, dimmed, onSelect, onFocusNode }: GraphNodeProps) {
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onSelect(goal.id);
    }
  };
  const classes = [
    'graph-node',
    levelClass(goal.level),
    goal.completed ? 'is-completed' : '',
    selected ? 'is-selected' : '',
    dimmed ? 'is-dimmed' : '',
  ].filter(Boolean);
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${x} ${y})`}
      role="button"
      tabIndex={0}
      aria-label={nodeLabel(goal)}
      aria-pressed={selected}
      data-testid="goal-node"
      data-goal-id={goal.id}
      onClick={() => onSelect(goal.id)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusNode(x, y)}
    >
      <title>{nodeLabel(goal)}</title>
      {goal.completed && <circle className="graph-node-glow" r={NODE_RADIUS + 7} />}
      <circle className="graph-node-circle" r={NODE_RADIUS} />
      <text className="graph-node-code" textAnchor="middle" dy="0.35em">
        {LEVEL_CODES[goal.level]}
      </text>
      {goal.completed && (
        <g className="graph-node-check" transform={`translate(${NODE_RADIUS * 0.75} ${-NODE_RADIUS * 0.75})`}>
          <circle r={8} />
          <text textAnchor="middle" dy="0.35em">
            ✓
          </text>
        </g>
      )}
      <text className="graph-node-name" textAnchor="middle" y={NODE_RADIUS + 18}>
        {truncate(goal.name, LABEL_MAX)}
      </text>
      <text className="graph-node-level" textAnchor="middle" y={NODE_RADIUS + 34}>
        {LEVEL_NAMES[goal.level]}
        {goal.completed ? ' · done' : ''}
      </text>
    </g>
  );
}

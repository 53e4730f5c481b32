import { LEVEL_CODES, LEVEL_NAMES, levelClass } from './levels';
import { GOAL_LEVELS } from './types';

/** The level colours with their names and letters, and how a completed goal looks. */
export function GoalLegend() {
  return (
    <ul className="goal-legend" aria-label="Legend">
      {GOAL_LEVELS.map((level) => (
        <li key={level}>
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" className={levelClass(level)}>
            <circle className="graph-node-circle" r="10" />
            <text className="graph-node-code" textAnchor="middle" dy="0.35em">
              {LEVEL_CODES[level]}
            </text>
          </svg>
          {LEVEL_NAMES[level]}
        </li>
      ))}
      <li>
        <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" className="is-completed">
          <circle className="graph-node-glow" r="9" />
          <g className="graph-node-check">
            <circle r="6" />
            <text textAnchor="middle" dy="0.35em">
              ✓
            </text>
          </g>
        </svg>
        Completed (gold ring and ✓)
      </li>
    </ul>
  );
}

import { Link } from 'react-router-dom';
import { LEVEL_LABELS, type FractalSummary } from '../api/types';

interface FractalListProps {
  fractals: FractalSummary[];
  /** Offers a Delete button per fractal when given. */
  onDelete?: ((fractal: FractalSummary) => void) | undefined;
}

export function goalCountLabel(goalCount: number, completedGoalCount: number): string {
  const goals = `${goalCount} ${goalCount === 1 ? 'goal' : 'goals'}`;
  return goalCount > 0 ? `${goals}, ${completedGoalCount} completed` : goals;
}

function formatDate(iso: string | null): string | null {
  if (!iso) {
    return null;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString();
}

export function FractalList({ fractals, onDelete }: FractalListProps) {
  if (fractals.length === 0) {
    return <p className="empty">No fractals yet</p>;
  }
  return (
    <ul className="fractal-list" aria-label="Fractals">
      {fractals.map((fractal) => {
        const deadline = formatDate(fractal.deadline);
        const created = formatDate(fractal.createdAt);
        return (
          <li key={fractal.id} className="fractal">
            <div className="fractal-head">
              <Link className="fractal-name" to={`/fractals/${encodeURIComponent(fractal.id)}/goals`}>
                {fractal.name}
              </Link>
              <span className={`level level-${fractal.level.toLowerCase()}`}>
                {LEVEL_LABELS[fractal.level]}
              </span>
            </div>
            {fractal.description && <p className="fractal-description">{fractal.description}</p>}
            <p className="fractal-meta">
              <span className="goal-count">{goalCountLabel(fractal.goalCount, fractal.completedGoalCount)}</span>
              {created && <span className="fractal-created">Created {created}</span>}
              {deadline && <span>Deadline {deadline}</span>}
            </p>
            {onDelete && (
              <button
                type="button"
                className="link fractal-delete"
                aria-label={`Delete ${fractal.name}`}
                data-testid="delete-fractal"
                onClick={() => onDelete(fractal)}
              >
                Delete
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

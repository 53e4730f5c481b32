import { ConfirmButton } from './common/ConfirmButton';
import { formatInstantDate } from './common/dates';
import type { Activity } from '../api/activities';

interface ActivityCardProps {
  activity: Activity;
  busy: boolean;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => Promise<unknown>;
}

/** "Last used: 3 Apr 2026" / "Last used: Never used", as the original's cards read. */
export function lastUsedLabel(activity: Pick<Activity, 'lastUsedAt'>): string {
  return `Last used: ${activity.lastUsedAt ? formatInstantDate(activity.lastUsedAt) : 'Never used'}`;
}

export function instanceCountLabel(count: number): string {
  return `${count} instance${count === 1 ? '' : 's'}`;
}

export function ActivityCard({ activity, busy, onEdit, onDuplicate, onDelete }: ActivityCardProps) {
  return (
    <li className="plan-card activity-card" data-testid="activity-card">
      <h3>{activity.name}</h3>
      {activity.description && <p className="description">{activity.description}</p>}
      <ul className="badges" aria-label="Recording">
        {activity.hasSets && <li className="badge badge-accent">Sets</li>}
        {activity.hasSplits && (
          <li className="badge badge-accent">Splits: {activity.splits.map((split) => split.name).join(', ')}</li>
        )}
        {activity.multiplicative && <li className="badge badge-warn">Multiplicative</li>}
        {!activity.hasMetrics && <li className="badge">No metrics</li>}
        {activity.hasMetrics &&
          activity.metrics.map((metric) => (
            <li key={metric.id} className="badge badge-success">
              {metric.name} ({metric.unit}){metric.topSet ? ' · top set' : ''}
            </li>
          ))}
      </ul>
      <p className="muted activity-usage">
        {lastUsedLabel(activity)}
        {activity.instanceCount !== undefined && activity.instanceCount > 0 && ` · ${instanceCountLabel(activity.instanceCount)}`}
      </p>
      <div className="card-actions">
        <button type="button" className="secondary small-button" aria-label={`Edit ${activity.name}`} onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Duplicate ${activity.name}`}
          disabled={busy}
          onClick={onDuplicate}
        >
          Duplicate
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${activity.name}`}
          className="secondary small-button"
          question={`Delete the activity “${activity.name}”? Sessions keep what was recorded.`}
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}

import { Link } from 'react-router-dom';
import { useApiQuery } from '../data/useApiQuery';
import { fetchActivityUsage, type Scope } from './api';
import { ActivityCharts } from './ActivityCharts';
import { formatDate, plural } from './format';
import { EmptyChart, QueryState } from './QueryState';
import type { ActivityUsage } from './types';

interface ActivitiesTabProps {
  scope: Scope;
  selectedId: string | null;
  onSelect: (activityId: string) => void;
}

export function ActivitiesTab({ scope, selectedId, onSelect }: ActivitiesTabProps) {
  const query = useApiQuery(`activity-usage:${scope.fractalId}:${scope.tz}`, (signal) =>
    fetchActivityUsage({ ...scope, signal }),
  );
  return (
    <QueryState
      query={query}
      what="Activities"
      isEmpty={(items) => items.length === 0}
      empty={
        <EmptyChart title="No activities yet">
          <Link to={`/fractals/${encodeURIComponent(scope.fractalId)}/activities`}>Define an activity</Link> and
          record it in a session to see its charts here.
        </EmptyChart>
      }
    >
      {(items) => {
        // The most recently used activity is the one a person most likely wants to look at.
        const selected = items.find((item) => item.activityId === selectedId) ?? items[0];
        return (
          <div className="activities-layout">
            <ActivityList items={items} selectedId={selected?.activityId ?? null} onSelect={onSelect} />
            {selected && <ActivityCharts key={selected.activityId} scope={scope} activity={selected} />}
          </div>
        );
      }}
    </QueryState>
  );
}

interface ActivityListProps {
  items: readonly ActivityUsage[];
  selectedId: string | null;
  onSelect: (activityId: string) => void;
}

function ActivityList({ items, selectedId, onSelect }: ActivityListProps) {
  return (
    <nav aria-label="Activities, most recently used first" className="activity-picker">
      <ul className="activity-list" data-testid="analytics-activity-list">
        {items.map((item) => (
          <li key={item.activityId}>
            <button
              type="button"
              className="activity-choice"
              aria-pressed={item.activityId === selectedId}
              onClick={() => onSelect(item.activityId)}
            >
              <span className="activity-choice-name">{item.name}</span>
              <span className="muted">
                {plural(item.instanceCount, 'instance')} ·{' '}
                {item.lastUsedAt ? `last used ${formatDate(item.lastUsedAt)}` : 'never used'}
              </span>
              <span className="muted activity-choice-metrics">
                {item.metrics.length > 0 ? item.metrics.map((metric) => metric.name).join(', ') : 'No metrics'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useMemo, useState } from 'react';
import { useApiQuery } from '../data/useApiQuery';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { getHistory, type GoalsApi } from './api';
import { formatInstant } from './format';
import { describeEntry, isAutomatic, targetNamesFrom } from './history';
import type { HistoryEntry, HistoryPage, Target } from './types';

interface GoalHistoryProps {
  api: GoalsApi;
  fractalId: string;
  goalId: string;
  goalNames: ReadonlyMap<string, string>;
  targets: readonly Target[];
  /** Bumped after every write, so the timeline reloads with it. */
  revision: number;
}

interface MorePages {
  key: string;
  items: HistoryEntry[];
  nextCursor: string | null;
}

/** The goal's audit trail, oldest first, as sentences, with "Load more" for the next page. */
export function GoalHistory({ api, fractalId, goalId, goalNames, targets, revision }: GoalHistoryProps) {
  const key = `goal-history:${fractalId}:${goalId}:${revision}`;
  const first = useApiQuery<HistoryPage>(key, (signal) => getHistory(api, fractalId, goalId, null, signal));
  // Pages after the first belong to the key they were loaded for; a reload starts from the first page again.
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const extra = more?.key === key ? more : null;
  const items = useMemo(() => [...(first.data?.items ?? []), ...(extra?.items ?? [])], [first.data, extra]);
  const nextCursor = extra ? extra.nextCursor : (first.data?.nextCursor ?? null);
  const names = useMemo(
    () => ({ goals: goalNames, targets: targetNamesFrom(items, new Map(targets.map((target) => [target.id, target.name]))) }),
    [goalNames, items, targets],
  );

  const loadMore = async () => {
    if (!nextCursor || loadingMore) {
      return;
    }
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await getHistory(api, fractalId, goalId, nextCursor);
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    } catch (cause) {
      setMoreError(cause);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="goal-section" aria-labelledby={`history-${goalId}`}>
      <h3 id={`history-${goalId}`}>History</h3>
      {first.error !== undefined && !first.data && <ProblemMessage error={first.error} onRetry={first.reload} />}
      {first.loading && !first.data && <Loading label="Loading history…" />}
      {first.data && items.length === 0 && <p className="muted">Nothing recorded yet.</p>}
      {items.length > 0 && (
        <ol className="goal-history" data-testid="goal-history">
          {items.map((entry) => (
            <li key={entry.sequence}>
              <time dateTime={entry.occurredAt}>{formatInstant(entry.occurredAt)}</time>
              <span className="history-text">{describeEntry(entry, names, goalId)}</span>
              {isAutomatic(entry) && <span className="history-tag">automatic</span>}
            </li>
          ))}
        </ol>
      )}
      {moreError !== null && <ProblemMessage error={moreError} onRetry={() => void loadMore()} />}
      {nextCursor && (
        <button type="button" className="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

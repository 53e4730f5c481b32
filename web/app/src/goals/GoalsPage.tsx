import { useCallback, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { useApiQuery } from '../data/useApiQuery';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { getActivities, getTree } from './api';
import { GoalDetailPanel } from './GoalDetailPanel';
import { GoalGraph } from './GoalGraph';
import { GoalLegend } from './GoalLegend';
import { GoalList } from './GoalList';
import './goals.css';
import { TimeTravel } from './TimeTravel';
import { timeRange } from './timeTravel';
import { findGoal, goalNames, lineageOf, progressLabel, treeProgress } from './treeModel';
import type { GoalNode } from './types';

type ViewMode = 'graph' | 'list';

/** Phones start with the list: a graph of any size is hard to read at 360 px. */
function initialViewMode(): ViewMode {
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 40rem)').matches ? 'list' : 'graph';
}

/** `/fractals/:fractalId/goals`: the goal tree (graph or list), the selected goal's panel, and time travel. */
export function GoalsPage() {
  const { fractalId = '' } = useParams();
  const api = useApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('goal');
  const [asOf, setAsOf] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());
  const [revision, setRevision] = useState(0);
  const [viewMode, setViewMode] = useState<ViewMode>(initialViewMode);
  const [lineageOnly, setLineageOnly] = useState(true);
  const heading = useRef<HTMLHeadingElement>(null);

  const tree = useApiQuery(`goal-tree:${fractalId}:${asOf ?? 'now'}`, (signal) => getTree(api, fractalId, asOf, signal));
  // While the tree of another instant loads, the previous one stays on screen instead of a blank page.
  const [previous, setPrevious] = useState<{ fractalId: string; tree: GoalNode } | null>(null);
  if (tree.data !== undefined && previous?.tree !== tree.data) {
    setPrevious({ fractalId, tree: tree.data });
  }
  const root = tree.data ?? (tree.error === undefined && previous?.fractalId === fractalId ? previous.tree : undefined);

  const activities = useApiQuery(selectedId ? `activities:${fractalId}` : null, (signal) => getActivities(api, fractalId, signal));

  const select = useCallback(
    (id: string | null) => {
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          if (id === null) {
            next.delete('goal');
          } else {
            next.set('goal', id);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const { reload } = tree;
  const onChanged = useCallback(() => {
    reload();
    setRevision((n) => n + 1);
  }, [reload]);

  const selected = root ? findGoal(root, selectedId) : null;
  const lineage = useMemo(
    () => (root && selected && lineageOnly ? lineageOf(root, selected.id) : null),
    [root, selected, lineageOnly],
  );
  const names = useMemo(() => goalNames(root), [root]);
  const range = root ? timeRange(root.createdAt, openedAt) : null;
  const readOnly = asOf !== null;

  if (!root) {
    return (
      <section className="goals-page" aria-labelledby="goals-heading">
        <h1 id="goals-heading">Goals</h1>
        {tree.error !== undefined ? (
          <>
            <ProblemMessage error={tree.error} onRetry={tree.reload} />
            {asOf !== null && (
              <button type="button" className="secondary" onClick={() => setAsOf(null)}>
                Back to now
              </button>
            )}
          </>
        ) : (
          <Loading label="Loading the goal tree…" />
        )}
      </section>
    );
  }

  const labels = progressLabel(treeProgress(root));

  return (
    <section className="goals-page" aria-labelledby="goals-heading" data-testid="goals-page">
      <header className="goals-header">
        <div>
          <h1 id="goals-heading" ref={heading} tabIndex={-1}>
            {root.name}
          </h1>
          <p className="goals-stats" data-testid="goal-stats">
            <span data-testid="goal-count">{labels.count}</span>
            <span aria-hidden="true"> · </span>
            <span data-testid="goal-percent">{labels.percent}</span>
            {asOf !== null && <span className="muted"> (as of {new Date(asOf).toLocaleDateString()})</span>}
          </p>
        </div>
        <div className="goals-toolbar">
          <div role="group" aria-label="Show the tree as" className="view-switch">
            <button type="button" className="secondary" aria-pressed={viewMode === 'graph'} onClick={() => setViewMode('graph')}>
              Graph
            </button>
            <button type="button" className="secondary" aria-pressed={viewMode === 'list'} onClick={() => setViewMode('list')}>
              List
            </button>
          </div>
          <label className="lineage-toggle">
            <input type="checkbox" checked={lineageOnly} onChange={(event) => setLineageOnly(event.target.checked)} />
            Highlight the selected goal’s lineage
          </label>
        </div>
      </header>

      {range && <TimeTravel key={fractalId} range={range} asOf={asOf} onChange={setAsOf} />}
      {tree.error !== undefined && <ProblemMessage error={tree.error} onRetry={tree.reload} />}
      {tree.loading && <Loading label={asOf ? 'Loading the tree as it was…' : 'Updating the tree…'} />}

      <div className={`goals-body${selected ? ' has-panel' : ''}`}>
        <div className="goals-view">
          {root.children.length === 0 && (
            <EmptyState title="Only the root goal so far">
              {readOnly ? 'At this time the fractal had no other goals.' : 'Select it and add the first goal below it.'}
            </EmptyState>
          )}
          <ErrorBoundary label="The goal tree could not be shown" onRetry={tree.reload}>
            {viewMode === 'graph' ? (
              <GoalGraph root={root} selectedId={selected?.id ?? null} lineage={lineage} onSelect={select} />
            ) : (
              <GoalList root={root} selectedId={selected?.id ?? null} lineage={lineage} onSelect={select} />
            )}
          </ErrorBoundary>
          <GoalLegend />
        </div>
        {selectedId !== null && !selected && (
          <aside className="goal-panel" aria-label="Goal details">
            <p>{readOnly ? 'This goal did not exist at that time.' : 'This goal is not in the tree any more.'}</p>
            <button type="button" className="secondary" onClick={() => select(null)}>
              Close
            </button>
          </aside>
        )}
        {selected && (
          <ErrorBoundary label="The goal could not be shown">
            <GoalDetailPanel
              key={selected.id}
              api={api}
              fractalId={fractalId}
              root={root}
              goal={selected}
              readOnly={readOnly}
              activities={activities}
              goalNames={names}
              revision={revision}
              now={new Date(asOf ?? openedAt)}
              onChanged={onChanged}
              onClose={() => select(null)}
              onDeleted={() => {
                select(null);
                // The panel and the button that had the focus are gone; start again from the top of the page.
                heading.current?.focus();
              }}
            />
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
}

import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/ApiContext';
import { useApiQuery } from '../../data/useApiQuery';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { listSessions } from '../api';
import {
  STATUS_FILTERS,
  currentCursor,
  nextPage,
  pageNumber,
  pagingFor,
  parseStatus,
  previousPage,
  type Paging,
} from '../paging';
import type { SessionStatusFilter } from '../types';
import { SessionRow } from './SessionRow';
import '../sessions.css';

const EMPTY_TEXT: Record<SessionStatusFilter, string> = {
  all: 'No sessions yet',
  open: 'No open sessions',
  completed: 'No completed sessions',
};

/** `/fractals/:fractalId/sessions`: the fractal's sessions, newest first, filtered by state, a page at a time. */
export function SessionsPage() {
  const { fractalId = '' } = useParams();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const status = parseStatus(search.get('status'));
  const [storedPaging, setPaging] = useState<Paging>({ status, cursors: [] });
  const paging = pagingFor(storedPaging, status);
  const cursor = currentCursor(paging);
  const page = useApiQuery(`sessions:${fractalId}:${status}:${cursor ?? ''}`, (signal) =>
    listSessions(api, fractalId, { status, cursor }, signal),
  );
  const base = `/fractals/${encodeURIComponent(fractalId)}`;

  const choose = (value: SessionStatusFilter) => {
    setPaging({ status: value, cursors: [] });
    setSearch(value === 'all' ? {} : { status: value }, { replace: true });
  };

  return (
    <div className="page ses-list-page">
      <div className="ses-title-row">
        <h1>Sessions</h1>
        <Link className="ses-button-link primary" to={`${base}/sessions/new`} data-testid="new-session">
          New session
        </Link>
      </div>
      <div className="ses-filters" role="group" aria-label="Show sessions">
        {STATUS_FILTERS.map((filter) => (
          <button
            key={filter.value}
            type="button"
            className={filter.value === status ? 'primary' : 'secondary'}
            aria-pressed={filter.value === status}
            onClick={() => choose(filter.value)}
          >
            {filter.label}
          </button>
        ))}
      </div>
      {page.error !== undefined && <ProblemMessage error={page.error} onRetry={page.reload} />}
      {page.data === undefined ? (
        page.loading && <Loading label="Loading sessions…" />
      ) : page.data.items.length === 0 ? (
        <EmptyState
          title={EMPTY_TEXT[status]}
          action={
            status === 'all' ? (
              <Link className="ses-button-link primary" to={`${base}/sessions/new`}>
                Start a session
              </Link>
            ) : undefined
          }
        >
          {status === 'all' ? 'A session records one practice: its activities, times, sets and notes.' : null}
        </EmptyState>
      ) : (
        <ul className="ses-rows" aria-label="Sessions" data-testid="sessions-list" aria-busy={page.loading || undefined}>
          {page.data.items.map((session) => (
            <SessionRow key={session.id} session={session} fractalId={fractalId} />
          ))}
        </ul>
      )}
      {(paging.cursors.length > 0 || page.data?.nextCursor) && (
        <nav className="ses-pager" aria-label="Pages of sessions">
          <button
            type="button"
            className="secondary"
            disabled={paging.cursors.length === 0}
            onClick={() => setPaging(previousPage(paging))}
          >
            Previous
          </button>
          <span className="muted">Page {pageNumber(paging)}</span>
          <button
            type="button"
            className="secondary"
            disabled={!page.data?.nextCursor || page.loading}
            onClick={() => page.data?.nextCursor && setPaging(nextPage(paging, page.data.nextCursor))}
          >
            Next
          </button>
        </nav>
      )}
    </div>
  );
}

import { useState } from 'react';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { editSession } from '../api';
import { formatClock, formatDateTime, hasRunningTimer, sessionTotal } from '../duration';
import type { DurationSource } from '../types';
import { useNow } from '../useNow';
import { staleAware, useWrite } from '../useWrite';
import { SessionEditForm } from './SessionEditForm';
import { useSessionDetail } from './SessionDetailContext';

const SOURCE_NOTES: Record<DurationSource, string> = {
  COMPLETED: 'start to end',
  INSTANCES: 'timed activities',
  PLANNED: 'planned',
};

export function sessionTitle(name: string | null): string {
  return name?.trim() ? name : 'Untitled session';
}

function TotalDuration() {
  const { session } = useSessionDetail();
  const now = useNow(!session.completed && hasRunningTimer(session));
  const total = sessionTotal(session, now);
  return (
    <>
      <span className="ses-clock" data-testid="session-total-duration">
        {formatClock(total.seconds)}
      </span>
      {total.source && <span className="muted"> ({SOURCE_NOTES[total.source]})</span>}
    </>
  );
}

function statusLabel(completed: boolean, startedAt: string | null): string {
  if (completed) {
    return 'Completed';
  }
  return startedAt ? 'Open' : 'Not started';
}

/** Name, status, times, goals; editing the name and start; starting a planned session now. */
export function SessionHeader({ goalNames }: { goalNames: ReadonlyMap<string, string> | undefined }) {
  const { api, fractalId, session, reload } = useSessionDetail();
  const [editing, setEditing] = useState(false);
  const start = useWrite(reload);

  const startNow = () =>
    void start.run(
      () => editSession(api, fractalId, session.id, { startedAt: new Date().toISOString() }, session.version),
      reload,
    );

  return (
    <header className="ses-header">
      <div className="ses-title-row">
        <h1 className={session.completed ? 'ses-completed-name' : undefined}>{sessionTitle(session.name)}</h1>
        <span className={`ses-badge ses-status-${session.completed ? 'completed' : 'open'}`} data-testid="session-status">
          {statusLabel(session.completed, session.startedAt)}
        </span>
      </div>
      {session.description && <p className="muted ses-description">{session.description}</p>}
      <dl className="facts ses-facts">
        <dt>Start</dt>
        <dd>{formatDateTime(session.startedAt, 'Not started')}</dd>
        {session.endedAt && (
          <>
            <dt>End</dt>
            <dd>{formatDateTime(session.endedAt)}</dd>
          </>
        )}
        <dt>Total duration</dt>
        <dd>
          <TotalDuration />
        </dd>
        {session.plannedMinutes !== null && (
          <>
            <dt>Planned</dt>
            <dd>{session.plannedMinutes} min</dd>
          </>
        )}
        <dt>Goals</dt>
        <dd>
          {session.goalIds.length === 0 ? (
            <span className="muted">None</span>
          ) : (
            <ul className="ses-chips" aria-label="Linked goals">
              {session.goalIds.map((goalId) => (
                <li key={goalId} className="ses-chip">
                  {goalNames?.get(goalId) ?? 'Goal'}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {editing ? (
        <SessionEditForm onDone={() => setEditing(false)} />
      ) : (
        <div className="ses-button-row">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit name and start
          </button>
          {!session.startedAt && (
            <button type="button" className="primary" disabled={start.busy} onClick={startNow}>
              Start session now
            </button>
          )}
        </div>
      )}
      {start.error !== undefined && <ProblemMessage error={staleAware(start.error)} />}
    </header>
  );
}

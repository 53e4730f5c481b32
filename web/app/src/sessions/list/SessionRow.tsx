import { Link } from 'react-router-dom';
import { formatDateTime, formatHoursMinutes } from '../duration';
import type { SessionSummary } from '../types';

function durationText(session: SessionSummary): string {
  if (session.totalDurationSource === 'PLANNED' && session.plannedMinutes !== null) {
    return `${session.plannedMinutes} min planned`;
  }
  return formatHoursMinutes(session.totalDurationSeconds);
}

export function goalCountText(count: number): string {
  return `${count} ${count === 1 ? 'goal' : 'goals'}`;
}

/** One session in the list: name (struck through once completed), start, duration, state and goal count. */
export function SessionRow({ session, fractalId }: { session: SessionSummary; fractalId: string }) {
  const name = session.name?.trim() ? session.name : 'Untitled session';
  const activities = session.sections.reduce((total, section) => total + section.instanceCount, 0);
  return (
    <li className="ses-row" data-testid="session-row">
      <div className="ses-row-head">
        <Link
          className={session.completed ? 'ses-row-name ses-completed-name' : 'ses-row-name'}
          to={`/fractals/${encodeURIComponent(fractalId)}/sessions/${encodeURIComponent(session.id)}`}
        >
          {name}
        </Link>
        <span className={`ses-badge ses-status-${session.completed ? 'completed' : 'open'}`}>
          {session.completed ? 'Completed' : session.startedAt ? 'Open' : 'Not started'}
        </span>
      </div>
      <dl className="ses-row-facts">
        <div>
          <dt>Start</dt>
          <dd>{formatDateTime(session.startedAt, 'Not started')}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd className="ses-clock">{durationText(session)}</dd>
        </div>
        <div>
          <dt>Goals</dt>
          <dd>{goalCountText(session.goalIds.length)}</dd>
        </div>
        <div>
          <dt>Activities</dt>
          <dd>{activities}</dd>
        </div>
      </dl>
      {session.achievedTargets.length > 0 && (
        <p className="ses-row-targets">
          Targets achieved ({session.achievedTargets.length}): {session.achievedTargets.map((target) => target.name).join(', ')}
        </p>
      )}
    </li>
  );
}

import { Link } from 'react-router-dom';
import { sessionPath } from './detailContext';

/** Says that scheduling created a session, with the way to it. */
export function ScheduleResult({ fractalId, sessionId }: { fractalId: string; sessionId: string }) {
  return (
    <p className="schedule-result" role="status">
      Session scheduled. <Link to={sessionPath(fractalId, sessionId)}>Open the session</Link>
    </p>
  );
}

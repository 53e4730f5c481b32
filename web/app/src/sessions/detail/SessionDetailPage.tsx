import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../data/useApiQuery';
import { Loading } from '../../ui/Loading';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { getGoalTree, getSession, listActivities, listActivityGroups } from '../api';
import { goalNamesOf } from '../goalNames';
import type { ActivityGroup } from '../../api/activities';
import { AchievedTargets } from './AchievedTargets';
import { CompletePanel } from './CompletePanel';
import { DeleteSession } from './DeleteSession';
import { SectionList } from './SectionList';
import { SessionDetailContext, type SessionDetailValue } from './SessionDetailContext';
import { SessionHeader } from './SessionHeader';
import { SessionNotes } from './SessionNotes';
import '../sessions.css';

/** `/fractals/:fractalId/sessions/:sessionId`: one session, recorded as it is practised. */
export function SessionDetailPage() {
  const { fractalId = '', sessionId = '' } = useParams();
  const api = useApi();
  const session = useApiQuery(`session:${fractalId}:${sessionId}`, (signal) => getSession(api, fractalId, sessionId, signal));
  const catalogue = useApiQuery(`session-activities:${fractalId}`, async (signal) => {
    // Groups only order the picker: without them the activities are still listed.
    const [activities, groups] = await Promise.all([
      listActivities(api, fractalId, signal),
      listActivityGroups(api, fractalId, signal).catch((): ActivityGroup[] => []),
    ]);
    return { activities, groups };
  });
  const tree = useApiQuery(`session-goal-names:${fractalId}`, (signal) => getGoalTree(api, fractalId, signal));
  const goalNames = useMemo(() => (tree.data ? goalNamesOf(tree.data) : undefined), [tree.data]);
  const [focusRequest, setFocusRequest] = useState<{ instanceId: string; version: number } | null>(null);
  const onFocused = useCallback(() => setFocusRequest(null), []);

  const data = session.data;
  const { reload } = session;
  const reloadActivities = catalogue.reload;
  const value = useMemo<SessionDetailValue | null>(() => {
    if (!data) {
      return null;
    }
    const activities = catalogue.data?.activities ?? [];
    return {
      api,
      fractalId,
      session: data,
      activities: new Map(activities.map((activity) => [activity.id, activity])),
      activitiesLoaded: catalogue.data !== undefined,
      catalogue: { activities, groups: catalogue.data?.groups ?? [] },
      reload,
      reloadActivities,
      requestFocus: (instanceId) => setFocusRequest({ instanceId, version: data.version }),
    };
  }, [api, fractalId, data, catalogue.data, reload, reloadActivities]);

  const listLink = (
    <p className="ses-back">
      <Link to={`/fractals/${encodeURIComponent(fractalId)}/sessions`}>← Sessions</Link>
    </p>
  );

  if (!value) {
    const missing = session.error instanceof ApiError && session.error.status === 404;
    return (
      <div className="page ses-detail">
        {listLink}
        <h1>Session</h1>
        {missing ? (
          <p className="problem" role="alert">
            This session does not exist, or it was deleted.
          </p>
        ) : session.error !== undefined ? (
          <ProblemMessage error={session.error} onRetry={session.reload} />
        ) : (
          <Loading label="Loading the session…" />
        )}
      </div>
    );
  }

  // The card of an instance moved with the keyboard takes the focus once the reload shows it in its new place.
  const focusInstanceId = focusRequest && focusRequest.version !== value.session.version ? focusRequest.instanceId : null;

  return (
    <SessionDetailContext value={value}>
      <div className="page ses-detail" data-testid="session-detail">
        {listLink}
        <SessionHeader goalNames={goalNames} />
        {session.error !== undefined && <ProblemMessage error={session.error} onRetry={session.reload} />}
        {catalogue.error !== undefined && <ProblemMessage error={catalogue.error} onRetry={catalogue.reload} />}
        <AchievedTargets targets={value.session.achievedTargets} />
        <SectionList focusInstanceId={focusInstanceId} onFocused={onFocused} />
        <div className="ses-footer">
          <CompletePanel />
          <DeleteSession />
        </div>
        <SessionNotes />
      </div>
    </SessionDetailContext>
  );
}

import { createContext, useContext } from 'react';
import type { SessionsApi } from '../api';
import type { Activity, ActivityGroup } from '../../api/activities';
import type { SessionDetail } from '../types';

/** What every part of the session detail page works with, so it is not passed down through each level. */
export interface SessionDetailValue {
  api: SessionsApi;
  fractalId: string;
  session: SessionDetail;
  activities: ReadonlyMap<string, Activity>;
  /** False until the catalogue arrived: an activity missing from it is then not yet known, not deleted. */
  activitiesLoaded: boolean;
  /** Activities in catalogue order, with their groups, for the picker. */
  catalogue: { activities: Activity[]; groups: ActivityGroup[] };
  /** Reads the session again (after a write: the client's consistency token makes it include the write). */
  reload: () => void;
  reloadActivities: () => void;
  /** Asks for the focus to go to an instance once the reload after a move shows it in its new place. */
  requestFocus: (instanceId: string) => void;
}

export const SessionDetailContext = createContext<SessionDetailValue | null>(null);

export function useSessionDetail(): SessionDetailValue {
  const value = useContext(SessionDetailContext);
  if (!value) {
    throw new Error('useSessionDetail must be used inside the session detail page');
  }
  return value;
}

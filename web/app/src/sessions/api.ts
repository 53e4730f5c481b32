import { IDEMPOTENCY_KEY_HEADER, type ApiClient } from '../api/client';
import { fetchAllPages, MAX_PAGE_SIZE, pagePath } from '../activities/common/pages';
import type { Activity, ActivityGroup } from '../api/activities';
import type {
  ActiveProgramDay,
  CreateSessionRequest,
  GoalNode,
  MoveTarget,
  NewActivityRequest,
  Note,
  Page,
  SelectableGoal,
  SessionDetail,
  SessionPatch,
  SessionStatusFilter,
  SessionSummary,
  Template,
} from './types';

export type SessionsApi = Pick<ApiClient, 'getJson' | 'send'>;

export const SESSIONS_PAGE_SIZE = 20;

const fractalPath = (fractalId: string) => `/api/v1/fractals/${encodeURIComponent(fractalId)}`;
export const sessionsPath = (fractalId: string) => `${fractalPath(fractalId)}/sessions`;
export const sessionPath = (fractalId: string, sessionId: string) =>
  `${sessionsPath(fractalId)}/${encodeURIComponent(sessionId)}`;
export const instancePath = (fractalId: string, sessionId: string, instanceId: string) =>
  `${sessionPath(fractalId, sessionId)}/activities/${encodeURIComponent(instanceId)}`;

function withSignal(signal: AbortSignal | undefined) {
  return signal ? { signal } : {};
}

/** Every POST carries a fresh Idempotency-Key unless the caller keeps one for retries. */
function postHeaders(idempotencyKey: string = crypto.randomUUID()): Record<string, string> {
  return { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey };
}

/** `If-Match` with a session's version, so an edit made on a stale page is refused (412) instead of applied. */
export function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

export function listSessions(
  api: SessionsApi,
  fractalId: string,
  { status, cursor, limit = SESSIONS_PAGE_SIZE }: { status: SessionStatusFilter; cursor: string | null; limit?: number },
  signal?: AbortSignal,
): Promise<Page<SessionSummary>> {
  const params = new URLSearchParams({ limit: String(limit) });
  if (status !== 'all') {
    params.set('status', status);
  }
  if (cursor) {
    params.set('cursor', cursor);
  }
  return api.getJson<Page<SessionSummary>>(`${sessionsPath(fractalId)}?${params.toString()}`, withSignal(signal));
}

export function getSession(api: SessionsApi, fractalId: string, sessionId: string, signal?: AbortSignal) {
  return api.getJson<SessionDetail>(sessionPath(fractalId, sessionId), withSignal(signal));
}

/** Every activity of the fractal (the list is paged: this follows `nextCursor` to the end). */
export function listActivities(api: SessionsApi, fractalId: string, signal?: AbortSignal): Promise<Activity[]> {
  return fetchAllPages<Activity>((cursor) =>
    api.getJson<Partial<Page<Activity>>>(pagePath(`${fractalPath(fractalId)}/activities`, cursor, MAX_PAGE_SIZE), withSignal(signal)),
  );
}

/** Every activity group of the fractal, in their order (paged like the activities). */
export function listActivityGroups(api: SessionsApi, fractalId: string, signal?: AbortSignal): Promise<ActivityGroup[]> {
  return fetchAllPages<ActivityGroup>((cursor) =>
    api.getJson<Partial<Page<ActivityGroup>>>(
      pagePath(`${fractalPath(fractalId)}/activity-groups`, cursor, MAX_PAGE_SIZE),
      withSignal(signal),
    ),
  );
}

export function getGoalTree(api: SessionsApi, fractalId: string, signal?: AbortSignal) {
  return api.getJson<GoalNode>(`${fractalPath(fractalId)}/tree`, withSignal(signal));
}

/** Every note of the session (paged: this follows `nextCursor` to the end, so none is left out). */
export function listNotes(api: SessionsApi, fractalId: string, sessionId: string, signal?: AbortSignal): Promise<Note[]> {
  const params = new URLSearchParams({ context: 'session', contextId: sessionId });
  return fetchAllPages<Note>((cursor) =>
    api.getJson<Partial<Page<Note>>>(
      pagePath(`${fractalPath(fractalId)}/notes?${params.toString()}`, cursor, MAX_PAGE_SIZE),
      withSignal(signal),
    ),
  );
}

/** Every template of the fractal (paged: this follows `nextCursor` to the end, so each one can be chosen). */
export function listTemplates(api: SessionsApi, fractalId: string, signal?: AbortSignal): Promise<Template[]> {
  return fetchAllPages<Template>((cursor) =>
    api.getJson<Partial<Page<Template>>>(
      pagePath(`${fractalPath(fractalId)}/templates`, cursor, MAX_PAGE_SIZE),
      withSignal(signal),
    ),
  );
}

/** Every program day to practise on `date` (paged like the templates). */
export function listActiveDays(
  api: SessionsApi,
  fractalId: string,
  date: string,
  signal?: AbortSignal,
): Promise<ActiveProgramDay[]> {
  const params = new URLSearchParams({ date });
  return fetchAllPages<ActiveProgramDay>((cursor) =>
    api.getJson<Partial<Page<ActiveProgramDay>>>(
      pagePath(`${fractalPath(fractalId)}/programs/active-days?${params.toString()}`, cursor, MAX_PAGE_SIZE),
      withSignal(signal),
    ),
  );
}

/** Every goal a session may be linked to (the selection is paged: this follows `nextCursor` to the end). */
export async function listSelectableGoals(api: SessionsApi, fractalId: string, signal?: AbortSignal) {
  return fetchAllPages<SelectableGoal>((cursor) =>
    api.getJson<Partial<Page<SelectableGoal>>>(
      pagePath(`${fractalPath(fractalId)}/goals/selection`, cursor, MAX_PAGE_SIZE),
      withSignal(signal),
    ),
  );
}

// Writes. Each answers once the command is stored; the client keeps its consistency token for the reload.

export async function createSession(api: SessionsApi, fractalId: string, body: CreateSessionRequest, idempotencyKey: string) {
  const result = await api.send<{ id: string }>('POST', sessionsPath(fractalId), body, postHeaders(idempotencyKey));
  return result.body.id;
}

export function editSession(api: SessionsApi, fractalId: string, sessionId: string, patch: SessionPatch, version: number) {
  return api.send('PATCH', sessionPath(fractalId, sessionId), patch, ifMatch(version));
}

export function deleteSession(api: SessionsApi, fractalId: string, sessionId: string, version: number) {
  return api.send('DELETE', sessionPath(fractalId, sessionId), undefined, ifMatch(version));
}

export function completeSession(api: SessionsApi, fractalId: string, sessionId: string, version: number) {
  return api.send('POST', `${sessionPath(fractalId, sessionId)}/complete`, undefined, {
    ...postHeaders(),
    ...ifMatch(version),
  });
}

export function reopenSession(api: SessionsApi, fractalId: string, sessionId: string, version: number) {
  return api.send('POST', `${sessionPath(fractalId, sessionId)}/reopen`, undefined, {
    ...postHeaders(),
    ...ifMatch(version),
  });
}

export function addInstance(api: SessionsApi, fractalId: string, sessionId: string, activityId: string, section: number | null) {
  const body = section === null ? { activityId } : { activityId, section };
  return api.send<{ id: string }>('POST', `${sessionPath(fractalId, sessionId)}/activities`, body, postHeaders());
}

export async function createActivity(api: SessionsApi, fractalId: string, body: NewActivityRequest) {
  const result = await api.send<{ id: string }>('POST', `${fractalPath(fractalId)}/activities`, body, postHeaders());
  return result.body.id;
}

export function removeInstance(api: SessionsApi, fractalId: string, sessionId: string, instanceId: string) {
  return api.send('DELETE', instancePath(fractalId, sessionId, instanceId));
}

export function moveInstance(api: SessionsApi, fractalId: string, sessionId: string, instanceId: string, target: MoveTarget) {
  return api.send('POST', `${instancePath(fractalId, sessionId, instanceId)}/move`, target, postHeaders());
}

export type TimerAction = 'start' | 'stop' | 'reset';

export function timer(api: SessionsApi, fractalId: string, sessionId: string, instanceId: string, action: TimerAction) {
  return api.send('POST', `${instancePath(fractalId, sessionId, instanceId)}/timer/${action}`, undefined, postHeaders());
}

export function setTimes(
  api: SessionsApi,
  fractalId: string,
  sessionId: string,
  instanceId: string,
  times: { startedAt: string | null; stoppedAt: string | null },
) {
  return api.send('PUT', `${instancePath(fractalId, sessionId, instanceId)}/times`, times);
}

export function recordSets(api: SessionsApi, fractalId: string, sessionId: string, instanceId: string, sets: RecordedSetBody[]) {
  return api.send('PUT', `${instancePath(fractalId, sessionId, instanceId)}/sets`, sets);
}

export function recordValues(api: SessionsApi, fractalId: string, sessionId: string, instanceId: string, values: ValueBody[]) {
  return api.send('PUT', `${instancePath(fractalId, sessionId, instanceId)}/values`, values);
}

export function changeInstanceNotes(api: SessionsApi, fractalId: string, sessionId: string, instanceId: string, notes: string | null) {
  return api.send('PATCH', instancePath(fractalId, sessionId, instanceId), { notes });
}

export function addSessionNote(api: SessionsApi, fractalId: string, sessionId: string, text: string) {
  return api.send('POST', `${fractalPath(fractalId)}/notes`, { context: 'session', contextId: sessionId, text }, postHeaders());
}

/** A value as the sets and values endpoints take it: `splitId` only for activities with splits. */
export interface ValueBody {
  metricId: string;
  splitId?: string;
  value: number | null;
}

export interface RecordedSetBody {
  values: ValueBody[];
}


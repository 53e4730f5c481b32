import { FRACTALS_PATH, IDEMPOTENCY_KEY_HEADER, type ApiClient } from '../api/client';
import { fetchAllPages, MAX_PAGE_SIZE, pagePath } from '../activities/common/pages';
import type { ActivityList, GoalNode, GoalPatch, HistoryPage, NewGoal, TargetBody } from './types';

export const HISTORY_PAGE_SIZE = 20;

/** The calls of the goal pages; a Pick so tests can fake just these. */
export type GoalsApi = Pick<ApiClient, 'getJson' | 'send'>;

function fractalPath(fractalId: string): string {
  return `${FRACTALS_PATH}/${encodeURIComponent(fractalId)}`;
}

function goalPath(fractalId: string, goalId: string): string {
  return `${fractalPath(fractalId)}/goals/${encodeURIComponent(goalId)}`;
}

/** The live tree, or the tree as it was at `asOf` (an ISO instant). */
export function treePath(fractalId: string, asOf: string | null): string {
  const path = `${fractalPath(fractalId)}/tree`;
  return asOf ? `${path}?asOf=${encodeURIComponent(asOf)}` : path;
}

export function historyPath(fractalId: string, goalId: string, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(HISTORY_PAGE_SIZE) });
  if (cursor) {
    params.set('cursor', cursor);
  }
  return `${goalPath(fractalId, goalId)}/history?${params.toString()}`;
}

export function activitiesPath(fractalId: string): string {
  return `${fractalPath(fractalId)}/activities`;
}

export function getTree(api: GoalsApi, fractalId: string, asOf: string | null, signal?: AbortSignal) {
  return api.getJson<GoalNode>(treePath(fractalId, asOf), signal ? { signal } : {});
}

export async function getHistory(
  api: GoalsApi,
  fractalId: string,
  goalId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  const page = await api.getJson<Partial<HistoryPage>>(historyPath(fractalId, goalId, cursor), signal ? { signal } : {});
  return { items: page.items ?? [], nextCursor: page.nextCursor ?? null };
}

/** Every activity of the fractal (the list is paged: this follows `nextCursor` to the end). */
export function getActivities(api: GoalsApi, fractalId: string, signal?: AbortSignal) {
  return fetchAllPages<ActivityList['items'][number]>((cursor) =>
    api.getJson<Partial<ActivityList>>(pagePath(activitiesPath(fractalId), cursor, MAX_PAGE_SIZE), signal ? { signal } : {}),
  );
}

/**
 * Headers of a write on a goal: If-Match with the version the user saw (a change made meanwhile, elsewhere,
 * answers 412 instead of being overwritten) and, for POST, the Idempotency-Key.
 */
function writeHeaders(goal: Pick<GoalNode, 'version'>, idempotencyKey?: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (goal.version !== undefined) {
    headers['If-Match'] = `"${goal.version}"`;
  }
  if (idempotencyKey) {
    headers[IDEMPOTENCY_KEY_HEADER] = idempotencyKey;
  }
  return headers;
}

type GoalRef = Pick<GoalNode, 'id' | 'version'>;

export function editGoal(api: GoalsApi, fractalId: string, goal: GoalRef, patch: GoalPatch) {
  return api.send('PATCH', goalPath(fractalId, goal.id), patch, writeHeaders(goal));
}

export function createGoal(api: GoalsApi, fractalId: string, body: NewGoal, idempotencyKey: string) {
  return api.send<{ id: string }>('POST', `${fractalPath(fractalId)}/goals`, body, {
    [IDEMPOTENCY_KEY_HEADER]: idempotencyKey,
  });
}

export function moveGoal(api: GoalsApi, fractalId: string, goal: GoalRef, parentId: string, idempotencyKey: string) {
  return api.send('POST', `${goalPath(fractalId, goal.id)}/move`, { parentId }, writeHeaders(goal, idempotencyKey));
}

export function deleteGoal(api: GoalsApi, fractalId: string, goal: GoalRef) {
  return api.send('DELETE', goalPath(fractalId, goal.id), undefined, writeHeaders(goal));
}

export function setCompleted(api: GoalsApi, fractalId: string, goal: GoalRef, completed: boolean, idempotencyKey: string) {
  const action = completed ? 'complete' : 'uncomplete';
  return api.send('POST', `${goalPath(fractalId, goal.id)}/${action}`, undefined, writeHeaders(goal, idempotencyKey));
}

export function addTarget(api: GoalsApi, fractalId: string, goal: GoalRef, body: TargetBody, idempotencyKey: string) {
  return api.send<{ id: string }>('POST', `${goalPath(fractalId, goal.id)}/targets`, body, writeHeaders(goal, idempotencyKey));
}

export function changeTarget(api: GoalsApi, fractalId: string, goal: GoalRef, targetId: string, body: TargetBody) {
  return api.send('PATCH', `${goalPath(fractalId, goal.id)}/targets/${encodeURIComponent(targetId)}`, body, writeHeaders(goal));
}

export function removeTarget(api: GoalsApi, fractalId: string, goal: GoalRef, targetId: string) {
  return api.send('DELETE', `${goalPath(fractalId, goal.id)}/targets/${encodeURIComponent(targetId)}`, undefined, writeHeaders(goal));
}

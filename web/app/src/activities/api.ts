import type { ApiClient } from '../api/client';
import { fetchAllPages, MAX_PAGE_SIZE, pagePath, type Page } from './common/pages';
import { ifMatch, postOnce, type WriteApi } from './common/write';
import type { IdempotencyKeys } from '../fractals/idempotency';
import type { Activity, ActivityGroup, ActivityRequest, GroupRequest } from '../api/activities';

export type ReadApi = Pick<ApiClient, 'getJson'>;

const fractalPath = (fractalId: string) => `/api/v1/fractals/${encodeURIComponent(fractalId)}`;
export const groupsPath = (fractalId: string) => `${fractalPath(fractalId)}/activity-groups`;
export const activitiesPath = (fractalId: string) => `${fractalPath(fractalId)}/activities`;
const groupPath = (fractalId: string, groupId: string) => `${groupsPath(fractalId)}/${encodeURIComponent(groupId)}`;
const activityPath = (fractalId: string, activityId: string) =>
  `${activitiesPath(fractalId)}/${encodeURIComponent(activityId)}`;

const signalOnly = (signal?: AbortSignal) => (signal ? { signal } : {});

/** Every group, in their order (the list is paged: this follows `nextCursor` to the end). */
export async function listGroups(api: ReadApi, fractalId: string, signal?: AbortSignal): Promise<ActivityGroup[]> {
  const groups = await fetchAllPages<ActivityGroup>((cursor) =>
    api.getJson<Partial<Page<ActivityGroup>>>(pagePath(groupsPath(fractalId), cursor, MAX_PAGE_SIZE), signalOnly(signal)),
  );
  return [...groups].sort((a, b) => a.position - b.position);
}

/** Every activity of the fractal, by name (the list is paged: this follows `nextCursor` to the end). */
export function listActivities(api: ReadApi, fractalId: string, signal?: AbortSignal): Promise<Activity[]> {
  return fetchAllPages<Activity>((cursor) =>
    api.getJson<Partial<Page<Activity>>>(pagePath(activitiesPath(fractalId), cursor, MAX_PAGE_SIZE), signalOnly(signal)),
  );
}

export function createGroup(api: WriteApi, keys: IdempotencyKeys, fractalId: string, group: GroupRequest) {
  return postOnce<{ id: string }>(api, keys, groupsPath(fractalId), withoutNullDescription(group));
}

export function editGroup(api: WriteApi, fractalId: string, groupId: string, group: GroupRequest) {
  return api.send('PATCH', groupPath(fractalId, groupId), group);
}

export function deleteGroup(api: WriteApi, fractalId: string, groupId: string) {
  return api.send('DELETE', groupPath(fractalId, groupId));
}

export function reorderGroups(api: WriteApi, fractalId: string, groupIds: string[]) {
  return api.send('PUT', `${groupsPath(fractalId)}/order`, { groupIds });
}

export function createActivity(api: WriteApi, keys: IdempotencyKeys, fractalId: string, activity: ActivityRequest) {
  return postOnce<{ id: string }>(api, keys, activitiesPath(fractalId), activity);
}

export function editActivity(api: WriteApi, fractalId: string, activity: Activity, change: ActivityRequest) {
  return api.send('PATCH', activityPath(fractalId, activity.id), change, ifMatch(activity.version));
}

export function duplicateActivity(api: WriteApi, keys: IdempotencyKeys, fractalId: string, activityId: string) {
  return postOnce<{ id: string }>(api, keys, `${activityPath(fractalId, activityId)}/duplicate`);
}

export function deleteActivity(api: WriteApi, fractalId: string, activity: Activity) {
  return api.send('DELETE', activityPath(fractalId, activity.id), undefined, ifMatch(activity.version));
}

/** A new group has no description to clear: leave it out rather than sending null. */
function withoutNullDescription(group: GroupRequest): { name: string; description?: string } {
  return group.description === null ? { name: group.name } : { name: group.name, description: group.description };
}

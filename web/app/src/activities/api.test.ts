import { describe, expect, it } from 'vitest';
import { listActivities, listGroups } from './api';
import { routeApi } from './common/fakeRoutes';
import type { Activity, ActivityGroup } from '../api/activities';

const GROUPS = '/api/v1/fractals/f1/activity-groups';
const ACTIVITIES = '/api/v1/fractals/f1/activities';

const group = (id: string, position: number): ActivityGroup => ({ id, name: id, description: null, position });
const activity = (id: string) => ({ id, name: id }) as Activity;

/** Answers page 1 without a cursor and page 2 for cursor c2, as the server pages a list. */
const twoPages = (first: unknown[], second: unknown[]) => (path: string) =>
  path.includes('cursor=c2') ? { items: second, nextCursor: null } : { items: first, nextCursor: 'c2' };

describe('activity lists', () => {
  it('reads every page of the groups, in their order', async () => {
    const fake = routeApi({ [GROUPS]: twoPages([group('b', 1), group('a', 0)], [group('c', 2)]) });

    const groups = await listGroups(fake.api, 'f1');

    expect(groups.map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(fake.readPaths).toEqual([`${GROUPS}?limit=200`, `${GROUPS}?limit=200&cursor=c2`]);
  });

  it('reads every page of the activities', async () => {
    const fake = routeApi({ [ACTIVITIES]: twoPages([activity('a1'), activity('a2')], [activity('a3')]) });

    const activities = await listActivities(fake.api, 'f1');

    expect(activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(fake.readPaths).toEqual([`${ACTIVITIES}?limit=200`, `${ACTIVITIES}?limit=200&cursor=c2`]);
  });
});

import type { Activity, ActivityGroup } from '../api/activities';

export interface GroupedActivities {
  /** Null for the activities without a (live) group. */
  group: ActivityGroup | null;
  activities: Activity[];
}

/**
 * The catalogue as the page shows it: every group in its order with its activities (by name), then the
 * ungrouped ones, including activities whose group is gone. The "Ungrouped" part appears only when it has
 * activities.
 */
export function groupActivities(groups: readonly ActivityGroup[], activities: readonly Activity[]): GroupedActivities[] {
  const byName = [...activities].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  const known = new Set(groups.map((group) => group.id));
  const result: GroupedActivities[] = [...groups]
    .sort((a, b) => a.position - b.position)
    .map((group) => ({ group, activities: byName.filter((activity) => activity.groupId === group.id) }));
  const ungrouped = byName.filter((activity) => activity.groupId === null || !known.has(activity.groupId));
  if (ungrouped.length > 0) {
    result.push({ group: null, activities: ungrouped });
  }
  return result;
}

/** The list with the item at `index` moved by `delta` places; unchanged when it would leave the list. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length || delta === 0) {
    return [...items];
  }
  const result = [...items];
  const [moved] = result.splice(index, 1);
  result.splice(target, 0, moved as T);
  return result;
}

import { levelRank } from './levels';
import type { GoalNode } from './types';

/** Every goal of the tree, parents before children (depth-first, children in tree order). */
export function allGoals(root: GoalNode): GoalNode[] {
  const result: GoalNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node) {
      result.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) {
          stack.push(child);
        }
      }
    }
  }
  return result;
}

export function findGoal(root: GoalNode, id: string | null): GoalNode | null {
  if (id === null) {
    return null;
  }
  return allGoals(root).find((goal) => goal.id === id) ?? null;
}

export interface TreeProgress {
  total: number;
  completed: number;
  /** round(completed / total × 100), as the original's overlay shows it. */
  percent: number;
}

/** The header's figures: every goal counts, the root included (original §3.3). */
export function treeProgress(root: GoalNode): TreeProgress {
  const goals = allGoals(root);
  const completed = goals.filter((goal) => goal.completed).length;
  return { total: goals.length, completed, percent: Math.round((completed / goals.length) * 100) };
}

/** The overlay's words exactly as the original (and acceptance scenario S1) has them: "1 goals", "0% complete". */
export function progressLabel({ total, percent }: TreeProgress): { count: string; percent: string } {
  return { count: `${total} goals`, percent: `${percent}% complete` };
}

/** Ids from the root down to `id` (both included), or [] when the tree has no such goal. */
export function pathTo(root: GoalNode, id: string): string[] {
  if (root.id === id) {
    return [root.id];
  }
  for (const child of root.children) {
    const path = pathTo(child, id);
    if (path.length > 0) {
      return [root.id, ...path];
    }
  }
  return [];
}

/** The goal, its ancestors and all its descendants: what the lineage filter keeps bright. */
export function lineageOf(root: GoalNode, id: string): Set<string> {
  const path = pathTo(root, id);
  const goal = findGoal(root, id);
  if (!goal) {
    return new Set();
  }
  return new Set([...path, ...allGoals(goal).map((node) => node.id)]);
}

/** How many goals go with `goal` when it is deleted (not counting itself). */
export function descendantCount(goal: GoalNode): number {
  return allGoals(goal).length - 1;
}

/**
 * The goals `goalId` may be moved under: not itself or its own descendants, not its current parent, and of a
 * level above its own (levels only deepen from the root down).
 */
export function moveTargets(root: GoalNode, goalId: string): GoalNode[] {
  const goal = findGoal(root, goalId);
  // The parent as the tree nests it (the nesting, not parentId, is what the page draws).
  const parentId = pathTo(root, goalId).at(-2);
  if (!goal || parentId === undefined) {
    return [];
  }
  const own = new Set(allGoals(goal).map((node) => node.id));
  return allGoals(root).filter(
    (candidate) => !own.has(candidate.id) && candidate.id !== parentId && levelRank(candidate.level) < levelRank(goal.level),
  );
}

/** Names by id, for texts that mention other goals (history, move). */
export function goalNames(root: GoalNode | undefined): Map<string, string> {
  return new Map(root ? allGoals(root).map((goal) => [goal.id, goal.name]) : []);
}

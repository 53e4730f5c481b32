import type { GoalNode } from './types';

/** Every goal of a tree by id, for naming the goals a session is linked to. */
export function goalNamesOf(root: GoalNode): Map<string, string> {
  const names = new Map<string, string>();
  const stack: GoalNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    names.set(node.id, node.name);
    stack.push(...node.children);
  }
  return names;
}

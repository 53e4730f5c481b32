import { describe, expect, it } from 'vitest';
import { goal, pianistTree } from './test/fixtures';
import { allGoals, descendantCount, findGoal, goalNames, lineageOf, moveTargets, pathTo, progressLabel, treeProgress } from './treeModel';

function withCompleted(count: number, total: number) {
  const children = Array.from({ length: total - 1 }, (_, i) => goal(`Child ${i}`, 'LONG_TERM', [], { completed: i < count }));
  return goal('Root', 'ULTIMATE', children);
}

describe('treeProgress', () => {
  it('counts every goal, the root included, as the original overlay does', () => {
    expect(treeProgress(goal('Alone', 'ULTIMATE'))).toEqual({ total: 1, completed: 0, percent: 0 });
    expect(progressLabel(treeProgress(goal('Alone', 'ULTIMATE')))).toEqual({ count: '1 goals', percent: '0% complete' });
    const tree = pianistTree();
    const ig = findGoal(tree, 'g-bars-1-8')!;
    ig.completed = true;
    expect(progressLabel(treeProgress(tree))).toEqual({ count: '6 goals', percent: '17% complete' });
  });

  it('rounds the percentage to the nearest whole number, halves up', () => {
    expect(treeProgress(withCompleted(1, 5)).percent).toBe(20);
    expect(treeProgress(withCompleted(1, 3)).percent).toBe(33);
    expect(treeProgress(withCompleted(2, 3)).percent).toBe(67);
    expect(treeProgress(withCompleted(1, 8)).percent).toBe(13);
    expect(treeProgress(withCompleted(0, 8)).percent).toBe(0);
    const all = withCompleted(3, 4);
    all.completed = true;
    expect(treeProgress(all)).toEqual({ total: 4, completed: 4, percent: 100 });
  });
});

describe('walking the tree', () => {
  const tree = pianistTree();

  it('lists goals parents first, children in order', () => {
    expect(allGoals(tree).map((g) => g.name)).toEqual([
      'Become a pianist',
      'Master nocturnes',
      'Op. 9 No. 2',
      'Hands together at 60 bpm',
      'Bars 1-8',
      'Sight reading',
    ]);
    expect(goalNames(tree).get('g-sight-reading')).toBe('Sight reading');
    expect(goalNames(undefined).size).toBe(0);
  });

  it('finds the path from the root', () => {
    expect(pathTo(tree, 'g-hands-together-at-60-bpm')).toEqual([
      'g-become-a-pianist',
      'g-master-nocturnes',
      'g-op-9-no-2',
      'g-hands-together-at-60-bpm',
    ]);
    expect(pathTo(tree, 'missing')).toEqual([]);
    expect(findGoal(tree, null)).toBeNull();
  });

  it('keeps ancestors, the goal and its descendants in the lineage, not its siblings', () => {
    expect([...lineageOf(tree, 'g-op-9-no-2')].sort()).toEqual(
      ['g-bars-1-8', 'g-become-a-pianist', 'g-hands-together-at-60-bpm', 'g-master-nocturnes', 'g-op-9-no-2'].sort(),
    );
    expect(lineageOf(tree, 'g-sight-reading')).toEqual(new Set(['g-become-a-pianist', 'g-sight-reading']));
    expect(lineageOf(tree, 'nope').size).toBe(0);
  });

  it('counts the goals a delete takes along', () => {
    expect(descendantCount(findGoal(tree, 'g-op-9-no-2')!)).toBe(2);
    expect(descendantCount(findGoal(tree, 'g-bars-1-8')!)).toBe(0);
  });
});

describe('moveTargets', () => {
  const tree = pianistTree();

  it('offers goals of a higher level outside the own subtree, without the current parent', () => {
    expect(moveTargets(tree, 'g-op-9-no-2').map((g) => g.name)).toEqual(['Become a pianist', 'Sight reading']);
    expect(moveTargets(tree, 'g-bars-1-8').map((g) => g.name)).toEqual([
      'Become a pianist',
      'Master nocturnes',
      'Op. 9 No. 2',
      'Sight reading',
    ]);
  });

  it('offers nothing for the root or an unknown goal', () => {
    expect(moveTargets(tree, 'g-become-a-pianist')).toEqual([]);
    expect(moveTargets(tree, 'missing')).toEqual([]);
  });

  it('never offers a goal of the same or a lower level', () => {
    expect(moveTargets(tree, 'g-master-nocturnes').map((g) => g.name)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { layoutTree, type LayoutInput, type TreeLayout } from './layout';

const options = { nodeSpacing: 100, levelSpacing: 80, margin: 10 };

function node(id: string, ...children: LayoutInput[]): LayoutInput {
  return { id, children };
}

function at(layout: TreeLayout, id: string) {
  const placed = layout.nodes.find((n) => n.id === id);
  if (!placed) {
    throw new Error(`no node ${id}`);
  }
  return placed;
}

/** No two nodes of one row closer than one slot. */
function expectNoOverlaps(layout: TreeLayout) {
  const rows = new Map<number, number[]>();
  for (const n of layout.nodes) {
    rows.set(n.y, [...(rows.get(n.y) ?? []), n.x]);
  }
  for (const xs of rows.values()) {
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) {
      expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(options.nodeSpacing - 1e-9);
    }
  }
}

/** Every parent sits midway between its first and last child. */
function expectParentsCentred(layout: TreeLayout) {
  for (const parent of layout.nodes) {
    const children = layout.nodes.filter((n) => n.parentId === parent.id);
    if (children.length > 0) {
      expect(parent.x).toBeCloseTo((children[0]!.x + children.at(-1)!.x) / 2);
    }
  }
}

/** A random tree of `size` nodes, from a seeded generator so a failure can be repeated. */
function randomTree(size: number, seed: number): LayoutInput {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const nodes: { id: string; children: LayoutInput[]; depth: number }[] = [{ id: 'n0', children: [], depth: 0 }];
  for (let i = 1; i < size; i++) {
    const shallow = nodes.filter((n) => n.depth < 6);
    const parent = shallow[Math.floor(next() * shallow.length)]!;
    const child = { id: `n${i}`, children: [], depth: parent.depth + 1 };
    parent.children.push(child);
    nodes.push(child);
  }
  return nodes[0]!;
}

describe('layoutTree', () => {
  it('puts a single goal in the middle of its margins', () => {
    const layout = layoutTree(node('root'), options);
    expect(layout.nodes).toEqual([{ id: 'root', parentId: null, depth: 0, x: 10, y: 10 }]);
    expect(layout.width).toBe(20);
    expect(layout.height).toBe(20);
  });

  it('puts one row per depth and centres parents over their children', () => {
    const layout = layoutTree(node('r', node('a', node('a1'), node('a2'), node('a3')), node('b')), options);
    expect(at(layout, 'r').y).toBe(10);
    expect(at(layout, 'a').y).toBe(90);
    expect(at(layout, 'a1').y).toBe(170);
    expect(at(layout, 'a2').x - at(layout, 'a1').x).toBe(100);
    expect(at(layout, 'a').x).toBe(at(layout, 'a2').x);
    expect(at(layout, 'b').x - at(layout, 'a').x).toBe(100);
    expectParentsCentred(layout);
    expectNoOverlaps(layout);
    expect(layout.edges).toContainEqual({ from: 'a', to: 'a3' });
    expect(layout.edges).toHaveLength(5);
  });

  it('keeps wide subtrees apart on every row, not only at their roots', () => {
    const wide = (id: string) => node(id, node(`${id}1`, node(`${id}11`), node(`${id}12`)), node(`${id}2`, node(`${id}21`), node(`${id}22`)));
    const layout = layoutTree(node('r', wide('a'), wide('b')), options);
    expect(at(layout, 'b11').x - at(layout, 'a22').x).toBe(100);
    expectNoOverlaps(layout);
    expectParentsCentred(layout);
  });

  it('lets a small subtree tuck under the empty rows of a deep neighbour', () => {
    const layout = layoutTree(node('r', node('a', node('a1', node('a11'), node('a12'), node('a13'))), node('b')), options);
    // b shares only row 1 with a's subtree, so it sits one slot right of a, above a's wide grandchildren.
    expect(at(layout, 'b').x - at(layout, 'a').x).toBe(100);
    expectNoOverlaps(layout);
  });

  it('draws every node inside its width and height', () => {
    for (const seed of [1, 7, 42, 1234]) {
      const layout = layoutTree(randomTree(200, seed), options);
      expect(layout.nodes).toHaveLength(200);
      expectNoOverlaps(layout);
      expectParentsCentred(layout);
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(10);
        expect(n.x).toBeLessThanOrEqual(layout.width - 10 + 1e-9);
        expect(n.y).toBeLessThanOrEqual(layout.height - 10);
      }
      expect(Math.min(...layout.nodes.map((n) => n.x))).toBeCloseTo(10);
    }
  });
});

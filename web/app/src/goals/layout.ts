/** A tree as the layout needs it: anything with an id and ordered children. */
export interface LayoutInput {
  id: string;
  children: readonly LayoutInput[];
}

export interface PlacedNode {
  id: string;
  parentId: string | null;
  depth: number;
  /** Centre of the node, in pixels from the left/top edge of the drawing. */
  x: number;
  y: number;
}

export interface TreeLayout {
  nodes: PlacedNode[];
  edges: { from: string; to: string }[];
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** Horizontal distance between the centres of two neighbours on one row. */
  nodeSpacing: number;
  /** Vertical distance between two rows. */
  levelSpacing: number;
  /** Room around the drawing, so the outermost nodes and their labels are not cut off. */
  margin: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { nodeSpacing: 150, levelSpacing: 110, margin: 70 };

/** A subtree laid out with its root at x = 0, in units of one node slot. */
interface Subtree {
  xs: Map<string, number>;
  /** Leftmost and rightmost x on each row below and including the root (index = depth in the subtree). */
  left: number[];
  right: number[];
}

/**
 * Places the subtrees of one parent side by side, each as far left as its contour allows, then centres the
 * parent over its first and last child. Contours compare row by row, so a narrow subtree may tuck under a
 * wide neighbour's empty rows and nothing on one row ever comes closer than one slot.
 */
function layoutSubtree(node: LayoutInput): Subtree {
  if (node.children.length === 0) {
    return { xs: new Map([[node.id, 0]]), left: [0], right: [0] };
  }
  const placed: { subtree: Subtree; offset: number }[] = [];
  const left: number[] = [];
  const right: number[] = [];
  for (const child of node.children) {
    const subtree = layoutSubtree(child);
    let offset = 0;
    if (placed.length > 0) {
      offset = -Infinity;
      const shared = Math.min(right.length, subtree.left.length);
      for (let depth = 0; depth < shared; depth++) {
        offset = Math.max(offset, (right[depth] ?? 0) - (subtree.left[depth] ?? 0) + 1);
      }
    }
    subtree.left.forEach((x, depth) => {
      left[depth] = Math.min(left[depth] ?? Infinity, x + offset);
    });
    subtree.right.forEach((x, depth) => {
      right[depth] = Math.max(right[depth] ?? -Infinity, x + offset);
    });
    placed.push({ subtree, offset });
  }
  const first = placed[0]?.offset ?? 0;
  const last = placed.at(-1)?.offset ?? 0;
  const centre = (first + last) / 2;
  const xs = new Map<string, number>([[node.id, 0]]);
  for (const { subtree, offset } of placed) {
    for (const [id, x] of subtree.xs) {
      xs.set(id, x + offset - centre);
    }
  }
  return { xs, left: [0, ...left.map((x) => x - centre)], right: [0, ...right.map((x) => x - centre)] };
}

/**
 * A tidy top-down layout: one row per depth, parents centred over their children, no two nodes of a row
 * closer than `nodeSpacing`. Pure, so it is tested alone and recomputed only when the tree changes.
 */
export function layoutTree(root: LayoutInput, options: LayoutOptions = DEFAULT_LAYOUT): TreeLayout {
  const { xs, left, right } = layoutSubtree(root);
  const minX = Math.min(...left);
  const maxX = Math.max(...right);
  const nodes: PlacedNode[] = [];
  const edges: { from: string; to: string }[] = [];
  const visit = (node: LayoutInput, parentId: string | null, depth: number) => {
    nodes.push({
      id: node.id,
      parentId,
      depth,
      x: ((xs.get(node.id) ?? 0) - minX) * options.nodeSpacing + options.margin,
      y: depth * options.levelSpacing + options.margin,
    });
    for (const child of node.children) {
      edges.push({ from: node.id, to: child.id });
      visit(child, node.id, depth + 1);
    }
  };
  visit(root, null, 0);
  return {
    nodes,
    edges,
    width: (maxX - minX) * options.nodeSpacing + 2 * options.margin,
    height: (left.length - 1) * options.levelSpacing + 2 * options.margin,
  };
}

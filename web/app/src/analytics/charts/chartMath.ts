export interface Xy {
  x: number;
  y: number;
}

/** Width a chart is drawn at before its container has been measured (and in tests). */
export const DEFAULT_WIDTH = 480;

/** A chart's drawing size and plot area, in viewBox units, which equal CSS pixels once measured. */
export interface Frame {
  width: number;
  height: number;
  /** Plot edges: x from left to right, y from top to bottom. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The frame for a container of the given width. Drawing at the real width keeps the 12 px labels 12 px on a
 * phone, where a fixed viewBox scaled down to 300 px would shrink them to 7 px.
 */
export function chartFrame(width: number = DEFAULT_WIDTH): Frame {
  const height = Math.round(Math.min(320, Math.max(220, width * 0.5)));
  return { width, height, left: 52, right: width - 14, top: 14, bottom: height - 40 };
}

/** Roughly how many axis labels of `labelWidth` fit along the plot. */
export function labelsThatFit(frame: Frame, labelWidth = 72): number {
  return Math.max(2, Math.floor((frame.right - frame.left) / labelWidth));
}

/** Container widths in steps of 10 px within sensible bounds, so a resize does not redraw on every pixel. */
export function snapWidth(measured: number): number {
  return Math.min(960, Math.max(260, Math.round(measured / 10) * 10));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** An SVG path through the points in the given order; empty for no points. */
export function linePath(points: readonly Xy[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${round1(point.x)},${round1(point.y)}`).join(' ');
}

/**
 * Points in time order; equal times keep the server's order (a stable sort), which already breaks ties by
 * session and instance. Points whose time cannot be read are left out rather than drawn at 1970.
 */
export function sortByTime<T extends { at: string }>(points: readonly T[]): (T & { time: number })[] {
  return points
    .map((point) => ({ ...point, time: Date.parse(point.at) }))
    .filter((point) => Number.isFinite(point.time))
    .sort((a, b) => a.time - b.time);
}

/** Running totals of events in time order: the n-th event gives (its time, n). */
export function cumulative<T extends { at: string }>(events: readonly T[]): (T & { time: number; total: number })[] {
  return sortByTime(events).map((event, index) => ({ ...event, total: index + 1 }));
}

/** Every how many bars a label fits under the axis (1 = every bar). */
export function labelEvery(barCount: number, maxLabels: number): number {
  return barCount <= maxLabels ? 1 : Math.ceil(barCount / Math.max(1, maxLabels));
}

export interface Band {
  x: number;
  width: number;
  center: number;
}

/** Equal bands across the plot, each bar taking `fill` of its band and centred in it. */
export function bands(count: number, left: number, right: number, fill = 0.7): Band[] {
  if (count <= 0) {
    return [];
  }
  const band = (right - left) / count;
  const width = Math.max(1, band * fill);
  return Array.from({ length: count }, (_, index) => {
    const center = left + band * (index + 0.5);
    return { x: round1(center - width / 2), width: round1(width), center: round1(center) };
  });
}

/** Depth of each item in a tree listed parents first (tree order); unknown parents count as roots. */
export function treeDepths(items: readonly { id: string; parentId: string | null }[]): Map<string, number> {
  const depths = new Map<string, number>();
  for (const item of items) {
    const parentDepth = item.parentId === null ? undefined : depths.get(item.parentId);
    depths.set(item.id, parentDepth === undefined ? 0 : parentDepth + 1);
  }
  return depths;
}

/** A share of the widest value, 0–100, for bars drawn in a viewBox of width 100. */
export function share(value: number, max: number): number {
  return max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
}

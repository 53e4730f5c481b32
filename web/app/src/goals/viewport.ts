/** How the drawing sits in the visible area: a point p of the drawing shows at p × scale + (x, y). */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_SCALE = 0.15;
export const MAX_SCALE = 2.5;
/** One press of +/− or one wheel notch. */
export const ZOOM_STEP = 1.25;
/** One press of an arrow key, in screen pixels. */
export const PAN_STEP = 60;

function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms by `factor` keeping the screen point (px, py) where it is (the pointer, or the centre for buttons). */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The whole drawing centred in the visible area, never enlarged beyond its natural size. */
export function fitView(content: Size, viewport: Size): View {
  const scale = clampScale(Math.min(1, viewport.width / content.width, viewport.height / content.height));
  return {
    scale,
    x: (viewport.width - content.width * scale) / 2,
    y: (viewport.height - content.height * scale) / 2,
  };
}

/**
 * Pans just enough that the drawing point (px, py) shows at least `margin` pixels inside the visible area, so
 * tabbing to a node off screen brings it into view.
 */
export function ensureVisible(view: View, px: number, py: number, viewport: Size, margin = 60): View {
  const sx = px * view.scale + view.x;
  const sy = py * view.scale + view.y;
  const dx = sx < margin ? margin - sx : sx > viewport.width - margin ? viewport.width - margin - sx : 0;
  const dy = sy < margin ? margin - sy : sy > viewport.height - margin ? viewport.height - margin - sy : 0;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}

/** What a key does to the view, or null when the key is not one of the graph's. */
export function viewForKey(view: View, key: string, viewport: Size): View | null {
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  switch (key) {
    case 'ArrowLeft':
      return panBy(view, PAN_STEP, 0);
    case 'ArrowRight':
      return panBy(view, -PAN_STEP, 0);
    case 'ArrowUp':
      return panBy(view, 0, PAN_STEP);
    case 'ArrowDown':
      return panBy(view, 0, -PAN_STEP);
    case '+':
    case '=':
      return zoomAt(view, ZOOM_STEP, cx, cy);
    case '-':
    case '_':
      return zoomAt(view, 1 / ZOOM_STEP, cx, cy);
    default:
      return null;
  }
}

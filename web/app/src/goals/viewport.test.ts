import { describe, expect, it } from 'vitest';
import { ensureVisible, fitView, MAX_SCALE, MIN_SCALE, panBy, viewForKey, zoomAt, type View } from './viewport';

const viewport = { width: 800, height: 600 };
const toScreen = (view: View, x: number, y: number) => [x * view.scale + view.x, y * view.scale + view.y];

describe('zoomAt', () => {
  it('keeps the point under the pointer in place', () => {
    const view = { x: 30, y: -20, scale: 1 };
    const drawingPoint = [(200 - 30) / 1, (150 + 20) / 1] as const;
    const zoomed = zoomAt(view, 2, 200, 150);
    expect(zoomed.scale).toBe(2);
    expect(toScreen(zoomed, ...drawingPoint)).toEqual([200, 150]);
  });

  it('stays within the scale limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 2 }, 10, 0, 0).scale).toBe(MAX_SCALE);
    expect(zoomAt({ x: 0, y: 0, scale: 0.2 }, 0.01, 0, 0).scale).toBe(MIN_SCALE);
  });
});

describe('fitView', () => {
  it('centres a small drawing at its natural size', () => {
    expect(fitView({ width: 200, height: 100 }, viewport)).toEqual({ scale: 1, x: 300, y: 250 });
  });

  it('shrinks a large drawing to fit, centred', () => {
    const view = fitView({ width: 1600, height: 300 }, viewport);
    expect(view.scale).toBe(0.5);
    expect(toScreen(view, 0, 0)).toEqual([0, 225]);
    expect(toScreen(view, 1600, 300)).toEqual([800, 375]);
  });
});

describe('keys and focus', () => {
  const view = { x: 0, y: 0, scale: 1 };

  it('pans with the arrows and zooms about the centre with + and −', () => {
    expect(viewForKey(view, 'ArrowLeft', viewport)).toEqual(panBy(view, 60, 0));
    expect(viewForKey(view, 'ArrowDown', viewport)).toEqual(panBy(view, 0, -60));
    const zoomed = viewForKey(view, '+', viewport)!;
    expect(zoomed.scale).toBeCloseTo(1.25);
    expect(toScreen(zoomed, 400, 300)).toEqual([400, 300]);
    expect(viewForKey(view, '-', viewport)!.scale).toBeCloseTo(0.8);
    expect(viewForKey(view, 'a', viewport)).toBeNull();
  });

  it('brings a focused node into view and leaves a visible one alone', () => {
    expect(ensureVisible(view, 400, 300, viewport)).toBe(view);
    const moved = ensureVisible(view, 1000, -50, viewport);
    expect(toScreen(moved, 1000, -50)).toEqual([740, 60]);
  });
});

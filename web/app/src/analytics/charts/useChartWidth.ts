import { useCallback, useState } from 'react';
import { DEFAULT_WIDTH, snapWidth } from './chartMath';

/** The width of the element the ref is put on, followed as it resizes; DEFAULT_WIDTH until measured. */
export function useChartWidth(): [(element: HTMLElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured) {
        setWidth(snapWidth(measured));
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

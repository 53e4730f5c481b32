import { useEffect, useState, type RefObject } from 'react';
import type { Size } from './viewport';

/** Used until the element has been measured (and in test DOMs, which lay nothing out). */
export const FALLBACK_SIZE: Size = { width: 800, height: 480 };

/** The element's content size, following resizes (window, phone rotation, side panel opening). */
export function useElementSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>(FALLBACK_SIZE);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0 && box.height > 0) {
        setSize((previous) =>
          previous.width === box.width && previous.height === box.height ? previous : { width: box.width, height: box.height },
        );
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

// The map box's size in CSS pixels, kept current: the picture frames a selection as MapLibre would in the same box.
import { useEffect, useState, type RefObject } from 'react';
import type { Size } from './model/mercator';

export function useBoxSize(target: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    const element = target.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const measure = () => {
      const { clientWidth: width, clientHeight: height } = element;
      setSize((previous) => (previous?.width === width && previous.height === height ? previous : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return size;
}

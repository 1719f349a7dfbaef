'use client';
import { useCallback, useEffect, useState } from 'react';

/**
 * Width and height of an element, kept up to date with ResizeObserver (0 × 0 until measured). A callback
 * ref, so an element that appears later (a slide changing kind) is measured too.
 */
export function useBox<T extends HTMLElement>() {
  const [el, setEl] = useState<T | null>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const ref = useCallback((node: T | null) => setEl(node), []);
  useEffect(() => {
    if (!el) return;
    const read = () => setBox({ width: el.clientWidth, height: el.clientHeight });
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return [ref, box] as const;
}

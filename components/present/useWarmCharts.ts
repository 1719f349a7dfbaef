/** Fetches the chart code (not part of the page's first load) at the lecturer's first key, pointer move or touch, or 5 s after the slides are in. */
'use client';
import { useEffect } from 'react';

/** So the first chart slide draws at once without competing with the page's start. */
export function useWarmCharts(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const events = ['keydown', 'pointermove', 'touchstart'] as const;
    const warm = () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, warm);
      void import('@/components/chart/BarView');
      void import('@/components/chart/LineView');
    };
    const timer = setTimeout(warm, 5000);
    for (const e of events) window.addEventListener(e, warm, { passive: true });
    return () => { clearTimeout(timer); for (const e of events) window.removeEventListener(e, warm); };
  }, [ready]);
}

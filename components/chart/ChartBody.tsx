'use client';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { ResolvedChart, PlotRow } from '@/lib/charts/charts';
import { defaultState, type Scale } from '@/lib/charts/chartState';
import type { PresentSize } from '@/lib/lecture/slideFit';
import { printUid, staticMarkup, type StaticPictures } from '@/lib/charts/staticSvg';
import { UnitView } from './UnitView';
import { FigureView } from './FigureView';
import { Hatches } from './Hatches';
import { chartView } from './chartView';
import { useWidth } from './useWidth';

// recharts is the largest library of the site: its chart kinds load as their own chunk, only when a live chart
// is wanted (the HTML already has the chart's picture, title, summary, table and source line; see BENCHMARKS.md)
const BarView = dynamic(() => import('./BarView').then((m) => m.BarView), { ssr: false });
const LineView = dynamic(() => import('./LineView').then((m) => m.LineView), { ssr: false });
const VIEWS = { Bar: BarView, Line: LineView };

// The build-time pictures (scripts/chart-svg.tsx). Read on the server only: the branch is dropped from client
// bundles, the SVG reaches the browser once, in the HTML, and hydration keeps it (tests/e2e/static-charts.spec.ts).
// Unit tests (vitest) draw without them; a build without the file fails here.
const PICTURES: StaticPictures = typeof window === 'undefined' && !process.env.VITEST
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ? require('@/lib/generated/chart-svg.json') : {};


/**
 * The marks of a chart, whatever its kind. Unit and figure charts are plain markup. A bar or line chart is
 * first its build-time picture (in the HTML as served; on a chart page CSS shows the one drawn for the box's
 * width, on a printed handout page the one drawn for its fixed box); the live recharts chart, with its
 * tooltips, mounts when the reader reaches for it (pointer, touch or focus in the chart's frame), when the
 * chart shows another state (or paper) than the picture's, or at once where there is no picture (slides, a
 * page drawn by client navigation, a chart the build did not draw). It draws hidden over the picture and
 * replaces it once still, so nothing moves; after that the live chart stays.
 */
export function ChartBody({ chart, rows, scale, mini, present }: { chart: ResolvedChart; rows: readonly PlotRow[]; scale: Scale; mini?: boolean; present?: PresentSize }) {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const width = present ? present.width : measured;
  const { spec } = chart;
  const uid = `${spec.slug}${mini ? '-mini' : ''}`;
  const recharts = spec.kind === 'bar' || spec.kind === 'line';
  // slides are drawn for a room measured at run time: no picture; a printed page's box is known at build time
  const pictured = recharts && (!present || !!present.print);
  const picture = present ? printUid(spec.slug, rows, present) : uid;
  const [served] = useState(picture);
  const sameState = present ? picture === served : rows.length === chart.rows.length && scale === (mini ? 'linear' : defaultState(spec).scale);
  const [wanted, setWanted] = useState(false);
  const staticRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!pictured) return;
    // no picture in the DOM (drawn on the client), or the link's state hid it before paint (app/layout.tsx HEAD_SCRIPT,
    // even when the state turns out to be the default): the live chart at once
    const pic = staticRef.current;
    if (!pic?.firstElementChild || getComputedStyle(pic).visibility === 'hidden') { setWanted(true); return; }
    const frame = mini ? null : ref.current?.closest('.chart-frame');
    if (!frame) return;
    const want = () => setWanted(true);
    const events = ['pointerover', 'focusin', 'touchstart'] as const;
    for (const e of events) frame.addEventListener(e, want, { once: true, passive: true });
    return () => { for (const e of events) frame.removeEventListener(e, want); };
  }, [pictured, mini, ref]);
  const called = recharts && (!pictured || wanted || !sameState);
  // only a picture waits for the live chart to settle; a slide's chart has none to replace
  const drawn = useDrawn(pictured && called && width > 0);
  // once drawn, the live chart stays (the picture is gone), even back in the picture's state
  const live = recharts && (called || drawn.done);
  const placeholder = pictured && !drawn.done;
  return (
    <div ref={ref} className={`chart-body${mini ? ' mini' : ''}${present ? ' room' : ''}`} data-kind={spec.kind} data-live={recharts ? String(live && !placeholder) : undefined}>
      {spec.kind === 'units' && <UnitView rows={rows} panels={spec.panels} mini={mini} present={present} />}
      {spec.kind === 'figures' && <FigureView rows={rows} mini={mini} present={present} />}
      {recharts && <Hatches uid={uid} />}
      {placeholder && (
        <div ref={staticRef} className="chart-static" aria-hidden="true" suppressHydrationWarning
          style={sameState ? undefined : { visibility: 'hidden' }}
          dangerouslySetInnerHTML={{ __html: staticMarkup(PICTURES[picture]) }} />
      )}
      {live && width > 0 && (
        <div ref={drawn.ref} className={placeholder ? 'chart-live pending' : 'chart-live'}>
          {chartView(VIEWS, { chart, rows, scale, width, uid, mini, present })}
        </div>
      )}
    </div>
  );
}

/** True once the live layer holds recharts' surface and its DOM has not changed for 2 frames (recharts draws over several commits). */
function useDrawn(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!active || done || !el) return;
    let raf = 0;
    const settle = () => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => { raf = requestAnimationFrame(() => { if (el.querySelector('.recharts-surface')) setDone(true); }); });
    };
    const mo = new MutationObserver(settle);
    mo.observe(el, { childList: true, subtree: true, attributes: true });
    settle();
    return () => { mo.disconnect(); cancelAnimationFrame(raf); };
  }, [active, done]);
  return { ref, done };
}

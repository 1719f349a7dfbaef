'use client';
import { useEffect, useRef, useState } from 'react';
import type { ResolvedChart } from '@/lib/charts/charts';
import type { OwnSlide } from '@/lib/lecture/deck';
import { NETWORK_SLIDE, STORYLINE_SLIDE, TITLE_SLIDE } from '@/lib/lecture/deck';
import { ChartBody } from '@/components/chart/ChartBody';
import { SITE_NAME } from '@/lib/site/names';

/**
 * A slide's thumbnail in the deck list, shaped like a 16:9 slide: the chart's small picture (drawn once
 * the list item comes near the viewport), a sketch of the network or storyline, or the first words of the
 * lecturer's own slide. Decorative: the list item names the slide.
 */
export function Thumb({ id, chart, own, title }: { id: string; chart?: ResolvedChart; own?: OwnSlide; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') { setNear(true); return; }
    const io = new IntersectionObserver((es) => { if (es.some((e) => e.isIntersecting)) { setNear(true); io.disconnect(); } }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  let body;
  if (chart) body = near ? <ChartBody chart={chart} rows={chart.rows} scale="linear" mini /> : null;
  else if (id === NETWORK_SLIDE) body = <Sketch kind="network" />;
  else if (id === STORYLINE_SLIDE) body = <Sketch kind="storyline" />;
  else body = <span className="thumb-words">{own ? `${{ title: 'Title', section: 'Section', text: 'Text', quote: 'Quote' }[own.kind]}: ${own.title}` : id === TITLE_SLIDE ? SITE_NAME : title}</span>;
  return <div ref={ref} className="thumb" data-thumb={id} aria-hidden="true" inert>{body}</div>;
}

/** A fixed little drawing standing for the network (dots and lines) or the storyline (bands of lines). */
function Sketch({ kind }: { kind: 'network' | 'storyline' }) {
  return (
    <svg viewBox="0 0 160 90" className="thumb-sketch">
      {kind === 'network'
        ? <g stroke="currentColor" fill="currentColor">
            <path d="M30 30L70 50L110 25M70 50L95 70M30 30L45 70" fill="none" strokeWidth="2" />
            {[[30, 30], [70, 50], [110, 25], [95, 70], [45, 70]].map(([x, y]) => <circle key={`${x}-${y}`} cx={x} cy={y} r="6" />)}
          </g>
        : <g fill="none" stroke="currentColor" strokeWidth="3">
            <path d="M10 20C60 20 70 40 150 40" /><path d="M10 45C60 45 80 25 150 22" /><path d="M10 70C70 70 90 62 120 62" />
          </g>}
    </svg>
  );
}

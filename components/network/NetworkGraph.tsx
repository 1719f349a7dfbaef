'use client';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Graph } from '@visx/network';
import type { NetNode, NetRelation, Snapshot } from '@/lib/network/network';
import { layoutFor, positionsAt, type NetworkLayouts, type Positions } from '@/lib/network/layout';
import { graphData, linkPath, netSizes, round, withLabels, type GraphLink, type GraphNode } from '@/lib/network/graphData';
import { useBox } from '@/components/shared/useBox';
import { EDGE_STYLES, nodeLabels } from './styles';
import { GRAPH_CSS, GraphCtx, HitLayer, NetLink, NetNodeMark } from './GraphMarks';
import { useGraphZoom, ZOOM_MAX } from './useGraphZoom';
import { useFontFamily, useLabelPlacement } from './useGraphLabels';
import { useGraphHandlers } from './useGraphHandlers';

/** Type and mark sizes in CSS pixels (lib/network/graphData.ts). */
export { netSizes };

interface Props {
  nodes: readonly NetNode[];
  /** Every relation of every year (the active ones are in snap.edges). */
  relations: readonly NetRelation[];
  /** Node and relation ids that documents disagree about. */
  disputed?: ReadonlySet<string>;
  /** Every year's layout, wide and tall (lib/network/layout.ts); the graph takes the one shaped like its box. */
  layouts: NetworkLayouts;
  snap: Snapshot;
  selectedNode: string | null;
  selectedEdge: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  /** Nodes the reader dragged, as fractions of the box. */
  pins: Positions;
  onPin: (id: string, x: number, y: number) => void;
  /** Type sizes: the page's, or a projector's. */
  scale?: 'page' | 'slide';
  /** On a slide: the label font, px (the slide's chart font). */
  slideFont?: number;
  /** Pan and zoom (buttons, keys, pinch, ctrl + wheel); off on slides. */
  zoomable?: boolean;
}

const NONE: ReadonlySet<string> = new Set();
/** The first size drawn (in the HTML as served, before the box is measured). */
const FIRST_BOX = { width: 900, height: 600 };

/**
 * Marks glide to their places when the year changes, not when the page loads or the box is resized: 0 when
 * still, else 1 and 2 in turn on year steps (two animation names, so the fade restarts on every step).
 */
function useYearMotion(year: number, width: number, height: number): number {
  const [motion, setMotion] = useState({ year, width, height, phase: 0 });
  if (motion.year !== year) setMotion({ year, width, height, phase: motion.phase === 1 ? 2 : 1 });
  else if (motion.width !== width || motion.height !== height) setMotion({ year, width, height, phase: 0 });
  return motion.phase;
}

/**
 * Nodes and typed edges at one year, at the year's layout fitted to the box (or a drag pin); factions are
 * regions round their members, labels are placed where they collide with nothing, and the graph can be
 * panned and zoomed. Every node is passed to visx in the same order every year (absent ones draw nothing),
 * so React keeps each node's element, and keyboard focus, as the year changes. What is drawn comes from
 * lib/network/graphData.ts; this keeps it memoised and draws it.
 */
export function NetworkGraph({ nodes, relations, disputed = NONE, layouts, snap, selectedNode, selectedEdge, onSelectNode, onSelectEdge, pins, onPin, scale = 'page', slideFont, zoomable = true }: Props) {
  const [boxRef, measuredNow] = useBox<HTMLDivElement>();
  // the graph redrawn for the measured box and font (after hydration) is a background render, in slices,
  // not one long task on load; a year step or a click stays urgent
  const measured = useDeferredValue(measuredNow);
  const box = measured.width > 0 && measured.height > 0 ? measured : FIRST_BOX;
  const { width, height } = box;
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useMemo(() => netSizes({ width, height }, scale, slideFont), [width, height, scale, slideFont]);
  const phase = useYearMotion(snap.year, width, height);
  const layout = layoutFor(layouts, box);
  const positions = useMemo(() => positionsAt(layout, snap.year), [layout, snap.year]);
  const texts = useMemo(() => nodeLabels(nodes), [nodes]);
  const family = useDeferredValue(useFontFamily(svgRef));
  const { t, panning, zoomRef, zoomBy, fitAll, onKey } = useGraphZoom(svgRef, zoomable, width, height);
  const data = useMemo(() => graphData({ nodes, relations, snap, positions, pins, texts, disputed, selectedNode, selectedEdge, box: { width, height }, size, transform: t }),
    [nodes, relations, snap, positions, pins, texts, disputed, selectedNode, selectedEdge, width, height, size, t]);
  const { visible, links, regions } = data;
  // labels: the selected node first, then factions by members, then the people with most relations this year
  const placed = useLabelPlacement(visible, data.degree, box, size.font, family);
  const gnodes = useMemo(() => withLabels(data.nodes, placed), [data.nodes, placed]);
  const deferredLinks = useDeferredValue(links);
  const { ctx, drag } = useGraphHandlers(svgRef, zoomRef, { onSelectNode, onSelectEdge, onPin, nodes: gnodes, t, box, inner: data.inner, zoomable });
  // the curves of the lines drawn, written straight to their paths (lines that only move are not re-rendered)
  useLayoutEffect(() => {
    for (const l of links) {
      if (!l.active) continue;
      const d = linkPath(l);
      for (const p of ctx.paths.get(l.rel.id) ?? []) if (p.getAttribute('d') !== d) p.setAttribute('d', d);
    }
  });
  return (
    <GraphCtx.Provider value={ctx}>
      {zoomable && (
        <div className="net-zoom" role="group" aria-label="Zoom (also + and − keys, 0 to fit; pinch, or ctrl and the wheel)">
          <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in" disabled={t.k >= ZOOM_MAX}>+</button>
          <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out" disabled={t.k <= 1}>−</button>
          <button type="button" onClick={fitAll} disabled={t.k === 1 && t.x === 0 && t.y === 0}>Fit</button>
          <span className="meta" aria-live="polite">{placed.size < visible.length ? `${placed.size} of ${visible.length} names shown; zoom in for the rest` : 'all names shown'}</span>
        </div>
      )}
      <div ref={boxRef} className={`net-box${scale === 'slide' ? ' net-box-slide' : ''}`} onKeyDown={onKey} data-zoom={round(t.k)}
        data-labels={`${placed.size}/${visible.length}`}>
        <svg ref={svgRef} className={`net-svg${phase && !panning && !drag?.moved ? (phase === 1 ? ' moving-a' : ' moving-b') : ''}`} viewBox={`0 0 ${box.width} ${box.height}`} width={box.width} height={box.height}
          role="group" aria-label={`Network in ${snap.year}: ${visible.length} people and factions, ${regions.length} faction regions, ${data.shown} relations drawn`}>
          <style>{GRAPH_CSS}</style>
          {/* every node's place, as one sheet: a year step rewrites one text instead of a style per node */}
          <style data-positions="">{visible.map((g) => `.net-svg [data-at="${g.id}"]{transform:translate(${g.sx}px,${g.sy}px)}`).join('')}</style>
          <defs>
            {Object.entries(EDGE_STYLES).filter(([, s]) => s.arrow).map(([type, s]) => (
              <marker key={type} id={`arrow-${type}`} viewBox="0 0 10 10" refX={10 + Math.round(size.r * 1.1)} refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" style={{ fill: s.colour }} />
              </marker>
            ))}
          </defs>
          <rect className="net-bg" width={box.width} height={box.height} fill="transparent" />
          <g className="net-regions" aria-hidden="true">
            {regions.map((rg) => (
              <path key={rg.faction} d={rg.d} className={`net-region r-${rg.kind}${rg.on ? ' on' : ''}`} data-region={rg.faction} data-members={rg.members.join(' ')} />
            ))}
          </g>
          <HitLayer links={deferredLinks} />
          <Graph<GraphLink, GraphNode> graph={{ nodes: [...gnodes.values()], links }} linkComponent={NetLink} nodeComponent={NetNodeMark} />
        </svg>
      </div>
    </GraphCtx.Provider>
  );
}

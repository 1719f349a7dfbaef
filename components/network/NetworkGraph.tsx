'use client';
import { createContext, memo, useCallback, useContext, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Graph } from '@visx/network';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { NetNode, NetRelation, Snapshot } from '@/lib/network/network';
import { layoutFor, positionsAt, type NetworkLayouts, type Positions } from '@/lib/network/layout';
import { formatYears } from '@/lib/data/stats';
import { fateYears } from '@/lib/network/network';
import { placeLabels, textWidth, type LabelRequest, type PlacedLabel, type Rect } from '@/lib/text/labelPlacement';
import { REGION_TYPES, regionPath, regionsOf } from '@/lib/network/regions';
import { useBox } from '@/components/shared/useBox';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK, nodeLabels } from './styles';

/** The encodings as CSS inside the SVG (one source, styles.ts; kept in PNG/SVG exports; cheap to mount). */
const GRAPH_CSS = [
  '.net-svg .e-hit{fill:none;stroke:transparent;stroke-width:10px;cursor:pointer}',
  '.net-svg .e-on{stroke:var(--focus)!important}',
  ...Object.entries(EDGE_STYLES).map(([t, s]) => `.net-svg .e-${t}{fill:none;stroke:${s.colour};stroke-width:${s.width}px${s.dash ? `;stroke-dasharray:${s.dash}` : ''}}.net-svg .e-${t}.e-on{stroke-width:${s.width + 2}px}`),
  '.net-svg .net-node{cursor:pointer;touch-action:none}',
  '.net-svg .n-shape{stroke:var(--fg)}',
  '.net-svg .n-person{fill:var(--bg);stroke-width:2px}',
  '.net-svg .n-leader .n-person{stroke-width:4px}',
  ...Object.entries(FACTION_FILL).map(([k, c]) => `.net-svg .n-${k}{fill:${c};stroke-width:1.5px}.net-svg .r-${k}{fill:${c};fill-opacity:.13;stroke:${c};stroke-opacity:.7;stroke-width:1.5px}`),
  '.net-svg .selected .n-shape{stroke:var(--focus);stroke-width:4px}',
  '.net-svg .ended .n-shape{stroke-dasharray:3 2}',
  '.net-svg .fate-mark{fill:var(--fg)}',
  '.net-svg .n-label{fill:var(--fg);paint-order:stroke;stroke:var(--bg);stroke-width:3px;cursor:pointer}',
  '.net-svg .n-label-faction{font-weight:700}',
  '.net-svg .net-region{pointer-events:none}',
  '.net-svg .net-region.on{stroke-width:3px;stroke-opacity:1}',
  // disputed between documents: a dashed ring round the node, a dashed halo along the edge
  '.net-svg .e-disputed{fill:none;stroke:var(--accent);stroke-width:7px;stroke-dasharray:2 5;stroke-opacity:.55;pointer-events:none}',
  '.net-svg .n-disputed{fill:none;stroke:var(--accent);stroke-width:2px;stroke-dasharray:3 2}',
  // a year step moves marks to their new places; a load, resize, pan or zoom puts them there at once
  // a year step: nodes glide to their new places while lines and regions fade out and back in at their new
  // places (two alternating animation names, so the fade restarts on every step)
  '.net-svg.moving-a .mv,.net-svg.moving-b .mv{transition:transform .6s ease-in-out,opacity .3s}',
  '.net-svg.moving-a .net-edge,.net-svg.moving-a .net-region{animation:net-in-a .9s}',
  '.net-svg.moving-b .net-edge,.net-svg.moving-b .net-region{animation:net-in-b .9s}',
  '@keyframes net-in-a{0%,60%{opacity:0}100%{opacity:1}}@keyframes net-in-b{0%,60%{opacity:0}100%{opacity:1}}',
  '@media (prefers-reduced-motion:reduce){.net-svg .mv{transition:none!important}.net-svg .net-edge,.net-svg .net-region{animation:none!important}}',
].join('');

/** Type and mark sizes in CSS pixels: the page's, or a projector's (at least 20 px labels at 1080p). */
export function netSizes(box: { width: number; height: number }, scale: 'page' | 'slide', slideFont?: number) {
  const font = scale === 'slide' ? slideFont ?? Math.max(20, Math.round(Math.min(box.height * 0.03, box.width * 0.016))) : box.width < 600 ? 12 : 13;
  return { font, factionFont: scale === 'slide' ? font : font + 1, r: Math.round(font * 0.58), half: Math.round(font * 0.85), pad: Math.round(font * 1.6) };
}

interface GNode {
  id: string; x: number; y: number; sx: number; sy: number; node: NetNode; status: string | undefined; visible: boolean; selected: boolean;
  faded: boolean; disputed: boolean; leader: boolean; text: string; label: PlacedLabel | undefined; font: number; r: number; half: number;
}
interface GLink { source: GNode; target: GNode; rel: NetRelation; bend: number; active: boolean; on: boolean; dim: boolean; disputed: boolean }

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

/** Handlers only, stable for the life of the graph, so a year step re-renders just the marks that change. */
interface Ctx {
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  startDrag: (id: string, e: PointerEvent) => void;
  moveDrag: (id: string, e: PointerEvent) => void;
  endDrag: (id: string) => void;
  onFocusNode: (id: string) => void;
  /** The drawn paths of each line, by relation id, for the graph to write their curves. */
  paths: Map<string, Set<SVGPathElement>>;
}

const GraphCtx = createContext<Ctx | null>(null);
const NONE: ReadonlySet<string> = new Set();
const useCtx = () => useContext(GraphCtx) as Ctx;

/** The curve of a relation between its two nodes (bent apart where a pair has several). */
function linkPath(link: GLink): string {
  const { sx: x1, sy: y1 } = link.source;
  const { sx: x2, sy: y2 } = link.target;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const cx = Math.round(((x1 + x2) / 2 + (-(y2 - y1) / len) * link.bend) * 10) / 10;
  const cy = Math.round(((y1 + y2) / 2 + ((x2 - x1) / len) * link.bend) * 10) / 10;
  return `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
}

/**
 * The wide, invisible stroke that makes a thin line easy to click. It is drawn from a deferred copy of the
 * lines (useDeferredValue), so a year step paints the visible graph first and moves these in the moment after.
 */
const HitLayer = memo(function HitLayer({ links }: { links: readonly GLink[] }) {
  const { onSelectEdge } = useCtx();
  return (
    <g className="net-hits">
      {links.filter((l) => l.active).map((l) => <path key={l.rel.id} d={linkPath(l)} className="e-hit" data-hit={l.rel.id} onClick={() => onSelectEdge(l.rel.id)} />)}
    </g>
  );
});

const NetLink = memo(function NetLink({ link }: { link: GLink }) {
  const { onSelectEdge, paths } = useCtx();
  const id = link.rel.id;
  const keep = useCallback((el: SVGPathElement | null) => {
    if (!el) return;
    const set = paths.get(id) ?? new Set<SVGPathElement>();
    set.add(el);
    paths.set(id, set);
    return () => { set.delete(el); };
  }, [paths, id]);
  // an edge that has been drawn once stays in the DOM, hidden while inactive: a year step flips an
  // attribute instead of building and tearing down elements
  const [seen, setSeen] = useState(link.active);
  if (link.active && !seen) setSeen(true);
  if (!link.active && !seen) return null;
  const st = EDGE_STYLES[link.rel.type];
  const d = linkPath(link);
  return (
    <g className="net-edge" data-edge={link.rel.id} data-type={link.rel.type} data-active={link.active ? 'true' : 'false'} data-disputed={link.disputed ? 'true' : undefined}
      display={link.active ? undefined : 'none'} opacity={link.dim ? 0.2 : 1} onClick={() => onSelectEdge(link.rel.id)}>
      {link.disputed && <path ref={keep} d={d} className="e-disputed" />}
      <path ref={keep} d={d} className={`e-${link.rel.type}${link.on ? ' e-on' : ''}`} markerEnd={st.arrow ? `url(#arrow-${link.rel.type})` : undefined} />
      <title>{`${link.source.node.name} ${st.label} ${link.target.node.name}, ${link.rel.undated ? 'undated' : formatYears(link.rel.start, link.rel.end, link.rel.dating)}${link.disputed ? ' (disputed between documents)' : ''}`}</title>
    </g>
  );
}, (a, b) => {
  const x = a.link;
  const y = b.link;
  // a line that only moves is not re-rendered: the graph writes its curve in one pass after each render
  return x.rel === y.rel && x.disputed === y.disputed && x.active === y.active && x.on === y.on && x.dim === y.dim && x.bend === y.bend;
});

const NetNodeMark = memo(function NetNodeMark({ node: g }: { node: GNode }) {
  const { onSelectNode, startDrag, moveDrag, endDrag, onFocusNode } = useCtx();
  const { node, status, selected, faded, label, r, half } = g;
  if (!g.visible) return null;
  const fate = node.person?.fate;
  const name = `${node.name}, ${node.kind}${status === 'dead' ? `, ${fate?.replace(/_/g, ' ')} ${node.person ? fateYears(node.person) : node.last}` : ''}${status === 'ended' ? `, ended ${node.last}` : ''}${g.disputed ? ', disputed' : ''}`;
  const key = (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelectNode(node.id); } };
  const ring = half + 4;
  // the label is drawn beside the button, not inside it: a label shortened for the eye is then not part of
  // the button's text, whose accessible name is the full name (WCAG 2.5.3, label in name)
  return (
    <g className="n-at mv" data-at={node.id}>
      <g className={`net-node${selected ? ' selected' : ''}${status === 'ended' ? ' ended' : ''}${g.leader ? ' n-leader' : ''}`}
        data-node={node.id} data-kind={node.kind} data-status={status} tabIndex={0} role="button"
        aria-label={name} aria-pressed={selected} opacity={faded ? 0.38 : 1} onFocus={() => onFocusNode(node.id)}
        onKeyDown={key} onPointerDown={(e) => startDrag(node.id, e)} onPointerMove={(e) => moveDrag(node.id, e)} onPointerUp={() => endDrag(node.id)}>
        {node.kind === 'faction'
          ? <rect x={-half} y={-half} width={half * 2} height={half * 2} rx={4} className={`n-shape n-${node.faction?.kind ?? 'party'}`} />
          : <circle r={r} className="n-shape n-person" />}
        {g.disputed && (node.kind === 'faction' ? <rect x={-ring} y={-ring} width={ring * 2} height={ring * 2} rx={6} className="n-disputed" /> : <circle r={r + 4} className="n-disputed" />)}
        {status === 'dead' && fate && FATE_MARK[fate] && <text className="fate-mark" textAnchor="middle" dy="0.35em" fontSize={Math.round(r * 1.5)} aria-hidden="true">{FATE_MARK[fate]}</text>}
      </g>
      {label && (
        <text x={2} y={label.h / 2} dy="0.35em" className={node.kind === 'faction' ? 'n-label n-label-faction' : 'n-label'} fontSize={g.font} aria-hidden="true"
          transform={`translate(${round(label.x - g.sx)},${round(label.y - g.sy)})`} data-label-for={node.id} data-side={label.side} opacity={faded ? 0.38 : 1} onClick={() => onSelectNode(node.id)}>{g.text}</text>
      )}
    </g>
  );
}, (a, b) => {
  const x = a.node;
  const y = b.node;
  // the place itself is in the graph's position sheet, not a prop: a node that only moves is not redrawn
  const off = (g: GNode) => (g.label ? `${round(g.label.x - g.sx)},${round(g.label.y - g.sy)},${g.label.w}` : '');
  return x.node === y.node && x.status === y.status && x.visible === y.visible && x.selected === y.selected && x.faded === y.faded &&
    off(x) === off(y) && x.font === y.font && x.disputed === y.disputed && x.leader === y.leader && x.r === y.r && x.half === y.half && x.text === y.text;
});

/** The first size drawn (in the HTML as served, before the box is measured). */
const FIRST_BOX = { width: 900, height: 600 };
const ZOOM_MAX = 8;
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Nodes and typed edges at one year, at the year's layout fitted to the box (or a drag pin); factions are
 * regions round their members, labels are placed where they collide with nothing, and the graph can be
 * panned and zoomed. Every node is passed to visx in the same order every year (absent ones draw nothing),
 * so React keeps each node's element, and keyboard focus, as the year changes.
 */
export function NetworkGraph({ nodes, relations, disputed = NONE, layouts, snap, selectedNode, selectedEdge, onSelectNode, onSelectEdge, pins, onPin, scale = 'page', slideFont, zoomable = true }: Props) {
  const [boxRef, measuredNow] = useBox<HTMLDivElement>();
  // the graph redrawn for the measured box and font (after hydration) is a background render, in slices,
  // not one long task on load; a year step or a click stays urgent
  const measured = useDeferredValue(measuredNow);
  const box = measured.width > 0 && measured.height > 0 ? measured : FIRST_BOX;
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const [panning, setPanning] = useState(false);
  const [drag, setDrag] = useState<{ id: string; moved: boolean } | null>(null);
  const size = netSizes(box, scale, slideFont);
  // marks glide to their places when the year changes, not when the page loads or the box is resized
  const [motion, setMotion] = useState({ year: snap.year, width: box.width, height: box.height, phase: 0 });
  if (motion.year !== snap.year) setMotion({ year: snap.year, width: box.width, height: box.height, phase: motion.phase === 1 ? 2 : 1 });
  else if (motion.width !== box.width || motion.height !== box.height) setMotion({ year: snap.year, width: box.width, height: box.height, phase: 0 });
  const layout = layoutFor(layouts, box);
  const positions = useMemo(() => positionsAt(layout, snap.year), [layout, snap.year]);
  const texts = useMemo(() => nodeLabels(nodes), [nodes]);
  const family = useDeferredValue(useFontFamily(svgRef));

  // pan and zoom: d3-zoom, with drags that start on a node left to the node (it pins), the wheel only with
  // ctrl (a trackpad pinch), so the page still scrolls under the mouse
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !zoomable) return;
    const z = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, ZOOM_MAX])
      .extent([[0, 0], [box.width, box.height]])
      .translateExtent([[0, 0], [box.width, box.height]])
      .filter((e: Event) => {
        if (e.type === 'wheel') return (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey;
        if (e.type === 'dblclick') return false;
        return !(e.target as Element).closest?.('.net-node,.net-edge,.n-label') && !(e as MouseEvent).button;
      })
      .on('start', () => setPanning(true))
      .on('zoom', (e: { transform: ZoomTransform }) => setT(e.transform))
      .on('end', () => setPanning(false));
    zoomRef.current = z;
    const sel = select(svg);
    sel.call(z);
    return () => { sel.on('.zoom', null); };
  }, [zoomable, box.width, box.height]);
  const zoomBy = (k: number) => { const z = zoomRef.current; if (z && svgRef.current) z.scaleBy(select(svgRef.current), k); };
  const fitAll = () => { const z = zoomRef.current; if (z && svgRef.current) z.transform(select(svgRef.current), zoomIdentity); };

  const inner = { x: size.pad, y: size.pad, w: box.width - 2 * size.pad, h: box.height - 2 * size.pad };
  const toBox = (p: { x: number; y: number }) => ({ x: inner.x + p.x * inner.w, y: inner.y + p.y * inner.h });
  const touched = new Set(selectedNode ? snap.edges.filter((r) => r.from === selectedNode || r.to === selectedNode).flatMap((r) => [r.from, r.to]) : []);
  const leaders = new Set(snap.edges.filter((r) => r.type === 'led').map((r) => r.from));
  const degree = new Map<string, number>();
  for (const r of snap.edges) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const gnodes = new Map<string, GNode>();
  for (const n of nodes) {
    const status = snap.status.get(n.id);
    const selected = selectedNode === n.id;
    const gone = status === 'dead' || status === 'ended';
    const p = toBox(pins[n.id] ?? positions[n.id] ?? { x: 0.5, y: 0.5 });
    const faction = n.kind === 'faction';
    gnodes.set(n.id, {
      id: n.id, x: 0, y: 0, sx: round(t.applyX(p.x)), sy: round(t.applyY(p.y)), node: n, status, selected, leader: leaders.has(n.id),
      visible: snap.visible.has(n.id) && positions[n.id] !== undefined, faded: gone || (selectedNode !== null && !selected && !touched.has(n.id)),
      disputed: disputed.has(n.id), text: texts.get(n.id) ?? n.name, label: undefined,
      font: faction ? size.factionFont : size.font, r: size.r, half: faction ? size.half : size.r,
    });
  }
  // labels: the selected node first, then factions by members, then the people with most relations this year
  const placed = useLabelPlacement([...gnodes.values()].filter((g) => g.visible), box, size, family, (g) => {
    const base = g.selected ? 1e6 : g.node.kind === 'faction' ? 1e4 : g.faded ? 0 : 1e3;
    return base + (degree.get(g.id) ?? 0);
  });
  for (const g of gnodes.values()) g.label = placed.get(g.id);

  // every relation, in a fixed order, so React keeps each edge's element; inactive ones draw nothing.
  // Membership is drawn as regions, not lines. Several relations between one pair are separate curves.
  const activeIds = new Set(snap.edges.map((r) => r.id));
  const pairCount = new Map<string, number>();
  const links: GLink[] = [];
  for (const r of relations) {
    const s = gnodes.get(r.from);
    const tg = gnodes.get(r.to);
    if (!s || !tg) continue;
    const region = REGION_TYPES.has(r.type) && tg.node.kind === 'faction';
    const active = activeIds.has(r.id) && s.visible && tg.visible && !region;
    let bend = 0;
    if (active) {
      const k = r.from < r.to ? `${r.from}|${r.to}` : `${r.to}|${r.from}`;
      const i = pairCount.get(k) ?? 0;
      pairCount.set(k, i + 1);
      bend = i === 0 ? 0 : (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 16;
    }
    links.push({ source: s, target: tg, rel: r, bend, active, on: selectedEdge === r.id, dim: selectedNode !== null && r.from !== selectedNode && r.to !== selectedNode, disputed: disputed.has(r.id) });
  }
  const deferredLinks = useDeferredValue(links);
  // the curves of the lines drawn, written straight to their paths (lines that only move are not re-rendered)
  useLayoutEffect(() => {
    for (const l of links) {
      if (!l.active) continue;
      const d = linkPath(l);
      for (const p of ctx.paths.get(l.rel.id) ?? []) if (p.getAttribute('d') !== d) p.setAttribute('d', d);
    }
  });
  const regions = regionsOf(snap, (id) => gnodes.get(id)?.node.kind === 'faction').map((rg) => {
    const f = gnodes.get(rg.faction) as GNode;
    const pts = [f, ...rg.members.map((m) => gnodes.get(m) as GNode)].map((g) => ({ x: g.sx, y: g.sy }));
    return { ...rg, kind: f.node.faction?.kind ?? 'party', d: regionPath(pts, size.half + 8), name: f.node.name, on: selectedNode === rg.faction || rg.members.includes(selectedNode ?? '') };
  });

  const toFraction = (e: PointerEvent) => {
    const m = svgRef.current?.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    const [bx, by] = t.invert([p.x, p.y]);
    const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
    return { x: clamp((bx - inner.x) / inner.w), y: clamp((by - inner.y) / inner.h) };
  };
  // handlers read the latest props and state through a ref, so the context value never changes
  const latest = useRef({ drag, onSelectNode, onSelectEdge, onPin, toFraction, gnodes, t, box, zoomable });
  latest.current = { drag, onSelectNode, onSelectEdge, onPin, toFraction, gnodes, t, box, zoomable };
  const ctx = useMemo<Ctx>(() => ({
    onSelectNode: (id) => latest.current.onSelectNode(id),
    onSelectEdge: (id) => latest.current.onSelectEdge(id),
    startDrag: (id, e) => { (e.target as Element).setPointerCapture?.(e.pointerId); setDrag({ id, moved: false }); },
    moveDrag: (id, e) => {
      const { drag: d, toFraction: conv, onPin: pin } = latest.current;
      if (d?.id !== id) return;
      const p = conv(e);
      if (!p) return;
      pin(id, p.x, p.y);
      if (!d.moved) setDrag({ id, moved: true });
    },
    endDrag: (id) => { const d = latest.current.drag; if (d?.id === id && !d.moved) latest.current.onSelectNode(id); setDrag(null); },
    paths: new Map(),
    // a node reached by keyboard outside the zoomed view is brought into it
    onFocusNode: (id) => {
      const { gnodes: gs, box: b, t: tr, zoomable: zm } = latest.current;
      const g = gs.get(id);
      const z = zoomRef.current;
      if (!g || !z || !zm || !svgRef.current || tr.k === 1) return;
      if (g.sx >= 0 && g.sy >= 0 && g.sx <= b.width && g.sy <= b.height) return;
      const [bx, by] = tr.invert([g.sx, g.sy]);
      z.translateTo(select(svgRef.current), bx, by);
    },
  }), []);
  const visible = [...gnodes.values()].filter((g) => g.visible);
  const shown = links.filter((l) => l.active).length;
  const onKey = (e: KeyboardEvent) => {
    if (!zoomable || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') { e.preventDefault(); zoomBy(1.5); }
    else if (e.key === '-' || e.key === '_') { e.preventDefault(); zoomBy(1 / 1.5); }
    else if (e.key === '0') { e.preventDefault(); fitAll(); }
  };
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
        <svg ref={svgRef} className={`net-svg${motion.phase && !panning && !drag?.moved ? (motion.phase === 1 ? ' moving-a' : ' moving-b') : ''}`} viewBox={`0 0 ${box.width} ${box.height}`} width={box.width} height={box.height}
          role="group" aria-label={`Network in ${snap.year}: ${visible.length} people and factions, ${regions.length} faction regions, ${shown} relations drawn`}>
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
          <Graph<GLink, GNode> graph={{ nodes: [...gnodes.values()], links }} linkComponent={NetLink} nodeComponent={NetNodeMark} />
        </svg>
      </div>
    </GraphCtx.Provider>
  );
}

/**
 * The page's font family, once mounted (labels are then measured with it); null before, when labels are
 * sized by estimate as on the server, so the first render in the browser matches the HTML.
 */
function useFontFamily(ref: { current: SVGSVGElement | null }): string | null {
  const [family, setFamily] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && typeof getComputedStyle === 'function') setFamily(getComputedStyle(ref.current).fontFamily || 'sans-serif');
  }, [ref]);
  return family;
}

/** Places the visible nodes' labels (lib/text/labelPlacement.ts) clear of every mark, label and edge of the box. */
function useLabelPlacement(visible: GNode[], box: { width: number; height: number }, size: ReturnType<typeof netSizes>, family: string | null, priority: (g: GNode) => number): Map<string, PlacedLabel> {
  const key = visible.map((g) => `${g.id}:${g.sx}:${g.sy}:${g.selected ? 1 : 0}:${g.faded ? 1 : 0}`).join('|');
  const latest = useRef({ visible, priority });
  latest.current = { visible, priority };
  return useMemo(() => {
    const { visible: vs, priority: pr } = latest.current;
    const marks: Rect[] = vs.map((g) => {
      const h = g.disputed ? g.half + 4 : g.half;
      return { x: g.sx - h - 1, y: g.sy - h - 1, w: 2 * h + 2, h: 2 * h + 2 };
    });
    const requests: LabelRequest[] = vs.map((g) => {
      const bold = g.node.kind === 'faction';
      const w = Math.ceil(textWidth(g.text, g.font, bold, family ?? undefined)) + 6;
      return { id: g.id, x: g.sx, y: g.sy, r: (g.disputed ? g.half + 4 : g.half) + 1, w, h: Math.ceil(g.font * 1.3), priority: pr(g) };
    });
    return placeLabels(requests, marks, { x: 2, y: 2, w: box.width - 4, h: box.height - 4 });
  }, [key, box.width, box.height, size.font, family]); // eslint-disable-line react-hooks/exhaustive-deps
}

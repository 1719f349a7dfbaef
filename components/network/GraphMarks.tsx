/** The graph's marks: its CSS, the lines, their wide hit strokes and the nodes with their labels, with the handlers they share through a context. */
'use client';
import { createContext, memo, useCallback, useContext, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatYears } from '@/lib/data/stats';
import { fateYears } from '@/lib/network/network';
import { linkPath, round, type GraphLink, type GraphNode } from '@/lib/network/graphData';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK } from './styles';

/** The encodings as CSS inside the SVG (one source, styles.ts; kept in PNG/SVG exports; cheap to mount). */
export const GRAPH_CSS = [
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

/** Handlers only, stable for the life of the graph, so a year step re-renders just the marks that change. */
export interface Ctx {
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  startDrag: (id: string, e: PointerEvent) => void;
  moveDrag: (id: string, e: PointerEvent) => void;
  endDrag: (id: string) => void;
  onFocusNode: (id: string) => void;
  /** The drawn paths of each line, by relation id, for the graph to write their curves. */
  paths: Map<string, Set<SVGPathElement>>;
}

export const GraphCtx = createContext<Ctx | null>(null);
const useCtx = () => useContext(GraphCtx) as Ctx;

/**
 * The wide, invisible stroke that makes a thin line easy to click. It is drawn from a deferred copy of the
 * lines (useDeferredValue), so a year step paints the visible graph first and moves these in the moment after.
 */
export const HitLayer = memo(function HitLayer({ links }: { links: readonly GraphLink[] }) {
  const { onSelectEdge } = useCtx();
  return (
    <g className="net-hits">
      {links.filter((l) => l.active).map((l) => <path key={l.rel.id} d={linkPath(l)} className="e-hit" data-hit={l.rel.id} onClick={() => onSelectEdge(l.rel.id)} />)}
    </g>
  );
});

export const NetLink = memo(function NetLink({ link }: { link: GraphLink }) {
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

export const NetNodeMark = memo(function NetNodeMark({ node: g }: { node: GraphNode }) {
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
  const off = (g: GraphNode) => (g.label ? `${round(g.label.x - g.sx)},${round(g.label.y - g.sy)},${g.label.w}` : '');
  return x.node === y.node && x.status === y.status && x.visible === y.visible && x.selected === y.selected && x.faded === y.faded &&
    off(x) === off(y) && x.font === y.font && x.disputed === y.disputed && x.leader === y.leader && x.r === y.r && x.half === y.half && x.text === y.text;
});

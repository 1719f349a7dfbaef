'use client';
import { createContext, memo, useContext, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Graph } from '@visx/network';
import type { NetNode, NetRelation, Snapshot } from '@/lib/network';
import type { Positions } from '@/lib/layout';
import { LAYOUT_SIZE } from '@/lib/layout';
import { formatYears } from '@/lib/stats';
import { fateYears } from '@/lib/network';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK, shortName } from './styles';

/** The encodings as CSS inside the SVG (one source, styles.ts; kept in PNG/SVG exports; cheap to mount). */
const GRAPH_CSS = [
  '.net-svg .e-hit{fill:none;stroke:transparent;stroke-width:10px;cursor:pointer}',
  '.net-svg .e-on{stroke:var(--focus)!important}',
  ...Object.entries(EDGE_STYLES).map(([t, s]) => `.net-svg .e-${t}{fill:none;stroke:${s.colour};stroke-width:${s.width}px${s.dash ? `;stroke-dasharray:${s.dash}` : ''}}.net-svg .e-${t}.e-on{stroke-width:${s.width + 2}px}`),
  '.net-svg .net-node{cursor:pointer;touch-action:none}',
  '.net-svg .n-shape{stroke:var(--fg)}',
  '.net-svg .n-person{fill:var(--bg);stroke-width:2px}',
  ...Object.entries(FACTION_FILL).map(([k, c]) => `.net-svg .n-${k}{fill:${c};stroke-width:1.5px}`),
  '.net-svg .selected .n-shape{stroke:var(--focus);stroke-width:4px}',
  '.net-svg .ended .n-shape{stroke-dasharray:3 2}',
  '.net-svg .fate-mark{fill:var(--fg);font-size:11px}',
  '.net-svg .n-label{fill:var(--fg);font-size:11px;paint-order:stroke;stroke:var(--bg);stroke-width:3px;cursor:pointer}',
  '.net-svg .n-label-faction{font-size:12px;font-weight:700}',
  // disputed between documents: a dashed ring round the node, a dashed halo along the edge (with a "?" in the label)
  '.net-svg .e-disputed{fill:none;stroke:var(--accent);stroke-width:7px;stroke-dasharray:2 5;stroke-opacity:.55;pointer-events:none}',
  '.net-svg .n-disputed{fill:none;stroke:var(--accent);stroke-width:2px;stroke-dasharray:3 2}',
].join('');

interface GNode { id: string; x: number; y: number; node: NetNode; status: string | undefined; visible: boolean; selected: boolean; faded: boolean; disputed: boolean }
interface GLink { source: GNode; target: GNode; rel: NetRelation; bend: number; active: boolean; on: boolean; dim: boolean; disputed: boolean }

interface Props {
  nodes: readonly NetNode[];
  /** Every relation of every year (the active ones are in snap.edges). */
  relations: readonly NetRelation[];
  /** Node and relation ids that documents disagree about. */
  disputed?: ReadonlySet<string>;
  positions: Positions;
  snap: Snapshot;
  selectedNode: string | null;
  selectedEdge: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  pins: Positions;
  onPin: (id: string, x: number, y: number) => void;
  /** Part of the layout to show (slides zoom to the nodes they draw); the whole layout by default. */
  viewBox?: string;
}

/** Handlers only, stable for the life of the graph, so a year step re-renders just the marks that change. */
interface Ctx {
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  startDrag: (id: string, e: PointerEvent) => void;
  moveDrag: (id: string, e: PointerEvent) => void;
  endDrag: (id: string) => void;
}

const GraphCtx = createContext<Ctx | null>(null);
const NONE: ReadonlySet<string> = new Set();
const useCtx = () => useContext(GraphCtx) as Ctx;

const NetLink = memo(function NetLink({ link }: { link: GLink }) {
  const { onSelectEdge } = useCtx();
  // an edge that has been drawn once stays in the DOM, hidden while inactive: a year step flips an
  // attribute instead of building and tearing down elements
  const [seen, setSeen] = useState(link.active);
  if (link.active && !seen) setSeen(true);
  if (!link.active && !seen) return null;
  const st = EDGE_STYLES[link.rel.type];
  const { x: x1, y: y1 } = link.source;
  const { x: x2, y: y2 } = link.target;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const cx = (x1 + x2) / 2 + (-(y2 - y1) / len) * link.bend;
  const cy = (y1 + y2) / 2 + ((x2 - x1) / len) * link.bend;
  const d = `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
  return (
    <g className="net-edge" data-edge={link.rel.id} data-type={link.rel.type} data-active={link.active ? 'true' : 'false'} data-disputed={link.disputed ? 'true' : undefined}
      display={link.active ? undefined : 'none'} opacity={link.dim ? 0.2 : 1} onClick={() => onSelectEdge(link.rel.id)}>
      <path d={d} className="e-hit" />
      {link.disputed && <path d={d} className="e-disputed" />}
      <path d={d} className={`e-${link.rel.type}${link.on ? ' e-on' : ''}`} markerEnd={st.arrow ? `url(#arrow-${link.rel.type})` : undefined} />
      <title>{`${link.source.node.name} ${st.label} ${link.target.node.name}, ${link.rel.undated ? 'undated' : formatYears(link.rel.start, link.rel.end, link.rel.dating)}${link.disputed ? ' (disputed between documents)' : ''}`}</title>
    </g>
  );
}, (a, b) => {
  const x = a.link;
  const y = b.link;
  return x.rel === y.rel && x.disputed === y.disputed && x.active === y.active && x.on === y.on && x.dim === y.dim && x.bend === y.bend &&
    x.source.x === y.source.x && x.source.y === y.source.y && x.target.x === y.target.x && x.target.y === y.target.y;
});

const NetNodeMark = memo(function NetNodeMark({ node: g }: { node: GNode }) {
  const { onSelectNode, startDrag, moveDrag, endDrag } = useCtx();
  const { node, status, selected, faded } = g;
  if (!g.visible) return null;
  const fate = node.person?.fate;
  const label = `${node.name}, ${node.kind}${status === 'dead' ? `, ${fate?.replace(/_/g, ' ')} ${node.person ? fateYears(node.person) : node.last}` : ''}${status === 'ended' ? `, ended ${node.last}` : ''}${g.disputed ? ', disputed' : ''}`;
  const key = (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelectNode(node.id); } };
  // the label is drawn beside the button, not inside it: a label shortened for the eye is then not part of
  // the button's text, whose accessible name is the full name (WCAG 2.5.3, label in name)
  return (
    <>
      <g className={`net-node${selected ? ' selected' : ''}${status === 'ended' ? ' ended' : ''}`} data-node={node.id} data-kind={node.kind} data-status={status} tabIndex={0} role="button"
        aria-label={label} aria-pressed={selected} opacity={faded ? 0.38 : 1}
        onKeyDown={key} onPointerDown={(e) => startDrag(node.id, e)} onPointerMove={(e) => moveDrag(node.id, e)} onPointerUp={() => endDrag(node.id)}>
        {node.kind === 'faction'
          ? <rect x={-11} y={-11} width={22} height={22} rx={4} className={`n-shape n-${node.faction?.kind ?? 'party'}`} />
          : <circle r={8} className="n-shape n-person" />}
        {g.disputed && (node.kind === 'faction' ? <rect x={-15} y={-15} width={30} height={30} rx={6} className="n-disputed" /> : <circle r={12} className="n-disputed" />)}
        {status === 'dead' && fate && FATE_MARK[fate] && <text className="fate-mark" textAnchor="middle" dy="0.35em" aria-hidden="true">{FATE_MARK[fate]}</text>}
      </g>
      <text x={node.kind === 'faction' ? 14 : 11} dy="0.35em" className={node.kind === 'faction' ? 'n-label n-label-faction' : 'n-label'} aria-hidden="true"
        data-label-for={node.id} opacity={faded ? 0.38 : 1} onClick={() => onSelectNode(node.id)}>{shortName(node.name, node.kind)}</text>
    </>
  );
}, (a, b) => {
  const x = a.node;
  const y = b.node;
  return x.node === y.node && x.status === y.status && x.visible === y.visible && x.selected === y.selected && x.faded === y.faded;
});

/**
 * Nodes and typed edges at one year; positions come from the build-time layout (or a drag pin).
 * Every node is passed to visx in the same order every year (absent ones draw nothing), so React keeps
 * each node's element, and keyboard focus, as the year changes.
 */
export function NetworkGraph({ nodes, relations, disputed = NONE, positions, snap, selectedNode, selectedEdge, onSelectNode, onSelectEdge, pins, onPin, viewBox }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; moved: boolean } | null>(null);
  const touched = new Set(selectedNode ? snap.edges.filter((r) => r.from === selectedNode || r.to === selectedNode).flatMap((r) => [r.from, r.to]) : []);
  const gnodes = new Map<string, GNode>();
  for (const n of nodes) {
    const status = snap.status.get(n.id);
    const selected = selectedNode === n.id;
    const gone = status === 'dead' || status === 'ended';
    gnodes.set(n.id, {
      id: n.id, ...(pins[n.id] ?? positions[n.id] ?? { x: 0, y: 0 }), node: n, status, selected,
      visible: snap.visible.has(n.id), faded: gone || (selectedNode !== null && !selected && !touched.has(n.id)), disputed: disputed.has(n.id),
    });
  }
  // every relation, in a fixed order, so React keeps each edge's element; inactive ones draw nothing.
  // Several relations between one pair are drawn as separate curves.
  const activeIds = new Set(snap.edges.map((r) => r.id));
  const pairCount = new Map<string, number>();
  const links: GLink[] = [];
  for (const r of relations) {
    const s = gnodes.get(r.from);
    const t = gnodes.get(r.to);
    if (!s || !t) continue;
    const active = activeIds.has(r.id) && s.visible && t.visible;
    let bend = 0;
    if (active) {
      const key = r.from < r.to ? `${r.from}|${r.to}` : `${r.to}|${r.from}`;
      const i = pairCount.get(key) ?? 0;
      pairCount.set(key, i + 1);
      bend = i === 0 ? 0 : (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 16;
    }
    links.push({ source: s, target: t, rel: r, bend, active, on: selectedEdge === r.id, dim: selectedNode !== null && r.from !== selectedNode && r.to !== selectedNode, disputed: disputed.has(r.id) });
  }
  const toSvg = (e: PointerEvent) => {
    const m = svgRef.current?.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: Math.round(p.x), y: Math.round(p.y) };
  };
  // handlers read the latest props and state through a ref, so the context value never changes
  const latest = useRef({ drag, onSelectNode, onSelectEdge, onPin, toSvg });
  latest.current = { drag, onSelectNode, onSelectEdge, onPin, toSvg };
  const ctx = useMemo<Ctx>(() => ({
    onSelectNode: (id) => latest.current.onSelectNode(id),
    onSelectEdge: (id) => latest.current.onSelectEdge(id),
    startDrag: (id, e) => { (e.target as Element).setPointerCapture?.(e.pointerId); setDrag({ id, moved: false }); },
    moveDrag: (id, e) => {
      const { drag: d, toSvg: conv, onPin: pin } = latest.current;
      if (d?.id !== id) return;
      const p = conv(e);
      if (!p) return;
      pin(id, p.x, p.y);
      if (!d.moved) setDrag({ id, moved: true });
    },
    endDrag: (id) => { const d = latest.current.drag; if (d?.id === id && !d.moved) latest.current.onSelectNode(id); setDrag(null); },
  }), []);
  const visibleCount = [...gnodes.values()].filter((g) => g.visible).length;
  const shown = links.filter((l) => l.active).length;
  return (
    <GraphCtx.Provider value={ctx}>
      <svg ref={svgRef} className="net-svg" viewBox={viewBox ?? `0 0 ${LAYOUT_SIZE.width} ${LAYOUT_SIZE.height}`} role="group"
        aria-label={`Network in ${snap.year}: ${visibleCount} people and factions, ${shown} relations`}>
        <style>{GRAPH_CSS}</style>
        <defs>
          {Object.entries(EDGE_STYLES).filter(([, s]) => s.arrow).map(([type, s]) => (
            <marker key={type} id={`arrow-${type}`} viewBox="0 0 10 10" refX="20" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" style={{ fill: s.colour }} />
            </marker>
          ))}
        </defs>
        <Graph<GLink, GNode> graph={{ nodes: [...gnodes.values()], links }} linkComponent={NetLink} nodeComponent={NetNodeMark} />
      </svg>
    </GraphCtx.Provider>
  );
}

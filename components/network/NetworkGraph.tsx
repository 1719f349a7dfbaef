'use client';
import { createContext, useContext, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Graph } from '@visx/network';
import type { NetNode, Snapshot } from '@/lib/network';
import type { Positions } from '@/lib/layout';
import { LAYOUT_SIZE } from '@/lib/layout';
import type { RelationRow } from '@/lib/schema';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK, shortName } from './styles';

interface GNode { id: string; x: number; y: number; node: NetNode }
interface GLink { source: GNode; target: GNode; rel: RelationRow; bend: number }

interface Props {
  nodes: readonly NetNode[];
  positions: Positions;
  snap: Snapshot;
  selectedNode: string | null;
  selectedEdge: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  pins: Positions;
  onPin: (id: string, x: number, y: number) => void;
}

interface Ctx {
  snap: Snapshot;
  selectedNode: string | null;
  selectedEdge: string | null;
  touched: ReadonlySet<string>;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  startDrag: (id: string, e: PointerEvent) => void;
  moveDrag: (id: string, e: PointerEvent) => void;
  endDrag: (id: string) => void;
}

const GraphCtx = createContext<Ctx | null>(null);
const useCtx = () => useContext(GraphCtx) as Ctx;

function NetLink({ link }: { link: GLink }) {
  const { selectedEdge, selectedNode, onSelectEdge } = useCtx();
  const st = EDGE_STYLES[link.rel.type];
  const { x: x1, y: y1 } = link.source;
  const { x: x2, y: y2 } = link.target;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const cx = (x1 + x2) / 2 + (-(y2 - y1) / len) * link.bend;
  const cy = (y1 + y2) / 2 + ((x2 - x1) / len) * link.bend;
  const d = `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
  const on = selectedEdge === link.rel.id;
  const dim = selectedNode !== null && link.rel.from !== selectedNode && link.rel.to !== selectedNode;
  return (
    <g className="net-edge" data-edge={link.rel.id} data-type={link.rel.type} opacity={dim ? 0.2 : 1} onClick={() => onSelectEdge(link.rel.id)}>
      <path d={d} fill="none" stroke="transparent" strokeWidth={10} style={{ cursor: 'pointer' }} />
      <path d={d} fill="none" strokeDasharray={st.dash} strokeWidth={on ? st.width + 2 : st.width}
        markerEnd={st.arrow ? `url(#arrow-${link.rel.type})` : undefined} style={{ stroke: on ? 'var(--focus)' : st.colour }} />
      <title>{`${link.source.node.name} ${st.label} ${link.target.node.name}, ${link.rel.start}`}</title>
    </g>
  );
}

function NetNodeMark({ node: g }: { node: GNode }) {
  const { snap, selectedNode, touched, onSelectNode, startDrag, moveDrag, endDrag } = useCtx();
  const { node } = g;
  if (!snap.visible.has(node.id)) return null;
  const status = snap.status.get(node.id);
  const gone = status === 'dead' || status === 'ended';
  const selected = selectedNode === node.id;
  const faded = gone || (selectedNode !== null && !selected && !touched.has(node.id));
  const fate = node.person?.fate;
  const label = `${node.name}, ${node.kind}${status === 'dead' ? `, ${fate?.replace(/_/g, ' ')} ${node.last}` : ''}${status === 'ended' ? `, ended ${node.last}` : ''}`;
  const key = (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelectNode(node.id); } };
  return (
    <g className="net-node" data-node={node.id} data-kind={node.kind} data-status={status} tabIndex={0} role="button"
      aria-label={label} aria-pressed={selected} opacity={faded ? 0.38 : 1} style={{ cursor: 'pointer', touchAction: 'none' }}
      onKeyDown={key} onPointerDown={(e) => startDrag(node.id, e)} onPointerMove={(e) => moveDrag(node.id, e)} onPointerUp={() => endDrag(node.id)}>
      {node.kind === 'faction'
        ? <rect x={-11} y={-11} width={22} height={22} rx={4} style={{ fill: FACTION_FILL[node.faction?.kind ?? 'party'], stroke: selected ? 'var(--focus)' : 'var(--fg)', strokeWidth: selected ? 4 : 1.5, strokeDasharray: status === 'ended' ? '3 2' : undefined }} />
        : <circle r={8} style={{ fill: 'var(--bg)', stroke: selected ? 'var(--focus)' : 'var(--fg)', strokeWidth: selected ? 4 : 2 }} />}
      {status === 'dead' && fate && FATE_MARK[fate] && <text className="fate-mark" textAnchor="middle" dy="0.35em" fontSize={11} style={{ fill: 'var(--fg)' }}>{FATE_MARK[fate]}</text>}
      <text x={node.kind === 'faction' ? 14 : 11} dy="0.35em" fontSize={node.kind === 'faction' ? 12 : 11} fontWeight={node.kind === 'faction' ? 700 : 400}
        style={{ fill: 'var(--fg)', paintOrder: 'stroke', stroke: 'var(--bg)', strokeWidth: 3 }}>{shortName(node.name, node.kind)}</text>
    </g>
  );
}

/**
 * Nodes and typed edges at one year; positions come from the build-time layout (or a drag pin).
 * Every node is passed to visx in the same order every year (absent ones draw nothing), so React keeps
 * each node's element, and keyboard focus, as the year changes.
 */
export function NetworkGraph({ nodes, positions, snap, selectedNode, selectedEdge, onSelectNode, onSelectEdge, pins, onPin }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; moved: boolean } | null>(null);
  const gnodes = new Map<string, GNode>();
  for (const n of nodes) gnodes.set(n.id, { id: n.id, ...(pins[n.id] ?? positions[n.id] ?? { x: 0, y: 0 }), node: n });
  // several relations between one pair are drawn as separate curves
  const pairCount = new Map<string, number>();
  const links: GLink[] = [];
  for (const r of snap.edges) {
    const s = gnodes.get(r.from);
    const t = gnodes.get(r.to);
    if (!s || !t || !snap.visible.has(r.from) || !snap.visible.has(r.to)) continue;
    const key = [r.from, r.to].sort().join('|');
    const i = pairCount.get(key) ?? 0;
    pairCount.set(key, i + 1);
    links.push({ source: s, target: t, rel: r, bend: i === 0 ? 0 : (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 16 });
  }
  const touched = new Set(selectedNode ? snap.edges.filter((r) => r.from === selectedNode || r.to === selectedNode).flatMap((r) => [r.from, r.to]) : []);
  const toSvg = (e: PointerEvent) => {
    const m = svgRef.current?.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: Math.round(p.x), y: Math.round(p.y) };
  };
  const ctx: Ctx = {
    snap, selectedNode, selectedEdge, touched, onSelectNode, onSelectEdge,
    startDrag: (id, e) => { (e.target as Element).setPointerCapture?.(e.pointerId); setDrag({ id, moved: false }); },
    moveDrag: (id, e) => {
      if (drag?.id !== id) return;
      const p = toSvg(e);
      if (!p) return;
      onPin(id, p.x, p.y);
      if (!drag.moved) setDrag({ id, moved: true });
    },
    endDrag: (id) => { if (drag?.id === id && !drag.moved) onSelectNode(id); setDrag(null); },
  };
  const visibleCount = [...gnodes.keys()].filter((id) => snap.visible.has(id)).length;
  return (
    <GraphCtx.Provider value={ctx}>
      <svg ref={svgRef} className="net-svg" viewBox={`0 0 ${LAYOUT_SIZE.width} ${LAYOUT_SIZE.height}`} role="group"
        aria-label={`Network in ${snap.year}: ${visibleCount} people and factions, ${links.length} relations`}>
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

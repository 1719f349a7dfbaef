/**
 * Force-directed layout of the whole network (every node and relation of every year), computed once at
 * build time so that nodes keep their place as the year changes and every load draws the same picture.
 * d3-force is deterministic for a given input order (phyllotaxis start, fixed-seed jiggle); nodes and
 * links are sorted by id first, so the row order of the CSVs does not matter either.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutInput {
  nodes: readonly { id: string; kind: 'person' | 'faction' }[];
  links: readonly { from: string; to: string; type: string }[];
}

export type Positions = Record<string, { x: number; y: number }>;

export const LAYOUT_SIZE = { width: 1000, height: 720, pad: 40 } as const;

const STRENGTH: Record<string, number> = { member_of: 0.5, led: 0.5, allied: 0.3, bloc: 0.3 };

export function computeLayout(input: LayoutInput, ticks = 400): Positions {
  type N = SimulationNodeDatum & { id: string; kind: string };
  const nodes: N[] = [...input.nodes].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ id: n.id, kind: n.kind }));
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const links = [...input.links]
    .filter((l) => ids.has(l.from) && ids.has(l.to) && l.from !== l.to)
    .sort((a, b) => `${a.from}|${a.to}|${a.type}`.localeCompare(`${b.from}|${b.to}|${b.type}`))
    .filter((l) => { const k = [l.from, l.to].sort().join('|'); if (seen.has(k)) return false; seen.add(k); return true; })
    .map((l) => ({ source: l.from, target: l.to, type: l.type }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<N, { source: string; target: string; type: string }>(links).id((d) => d.id)
      .distance((l) => (l.type === 'member_of' || l.type === 'led' ? 70 : 120))
      .strength((l) => STRENGTH[l.type] ?? 0.1))
    .force('charge', forceManyBody<N>().strength((d) => (d.kind === 'faction' ? -700 : -300)))
    .force('collide', forceCollide<N>((d) => (d.kind === 'faction' ? 46 : 30)))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.06))
    .stop();
  sim.tick(ticks);
  // fit into the drawing box
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const { width, height, pad } = LAYOUT_SIZE;
  const k = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1));
  const out: Positions = {};
  for (const n of nodes) {
    out[n.id] = {
      x: Math.round((pad + ((n.x ?? 0) - x0) * k + (width - 2 * pad - (x1 - x0) * k) / 2) * 10) / 10,
      y: Math.round((pad + ((n.y ?? 0) - y0) * k + (height - 2 * pad - (y1 - y0) * k) / 2) * 10) / 10,
    };
  }
  return out;
}

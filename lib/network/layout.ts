/**
 * The network's layout, one per year, computed at build time: each year's force layout starts from the
 * previous year's positions and is held near them (the reader's mental map), members are pulled into
 * their faction's region, the dead stay where they fell, and the year's nodes are fitted to the whole box.
 * d3-force is deterministic for a given input order; nodes and links are sorted by id first, and new nodes
 * start at their neighbours' centre with a jitter hashed from their id, so every build draws the same.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { nodeIndex, snapshot, type Network } from './network';

/** Positions in a box; per-year layouts hold them as fractions of the box (0–1). */
export type Positions = Record<string, { x: number; y: number }>;

/**
 * Every year's layout, compactly (it travels to the browser): for each year, the x and y of every node in
 * `ids` order as thousandths of the box, or -1 where the node is not drawn that year.
 */
export interface YearLayouts {
  ids: string[];
  years: Record<number, number[]>;
}

/** The aspects (width / height) layouts are shaped for before they are fitted to a box of any shape. */
export const WIDE = 1.5;
export const TALL = 0.75;
const MEMBERSHIP = new Set(['member_of', 'led']);
/** Movement (thousandths of the box) under which a node stays exactly where it was. */
const STILL = 20;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

type N = SimulationNodeDatum & { id: string; kind: 'person' | 'faction'; ax?: number; ay?: number };

/** Lays out every year of the span, `ticks` steps of the simulation per year. */
export interface LayoutOptions {
  /** Width / height the layout is shaped for: wide for a page or a slide, tall for a phone. */
  aspect?: number;
  ticks?: number;
  /** How strongly a node is held at last year's place. */
  anchor?: number;
  charge?: number;
  /** How far the repulsion reaches, in layout units (the box is about 1000 across). */
  reach?: number;
  /** How far past the box's edge (as a share of it) a node may be pushed before it is held. */
  wall?: number;
  /** Pull of every node towards the middle of the box. */
  gravity?: number;
  /** Room kept round a person (a faction gets 40% more), in layout units: space for the labels. */
  room?: number;
  /** The simulation's heat at the start of each later year (the first year starts at 1). */
  heat?: number;
  /** Most the median node may move from one year to the next, as a share of the box's diagonal. */
  maxMove?: number;
}

export function layoutYears(network: Network, opts: LayoutOptions = {}): YearLayouts {
  const { aspect = WIDE, ticks = 260, anchor = 0.15, charge = 600, reach = 300, wall = 0.1, heat = 0.6, maxMove = 0.06, gravity = 0.04, room = 34 } = opts;
  const BOX = { w: 1000 * Math.sqrt(aspect), h: 1000 / Math.sqrt(aspect) };
  const index = nodeIndex(network);
  const ids = [...network.nodes.map((n) => n.id)].sort();
  const prev = new Map<string, { x: number; y: number }>();
  const years: Record<number, number[]> = {};
  // the first year is laid out twice: freely, then inside the box like every later year
  const order = [network.span[0]];
  for (let year = network.span[0]; year <= network.span[1]; year++) order.push(year);
  order.forEach((year, step) => {
    const snap = snapshot(network, year, undefined, index);
    const here = ids.filter((id) => snap.visible.has(id));
    const links = dedupe(snap.edges.map((r) => ({ source: r.from, target: r.to, type: r.type })));
    const nodes: N[] = here.map((id) => {
      const p = prev.get(id);
      const kind = index.get(id)?.kind ?? 'person';
      const gone = snap.status.get(id) === 'dead' || snap.status.get(id) === 'ended';
      // the dead and the ended stay where they were
      return p ? { id, kind, x: p.x, y: p.y, ax: p.x, ay: p.y, ...(gone ? { fx: p.x, fy: p.y } : {}) } : { id, kind };
    });
    placeNewcomers(nodes, links, BOX, aspect);
    const sim = forceSimulation(nodes)
      .force('link', forceLink<N, { source: string; target: string; type: string }>(links).id((d) => d.id)
        .distance((l) => (MEMBERSHIP.has(l.type) ? 35 : 150))
        .strength((l) => (MEMBERSHIP.has(l.type) ? 0.9 : 0.06)))
      .force('charge', forceManyBody<N>().strength((d) => (d.kind === 'faction' ? -3 * charge : -charge)).distanceMax(reach))
      .force('collide', forceCollide<N>((d) => (d.kind === 'faction' ? room * 1.4 : room)).strength(0.9))
      // held near last year's place; newcomers only drift to the middle
      .force('ax', forceX<N>((d) => d.ax ?? BOX.w / 2).strength((d) => (d.ax === undefined ? 0.02 : anchor)))
      .force('ay', forceY<N>((d) => d.ay ?? BOX.h / 2).strength((d) => (d.ay === undefined ? 0.02 * aspect : anchor)))
      // every part of the year's network is drawn towards the middle, so small parts do not drift to the corners
      .force('gx', forceX<N>(BOX.w / 2).strength(step === 0 ? 0.1 : gravity))
      .force('gy', forceY<N>(BOX.h / 2).strength((step === 0 ? 0.1 : gravity) * aspect))
      .stop();
    // a warm start: the old nodes are settled, only the newcomers need the heat
    if (step > 0) sim.alpha(heat);
    for (let t = 0; t < (step === 0 ? ticks * 2 : ticks); t++) {
      sim.tick();
      // the box is the world: the year's nodes share it instead of pushing the old ones out of view
      if (step > 0 && wall > 0) for (const d of nodes) { d.x = clamp(d.x ?? 0, -wall * BOX.w, (1 + wall) * BOX.w); d.y = clamp(d.y ?? 0, -wall * BOX.h, (1 + wall) * BOX.h); }
    }
    // the warm-up is only centred, not stretched, so the first year starts from the simulation's own spacing
    const fitted = fit(ids, nodes, BOX, step === 0 ? 1 : MAX_STRETCH);
    // the mental map, enforced: where the year's changes would move the median node too far, each node that
    // was there last year is drawn back along its path (newcomers keep their places)
    const paths = ids.flatMap((id, i) => {
      const p = prev.get(id);
      return p && fitted[2 * i] >= 0 ? [{ i, px: (p.x / BOX.w) * 1000, py: (p.y / BOX.h) * 1000 }] : [];
    });
    const lengths = paths.map(({ i, px, py }) => Math.hypot(((fitted[2 * i] - px) / 1000) * BOX.w, ((fitted[2 * i + 1] - py) / 1000) * BOX.h)).sort((a, b) => a - b);
    const median = lengths.length ? lengths[Math.floor(lengths.length / 2)] / Math.hypot(BOX.w, BOX.h) : 0;
    if (step > 1 && median > maxMove) {
      const f = maxMove / median;
      for (const { i, px, py } of paths) {
        fitted[2 * i] = Math.round(px + (fitted[2 * i] - px) * f);
        fitted[2 * i + 1] = Math.round(py + (fitted[2 * i + 1] - py) * f);
      }
    }
    // a node that would move less than STILL of the box keeps its place exactly: no jitter, and nothing to redraw
    if (step > 1) {
      for (const { i, px, py } of paths) {
        if (Math.abs(fitted[2 * i] - px) < STILL && Math.abs(fitted[2 * i + 1] - py) < STILL) { fitted[2 * i] = Math.round(px); fitted[2 * i + 1] = Math.round(py); }
      }
    }
    years[year] = fitted;
    ids.forEach((id, i) => { if (fitted[2 * i] >= 0) prev.set(id, { x: (fitted[2 * i] / 1000) * BOX.w, y: (fitted[2 * i + 1] / 1000) * BOX.h }); });
  });
  return { ids, years };
}

function dedupe<L extends { source: string; target: string; type: string }>(links: L[]): L[] {
  const seen = new Map<string, L>();
  for (const l of [...links].sort((a, b) => `${a.source}|${a.target}|${a.type}`.localeCompare(`${b.source}|${b.target}|${b.type}`))) {
    if (l.source === l.target) continue;
    const k = [l.source, l.target].sort().join('|');
    const had = seen.get(k);
    // a membership holds a pair closer than any other tie: keep it when a pair has several
    if (!had || (MEMBERSHIP.has(l.type) && !MEMBERSHIP.has(had.type))) seen.set(k, l);
  }
  return [...seen.values()];
}

/** A node new this year starts at the centre of its placed neighbours (its faction first), else near the middle. */
function placeNewcomers(nodes: N[], links: { source: string; target: string; type: string }[], BOX: { w: number; h: number }, aspect: number) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (let pass = 0; pass < 3; pass++) {
    for (const n of nodes) {
      if (n.x !== undefined) continue;
      const near = links.filter((l) => l.source === n.id || l.target === n.id)
        .sort((a, b) => Number(MEMBERSHIP.has(b.type)) - Number(MEMBERSHIP.has(a.type)))
        .map((l) => byId.get(l.source === n.id ? l.target : l.source))
        .filter((m): m is N => m?.x !== undefined && m.y !== undefined);
      if (!near.length && pass < 2) continue;
      const a = hash(n.id) * Math.PI * 2;
      const cx = near.length ? near.reduce((s, m) => s + (m.x ?? 0), 0) / near.length : BOX.w / 2;
      const cy = near.length ? near.reduce((s, m) => s + (m.y ?? 0), 0) / near.length : BOX.h / 2;
      const r = near.length ? 40 : 100 + 250 * hash(`${n.id}#r`);
      n.x = cx + Math.cos(a) * r * aspect;
      n.y = cy + (Math.sin(a) * r) / Math.sqrt(aspect);
    }
  }
}

/**
 * The year's nodes stretched to fill the box (0–1000 on each axis), each axis at most `most` times its size
 * in the simulation.
 */
const MAX_STRETCH = 8;

function fit(ids: string[], nodes: N[], box: { w: number; h: number }, most: number): number[] {
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.min(box.w / Math.max(x1 - x0, 1e-9), most) / box.w;
  const ky = Math.min(box.h / Math.max(y1 - y0, 1e-9), most) / box.h;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const out: number[] = [];
  for (const id of ids) {
    const n = at.get(id);
    if (!n) { out.push(-1, -1); continue; }
    out.push(Math.round((0.5 + ((n.x ?? 0) - (x0 + x1) / 2) * kx) * 1000), Math.round((0.5 + ((n.y ?? 0) - (y0 + y1) / 2) * ky) * 1000));
  }
  return out;
}

/** A wide layout for pages and slides, a tall one for phones: the same method, shaped for the box. */
export interface NetworkLayouts { wide: YearLayouts; tall: YearLayouts }

export function layoutNetwork(network: Network): NetworkLayouts {
  return { wide: layoutYears(network), tall: layoutYears(network, { aspect: TALL }) };
}

/** The layout shaped for a box: the tall one when the box is taller than it is wide (give or take). */
export function layoutFor(layouts: NetworkLayouts, box: { width: number; height: number }): YearLayouts {
  return box.width < box.height * 1.1 ? layouts.tall : layouts.wide;
}

/** One year's positions as fractions of the box (0–1); absent nodes are left out. */
export function positionsAt(layouts: YearLayouts, year: number): Positions {
  const xy = layouts.years[year] ?? layouts.years[Math.max(...Object.keys(layouts.years).map(Number).filter((y) => y <= year))] ?? [];
  const out: Positions = {};
  layouts.ids.forEach((id, i) => {
    if (xy[2 * i] >= 0) out[id] = { x: xy[2 * i] / 1000, y: xy[2 * i + 1] / 1000 };
  });
  return out;
}

/** Median movement, as a share of the box diagonal, of the nodes drawn in both of two consecutive years. */
export function medianMove(layouts: YearLayouts, year: number, width = WIDE, height = 1): number | undefined {
  const a = positionsAt(layouts, year - 1);
  const b = positionsAt(layouts, year);
  const moves = Object.keys(b).filter((id) => a[id]).map((id) => Math.hypot((b[id].x - a[id].x) * width, (b[id].y - a[id].y) * height)).sort((p, q) => p - q);
  if (!moves.length) return undefined;
  return moves[Math.floor(moves.length / 2)] / Math.hypot(width, height);
}

/**
 * The storyline of the party struggle, laid out at build time: one line per person across the years, lines
 * grouped into a band per faction while the person is a member, ending at the person's fate; event marks
 * (capitulated, expelled, exiled, arrested, removed, executed) on the lines. Lines are ordered within and
 * between bands to cut crossings with the layered barycentre heuristic (Sugiyama, Tagawa and Toda 1981,
 * as storyline layouts use it: Tanahashi and Ma 2012), sweeping forwards and backwards and keeping the best.
 */
import { FATAL_FATES, nodeIndex, nodeStatus, relationEnd, type NetNode, type NetRelation, type Network } from './network';
import { REGION_TYPES } from './regions';

/** Relations drawn as marks on the line of their `from` person. */
export const STORY_EVENTS = ['capitulated', 'expelled', 'exiled', 'arrested_by', 'removed', 'executed_by'] as const;

export interface StoryPoint {
  year: number;
  /** Faction whose band holds the line that year; null outside every faction. */
  band: string | null;
  /** Vertical place in rows from the top (bands are separated by a gap). */
  y: number;
}

export interface StoryLine {
  id: string;
  name: string;
  points: StoryPoint[];
  fate: string;
  /** The line ends at a fate that ended the life (a mark), or fades out dashed where the end is not known. */
  end: 'fatal' | 'open' | 'dashed';
}

export interface StoryBand { faction: string; year: number; top: number; bottom: number; members: string[] }

export interface StoryEvent { relation: NetRelation; person: string; year: number; y: number }

export interface Storyline {
  years: number[];
  lines: StoryLine[];
  bands: StoryBand[];
  events: StoryEvent[];
  /** Crossings between each year and the next (keyed by the first year). */
  crossings: Record<number, number>;
  /** Rows from top to bottom in the tallest year. */
  rows: number;
  /** People the documents give no year for: they cannot stand on a time axis. */
  undated: string[];
}

/** Gap between two bands, in rows. */
export const BAND_GAP = 0.9;

/** The faction a person stands in at a year: the latest joined of those in force (then by id); none if none. */
function bandsByYear(network: Network, index: Map<string, NetNode>): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  const ms = network.relations.filter((r) => REGION_TYPES.has(r.type) && index.get(r.to)?.kind === 'faction' && index.get(r.from)?.kind === 'person');
  for (const r of ms) {
    const faction = index.get(r.to) as NetNode;
    const end = relationEnd(r, index, network.span);
    for (let y = r.start; y <= end; y++) {
      if (nodeStatus(faction, y) !== 'active') continue;
      const by = out.get(r.from) ?? new Map<number, string>();
      const had = by.get(y);
      const hadStart = had ? Math.max(...ms.filter((m) => m.from === r.from && m.to === had && m.start <= y).map((m) => m.start)) : -Infinity;
      if (!had || r.start > hadStart || (r.start === hadStart && r.to < had)) by.set(y, r.to);
      out.set(r.from, by);
    }
  }
  return out;
}

/** The years a person's line spans, and how it ends. */
function lifespan(node: NetNode, network: Network): { from: number; to: number; end: StoryLine['end'] } {
  const p = node.person;
  const last = Math.max(node.first, ...network.relations.filter((r) => r.from === node.id || r.to === node.id).map((r) => r.end ?? r.start));
  if (p && FATAL_FATES.has(p.fate) && p.fate_year !== undefined) return { from: node.first, to: p.fate_year, end: 'fatal' };
  if (p?.fate === 'survived') return { from: node.first, to: network.span[1], end: 'open' };
  return { from: node.first, to: Math.min(network.span[1], Math.max(last, p?.fate_year ?? last)), end: 'dashed' };
}

/** Pairs of lines in both columns whose order is swapped between them. */
export function countCrossings(a: readonly string[], b: readonly string[]): number {
  const pos = new Map(b.map((id, i) => [id, i]));
  const common = a.filter((id) => pos.has(id)).map((id) => pos.get(id) as number);
  let n = 0;
  for (let i = 0; i < common.length; i++) for (let j = i + 1; j < common.length; j++) if (common[i] > common[j]) n++;
  return n;
}

/** Orders each year's lines: bands as blocks (outside-any-faction last), lines within them, by barycentre. */
export function orderColumns(years: number[], members: Map<number, { id: string; band: string | null }[]>, rounds = 8): Map<number, string[]> {
  const key = (b: string | null) => b ?? '\uffff';
  // start: bands by id, lines by id
  let order = new Map(years.map((y) => [y, [...(members.get(y) ?? [])].sort((a, b) => key(a.band).localeCompare(key(b.band)) || a.id.localeCompare(b.id)).map((m) => m.id)]));
  const total = (o: Map<number, string[]>) => years.slice(1).reduce((s, y, i) => s + countCrossings(o.get(years[i]) ?? [], o.get(y) ?? []), 0);
  let best = order;
  let bestCost = total(order);
  const sweep = (o: Map<number, string[]>, seq: number[], ref: (i: number) => number | undefined) => {
    const next = new Map(o);
    seq.forEach((y, k) => {
      const r = ref(k);
      const refCol = r === undefined ? undefined : next.get(seq[r]);
      const col = members.get(y) ?? [];
      const here = next.get(y) ?? [];
      const mine = new Map(here.map((id, i) => [id, here.length > 1 ? i / (here.length - 1) : 0.5]));
      const refPos = new Map((refCol ?? []).map((id, i) => [id, refCol && refCol.length > 1 ? i / (refCol.length - 1) : 0.5]));
      // a line new to this column keeps its place; the others go to the mean of their neighbour's place and theirs
      const bary = new Map(col.map((m) => [m.id, refPos.has(m.id) ? (refPos.get(m.id) as number) * 0.75 + (mine.get(m.id) ?? 0.5) * 0.25 : mine.get(m.id) ?? 0.5]));
      const bands = new Map<string, { ids: string[]; mean: number }>();
      for (const m of col) {
        const b = bands.get(key(m.band)) ?? { ids: [], mean: 0 };
        b.ids.push(m.id);
        bands.set(key(m.band), b);
      }
      for (const b of bands.values()) b.mean = b.ids.reduce((s, id) => s + (bary.get(id) as number), 0) / b.ids.length;
      const blocks = [...bands.entries()].sort(([ka, a], [kb, b]) => Number(ka === '\uffff') - Number(kb === '\uffff') || a.mean - b.mean || ka.localeCompare(kb));
      next.set(y, blocks.flatMap(([, b]) => b.ids.sort((p, q) => (bary.get(p) as number) - (bary.get(q) as number) || p.localeCompare(q))));
    });
    return next;
  };
  for (let r = 0; r < rounds; r++) {
    order = sweep(order, years, (k) => (k > 0 ? k - 1 : undefined));
    const f = total(order);
    if (f < bestCost) { best = order; bestCost = f; }
    const back = [...years].reverse();
    order = sweep(order, back, (k) => (k > 0 ? k - 1 : undefined));
    const b = total(order);
    if (b < bestCost) { best = order; bestCost = b; }
  }
  return best;
}

export function buildStoryline(network: Network): Storyline {
  const index = nodeIndex(network);
  const bandOf = bandsByYear(network, index);
  const years: number[] = [];
  for (let y = network.span[0]; y <= network.span[1]; y++) years.push(y);
  const people = network.nodes.filter((n) => n.kind === 'person');
  const undated = people.filter((n) => n.first > network.span[1]).map((n) => n.id);
  const spans = new Map(people.filter((n) => n.first <= network.span[1]).map((n) => [n.id, lifespan(n, network)]));
  const members = new Map<number, { id: string; band: string | null }[]>();
  for (const y of years) {
    members.set(y, [...spans].filter(([, s]) => s.from <= y && y <= s.to).map(([id]) => ({ id, band: bandOf.get(id)?.get(y) ?? null })));
  }
  const order = orderColumns(years, members);
  // rows: bands stacked from the top with a gap between them
  const yOf = new Map<string, number>();
  const bands: StoryBand[] = [];
  let rows = 0;
  for (const y of years) {
    let row = 0;
    let prev: string | null | undefined;
    let band: StoryBand | undefined;
    for (const id of order.get(y) ?? []) {
      const b = bandOf.get(id)?.get(y) ?? null;
      if (prev !== undefined && b !== prev) row += BAND_GAP;
      if (b !== prev) {
        band = b ? { faction: b, year: y, top: row, bottom: row, members: [] } : undefined;
        if (band) bands.push(band);
      }
      if (band) { band.members.push(id); band.bottom = row + 1; }
      yOf.set(`${id}|${y}`, row + 0.5);
      row += 1;
      prev = b;
    }
    rows = Math.max(rows, row);
  }
  const lines: StoryLine[] = people.filter((n) => spans.has(n.id)).map((n) => {
    const s = spans.get(n.id) as { from: number; to: number; end: StoryLine['end'] };
    const points = years.filter((y) => s.from <= y && y <= s.to).map((y) => ({ year: y, band: bandOf.get(n.id)?.get(y) ?? null, y: yOf.get(`${n.id}|${y}`) as number }));
    return { id: n.id, name: n.name, points, fate: n.person?.fate ?? 'unknown', end: s.end };
  });
  const events: StoryEvent[] = network.relations
    .filter((r) => (STORY_EVENTS as readonly string[]).includes(r.type) && !r.undated && yOf.has(`${r.from}|${r.start}`))
    .map((r) => ({ relation: r, person: r.from, year: r.start, y: yOf.get(`${r.from}|${r.start}`) as number }))
    .sort((a, b) => a.year - b.year || a.relation.id.localeCompare(b.relation.id));
  const crossings: Record<number, number> = {};
  years.slice(0, -1).forEach((y, i) => { crossings[y] = countCrossings(order.get(y) ?? [], order.get(years[i + 1]) ?? []); });
  return { years, lines, bands, events, crossings, rows, undated };
}

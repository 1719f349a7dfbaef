/**
 * The factional network over time, as pure functions of people.csv, factions.csv and relations.csv:
 * which nodes exist at a year, which relations hold, and what became of each person.
 *
 * Rules (shown on the page):
 * - A lasting relation (member of, led, allied, bloc, opposed) holds from `start` to `end`; when the seed
 *   gives no end it holds until a person at either end dies (a fate that ends a life) or a faction ends,
 *   and at most to the last year of the data.
 * - An event (approached, capitulated, expelled, exiled, removed, arrested by, prosecuted by, organised by, executed by, assassinated by)
 *   is drawn in the years from `start` to `end`, or in its year only.
 * - A person enters the picture with their first dated relation (or the year of their fate) and, after the
 *   year of a fatal fate, stays where they were, faded, with a mark for that fate. A faction appears at its
 *   start and fades after its end. When a seed gives only a range for a fate ("between 1936–8"), the person
 *   acts until the last year of the range.
 * - A family tie has no year in the seeds: it is drawn in the years both relatives are in the picture.
 */
import type { Dataset } from '../data/data';
import { formatYears } from '../data/stats';
import { FATAL_FATES, RELATION_KIND, RELATION_TYPES, UNDATED_RELATION_TYPES, type FactionRow, type PersonRow, type RelationRow } from '../data/schema';
import { byCode, byText } from '../util/compare';

export type RelationType = (typeof RELATION_TYPES)[number];

/** The acts (lib/data/schema.ts RELATION_KIND): drawn in their dated years only. */
export const EVENT_TYPES: ReadonlySet<RelationType> = new Set(RELATION_TYPES.filter((t) => RELATION_KIND[t] === 'act'));

/** A relation as the network draws it: undated family ties get the first year both relatives are present. */
export type NetRelation = RelationRow & { start: number; undated?: true };

export { FATAL_FATES };

export interface NetNode {
  id: string;
  kind: 'person' | 'faction';
  name: string;
  /** First year the node appears. */
  first: number;
  /** Last year the node acts: a fatal fate's year, or a faction's end. */
  last?: number;
  person?: PersonRow;
  faction?: FactionRow;
}

/** The storyline of every year (lib/network/storyline.ts), written at build for the network page's Timeline view to fetch when opened. */
export const STORYLINE_FILE = '/network-storyline.json';

export interface Network {
  nodes: NetNode[];
  relations: NetRelation[];
  span: [number, number];
}

export type NodeStatus = 'absent' | 'active' | 'dead' | 'ended';

export interface Filters {
  /** Relation types to draw; empty means all. */
  types: readonly string[];
  /** Faction ids to restrict to; empty means all. */
  factions: readonly string[];
}

export const NO_FILTERS: Filters = { types: [], factions: [] };

export function buildNetwork(d: Pick<Dataset, 'people' | 'factions' | 'relations'>): Network {
  const firstRel = new Map<string, number>();
  const dated = d.relations.filter((r): r is NetRelation => r.start !== undefined);
  for (const r of dated) {
    for (const id of [r.from, r.to]) firstRel.set(id, Math.min(firstRel.get(id) ?? Infinity, r.start));
  }
  const people: NetNode[] = d.people.map((p) => ({
    id: p.id, kind: 'person', name: p.name, person: p,
    first: Math.min(firstRel.get(p.id) ?? p.fate_year ?? 9999, p.fate_year ?? 9999),
    last: p.fate_year !== undefined && FATAL_FATES.has(p.fate) ? p.fate_year : undefined,
  }));
  const factions: NetNode[] = d.factions.map((f) => ({ id: f.id, kind: 'faction', name: f.name, faction: f, first: f.start, last: f.end }));
  const nodes = [...people, ...factions].sort((a, b) => byCode(a.id, b.id));
  const years = dated.flatMap((r) => [r.start, r.end ?? r.start]);
  const span: [number, number] = [Math.min(...years), Math.max(...years)];
  const first = new Map(nodes.map((x) => [x.id, x.first]));
  const relations: NetRelation[] = [];
  for (const r of d.relations) {
    if (r.start !== undefined) { relations.push(r as NetRelation); continue; }
    if (!UNDATED_RELATION_TYPES.includes(r.type)) continue; // the validator reports it
    const start = Math.max(first.get(r.from) ?? 9999, first.get(r.to) ?? 9999);
    if (start <= span[1]) relations.push({ ...r, start, undated: true });
  }
  return { nodes, relations, span };
}

/** The words of a name without what is in brackets: "Leon (Lev) Sedov" → Leon, Sedov. */
export const nameWords = (name: string) => name.replace(/\(.*?\)/g, '').trim().split(/\s+/);

/** The years of a person's fate as the seed dates them: "1937", "between 1936 and 1938", "by 1940". */
export function fateYears(p: Pick<PersonRow, 'fate_year' | 'fate_year_from' | 'fate_dating'>): string {
  return p.fate_year === undefined ? '' : formatYears(p.fate_year_from ?? p.fate_year, p.fate_year, p.fate_dating);
}

/** The years of a relation as the seed dates them; "undated" for a family tie. */
export function relationYears(r: RelationRow & { undated?: true }): string {
  return r.undated || r.start === undefined ? 'undated' : formatYears(r.start, r.end, r.dating);
}

/** The row as in relations.csv (an undated tie gets back its empty start). */
export function asRelationRow(r: NetRelation): RelationRow {
  if (!r.undated) return r;
  const row: RelationRow = { ...r };
  delete row.start;
  delete (row as { undated?: true }).undated;
  return row;
}

export function nodeIndex(n: Network): Map<string, NetNode> {
  return new Map(n.nodes.map((x) => [x.id, x]));
}

/** Last year a relation is drawn (inclusive). */
export function relationEnd(r: NetRelation, index: Map<string, NetNode>, span: [number, number]): number {
  if (r.end !== undefined) return r.end;
  if (EVENT_TYPES.has(r.type)) return r.start;
  const lasts = [r.from, r.to].map((id) => index.get(id)?.last).filter((y): y is number => y !== undefined && y >= r.start);
  return Math.min(span[1], ...lasts);
}

export function nodeStatus(node: NetNode, year: number): NodeStatus {
  if (year < node.first) return 'absent';
  if (node.last !== undefined && year > node.last) return node.kind === 'person' ? 'dead' : 'ended';
  return 'active';
}

export interface Snapshot {
  year: number;
  edges: NetRelation[];
  status: Map<string, NodeStatus>;
  /** Nodes drawn: present at the year and, under a faction filter, touching a drawn edge. */
  visible: Set<string>;
}

/** What is drawn at a year under filters. */
export function snapshot(n: Network, year: number, filters: Filters = NO_FILTERS, index = nodeIndex(n)): Snapshot {
  const status = new Map<string, NodeStatus>();
  for (const node of n.nodes) status.set(node.id, nodeStatus(node, year));
  const holds = (r: NetRelation) => r.start <= year && year <= relationEnd(r, index, n.span);
  let edges = n.relations.filter((r) => holds(r) && status.get(r.from) !== 'absent' && status.get(r.to) !== 'absent');
  if (filters.factions.length) {
    const chosen = new Set(filters.factions);
    const members = new Set(edges.filter((r) => (r.type === 'member_of' || r.type === 'led') && chosen.has(r.to)).map((r) => r.from));
    const inScope = (id: string) => chosen.has(id) || members.has(id);
    edges = edges.filter((r) => chosen.has(r.from) || chosen.has(r.to) || (inScope(r.from) && inScope(r.to)));
  }
  if (filters.types.length) edges = edges.filter((r) => filters.types.includes(r.type));
  let visible: Set<string>;
  if (filters.factions.length) {
    visible = new Set([...filters.factions.filter((id) => status.get(id) !== 'absent'), ...edges.flatMap((r) => [r.from, r.to])]);
  } else {
    visible = new Set(n.nodes.filter((x) => status.get(x.id) !== 'absent').map((x) => x.id));
  }
  return { year, edges, status, visible };
}

/** Factions a person belonged to or led, with the years, from the relations. */
export function factionsOf(n: Network, personId: string): { faction: NetNode; type: string; start: number; end: number }[] {
  const index = nodeIndex(n);
  return n.relations
    .filter((r) => r.from === personId && (r.type === 'member_of' || r.type === 'led') && index.get(r.to)?.kind === 'faction')
    .map((r) => ({ faction: index.get(r.to) as NetNode, type: r.type, start: r.start, end: relationEnd(r, index, n.span) }))
    .sort((a, b) => a.start - b.start || byText(a.faction.name, b.faction.name));
}

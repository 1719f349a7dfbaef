/**
 * Network page state in the query string: `?year=1926&node=trotsky&edge=ID&types=a,b&factions=x,y&view=table` (or `view=timeline`).
 * Unknown ids and out-of-range years are dropped or clamped, never echoed back.
 */
import { RELATION_TYPES } from '../data/schema';

export interface NetworkState {
  year: number;
  node: string | null;
  edge: string | null;
  types: string[];
  factions: string[];
  view: 'chart' | 'table' | 'timeline';
}

export interface StateDomain {
  span: [number, number];
  defaultYear: number;
  nodeIds: ReadonlySet<string>;
  factionIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

export function defaultNetworkState(d: StateDomain): NetworkState {
  return { year: d.defaultYear, node: null, edge: null, types: [], factions: [], view: 'chart' };
}

export function parseNetworkState(d: StateDomain, p: URLSearchParams): NetworkState {
  const s = defaultNetworkState(d);
  const y = p.get('year');
  if (y && /^\d{4}$/.test(y)) s.year = Math.min(d.span[1], Math.max(d.span[0], Number(y)));
  const node = p.get('node');
  if (node && d.nodeIds.has(node)) s.node = node;
  const edge = p.get('edge');
  if (edge && d.edgeIds.has(edge)) s.edge = edge;
  const list = (k: string, ok: (v: string) => boolean) => [...new Set((p.get(k) ?? '').split(',').filter(ok))];
  s.types = list('types', (v) => (RELATION_TYPES as readonly string[]).includes(v));
  s.factions = list('factions', (v) => d.factionIds.has(v));
  if (p.get('view') === 'table' || p.get('view') === 'timeline') s.view = p.get('view') as 'table' | 'timeline';
  return s;
}

export function writeNetworkState(d: StateDomain, s: NetworkState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.year !== d.defaultYear) p.set('year', String(s.year));
  if (s.node) p.set('node', s.node);
  if (s.edge) p.set('edge', s.edge);
  if (s.types.length) p.set('types', s.types.join(','));
  if (s.factions.length) p.set('factions', s.factions.join(','));
  if (s.view !== 'chart') p.set('view', s.view);
  return p;
}

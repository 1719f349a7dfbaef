/**
 * Factions as regions: which people a faction holds in a year (its members and leaders by the relations in
 * force), and the soft outline drawn around them, so membership reads as belonging to a region, not as spokes.
 */
import { byCode } from '../util/compare';
import { polygonHull } from 'd3-polygon';
import { curveCatmullRomClosed, line } from 'd3-shape';
import type { Snapshot } from './network';

/** Relation types that put a person inside a faction's region rather than on a line. */
export const REGION_TYPES: ReadonlySet<string> = new Set(['member_of', 'led']);

export interface Region { faction: string; members: string[] }

/** Each faction in force at the snapshot's year that has drawn members, with them (sorted, for a stable order). */
export function regionsOf(snap: Snapshot, isFaction: (id: string) => boolean): Region[] {
  const by = new Map<string, Set<string>>();
  for (const r of snap.edges) {
    if (!REGION_TYPES.has(r.type) || !isFaction(r.to) || snap.status.get(r.to) !== 'active') continue;
    if (!snap.visible.has(r.from) || !snap.visible.has(r.to)) continue;
    const s = by.get(r.to) ?? new Set<string>();
    s.add(r.from);
    by.set(r.to, s);
  }
  return [...by].map(([faction, m]) => ({ faction, members: [...m].sort() })).sort((a, b) => byCode(a.faction, b.faction));
}

const smooth = line<[number, number]>().curve(curveCatmullRomClosed.alpha(0.5));

/** A rounded outline `pad` pixels around the points (the hull of a circle round each point). */
export function regionPath(points: readonly { x: number; y: number }[], pad: number): string {
  const ring: [number, number][] = [];
  for (const p of points) {
    for (let i = 0; i < 12; i++) ring.push([p.x + pad * Math.cos((i * Math.PI) / 6), p.y + pad * Math.sin((i * Math.PI) / 6)]);
  }
  const hull = polygonHull(ring);
  return hull ? smooth(hull.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10])) ?? '' : '';
}

/** A generated network of a given size (deterministic), for benchmarks beyond the real 68 nodes. */
import type { FactionRow, PersonRow, RelationRow } from '../../lib/data/schema';
import { RELATION_TYPES, FATES } from '../../lib/data/schema';

export function syntheticNetwork(nodes: number, edges: number, seed = 42) {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const prov = { source: 'synthetic.txt', locator: 1, quote: 'synthetic' };
  const nf = Math.round(nodes / 10);
  const factions: FactionRow[] = Array.from({ length: nf }, (_, i) => {
    const start = 1917 + Math.floor(rnd() * 20);
    return { id: `f${i}`, name: `Faction ${i}`, short_name: `F${i}`, kind: 'opposition', start, end: rnd() < 0.6 ? start + Math.floor(rnd() * 8) : undefined, description: '', ...prov };
  });
  const people: PersonRow[] = Array.from({ length: nodes - nf }, (_, i) => ({
    id: `p${i}`, name: `Person ${i}`, fate: pick(FATES), fate_year: rnd() < 0.7 ? 1925 + Math.floor(rnd() * 20) : undefined, ...prov,
  }));
  const ids = [...people.map((p) => p.id), ...factions.map((f) => f.id)];
  const relations: RelationRow[] = Array.from({ length: edges }, (_, i) => {
    const type = pick(RELATION_TYPES);
    const from = pick(ids);
    let to = type === 'member_of' || type === 'led' ? pick(factions).id : pick(ids);
    if (to === from) to = ids[(ids.indexOf(from) + 1) % ids.length];
    const start = 1917 + Math.floor(rnd() * 24);
    return { id: `r${i}`, from, to, type, start, end: rnd() < 0.5 ? start + Math.floor(rnd() * 6) : undefined, ...prov };
  });
  return { people, factions, relations };
}

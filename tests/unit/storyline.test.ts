import { describe, expect, it } from 'vitest';
import { networkComputed } from '@/lib/network/computed';
import { buildStoryline, countCrossings, orderColumns, STORY_EVENTS } from '@/lib/network/storyline';
import { buildNetwork, snapshot } from '@/lib/network/network';
import { readDataset } from '@/lib/data/data';
import type { FactionRow, PersonRow, RelationRow } from '@/lib/data/schema';
import { requireSeeds } from './helpers';

const prov = { source: 'x.txt', locator: 1, quote: 'q' };
const person = (id: string, fate: PersonRow['fate'], fate_year?: number): PersonRow => ({ id, name: id.toUpperCase(), fate, fate_year, ...prov });
const faction = (id: string, start: number, end?: number): FactionRow => ({ id, name: id, short_name: id, kind: 'opposition', start, end, description: '', ...prov });
const rel = (from: string, type: RelationRow['type'], to: string, start: number, end?: number): RelationRow => ({ id: `${from}_${type}_${to}_${start}`, from, to, type, start, end, ...prov });

// two factions 1923–26; "c" moves from left to right in 1925; "a" is expelled in 1924 and shot in 1926
const world = {
  people: [person('a', 'shot', 1926), person('b', 'survived'), person('c', 'unknown'), person('d', 'survived')],
  factions: [faction('left', 1923, 1926), faction('right', 1923, 1926)],
  relations: [
    rel('a', 'member_of', 'left', 1923, 1926), rel('c', 'member_of', 'left', 1923, 1924), rel('c', 'member_of', 'right', 1925, 1926),
    rel('b', 'member_of', 'right', 1923, 1926), rel('d', 'opposed', 'b', 1923, 1926), rel('a', 'expelled', 'left', 1924),
  ],
};

describe('storyline layout', () => {
  const s = buildStoryline(buildNetwork(world));
  const at = (id: string, y: number) => s.lines.find((l) => l.id === id)!.points.find((p) => p.year === y);
  it('puts each line in the band of its faction that year, never in two', () => {
    expect(at('c', 1924)?.band).toBe('left');
    expect(at('c', 1925)?.band).toBe('right');
    expect(at('d', 1924)?.band).toBeNull();
    for (const l of s.lines) expect(new Set(l.points.map((p) => p.year)).size).toBe(l.points.length);
    for (const b of s.bands) for (const m of b.members) expect(at(m, b.year)?.band).toBe(b.faction);
  });
  it('keeps a band together: its lines are consecutive rows, and bands do not overlap', () => {
    for (const y of s.years) {
      const bands = s.bands.filter((b) => b.year === y).sort((p, q) => p.top - q.top);
      for (let i = 1; i < bands.length; i++) expect(bands[i].top).toBeGreaterThanOrEqual(bands[i - 1].bottom);
      for (const b of bands) {
        const ys = b.members.map((m) => at(m, y)!.y).sort((p, q) => p - q);
        expect(ys[ys.length - 1] - ys[0]).toBe(ys.length - 1);
      }
    }
  });
  it('ends a line at a fatal fate, runs a survivor to the end, dashes an unknown end', () => {
    const a = s.lines.find((l) => l.id === 'a')!;
    expect(a.end).toBe('fatal');
    expect(a.points.at(-1)?.year).toBe(1926);
    expect(s.lines.find((l) => l.id === 'b')!.end).toBe('open');
    expect(s.lines.find((l) => l.id === 'c')!.end).toBe('dashed');
  });
  it('marks the events on their line and year', () => {
    expect(s.events.map((e) => [e.person, e.year, e.relation.type])).toEqual([['a', 1924, 'expelled']]);
    expect(s.events[0].y).toBe(at('a', 1924)!.y);
  });
  it('is deterministic whatever the row order', () => {
    const again = buildStoryline(buildNetwork({ people: [...world.people].reverse(), factions: [...world.factions].reverse(), relations: [...world.relations].reverse() }));
    expect(again.lines.map((l) => [l.id, l.points])).toEqual(s.lines.map((l) => [l.id, l.points]));
  });
});

describe('crossing minimisation', () => {
  it('counts crossings as swapped pairs of lines', () => {
    expect(countCrossings(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(countCrossings(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(3);
    expect(countCrossings(['a', 'b', 'x'], ['b', 'a'])).toBe(1);
  });
  it('untangles lines that a naive order would cross', () => {
    // by id the columns cross everywhere; the barycentre sweeps find the order that does not
    const years = [1, 2, 3];
    const col = (ids: string[]) => ids.map((id) => ({ id, band: null }));
    const members = new Map([[1, col(['a', 'b', 'c', 'd'])], [2, col(['a', 'b', 'c', 'd'])], [3, col(['a', 'b', 'c', 'd'])]]);
    expect(orderColumns(years, members).get(1)).toEqual(['a', 'b', 'c', 'd']);
    const bands = new Map([[1, [{ id: 'a', band: 'x' }, { id: 'b', band: 'y' }, { id: 'c', band: 'x' }, { id: 'd', band: 'y' }]], [2, [{ id: 'a', band: 'x' }, { id: 'b', band: 'y' }, { id: 'c', band: 'x' }, { id: 'd', band: 'y' }]]]);
    const o = orderColumns([1, 2], bands);
    expect(countCrossings(o.get(1)!, o.get(2)!)).toBe(0);
  });
  it('on the real data: fewer crossings than the plain order by band and id', () => {
    const { dataset } = readDataset(undefined, requireSeeds());
    const net = buildNetwork(dataset);
    const s = networkComputed(net).storyline;
    const total = Object.values(s.crossings).reduce((a, b) => a + b, 0);
    const members = new Map(s.years.map((y) => [y, s.lines.flatMap((l) => l.points.filter((p) => p.year === y).map((p) => ({ id: l.id, band: p.band })))]));
    const plain = orderColumns(s.years, members, 0);
    const naive = s.years.slice(1).reduce((t, y, i) => t + countCrossings(plain.get(s.years[i])!, plain.get(y)!), 0);
    expect(total).toBeLessThan(naive);
    // every person with a year is a line; the others are listed as undated
    expect(s.lines.length + s.undated.length).toBe(dataset.people.length);
    for (const l of s.lines) for (const p of l.points) expect(snapshot(net, p.year).status.get(l.id)).not.toBe('absent');
    expect(s.events.every((e) => (STORY_EVENTS as readonly string[]).includes(e.relation.type))).toBe(true);
  });
});

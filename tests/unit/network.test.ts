import { describe, expect, it } from 'vitest';
import { buildNetwork, factionsOf, relationEnd, snapshot, nodeIndex } from '@/lib/network/network';
import { layoutYears, medianMove, positionsAt, TALL } from '@/lib/network/layout';
import { networkComputed } from '@/lib/network/computed';
import { parseNetworkState, writeNetworkState, type StateDomain } from '@/lib/network/networkState';
import { readDataset } from '@/lib/data/data';
import type { FactionRow, PersonRow, RelationRow } from '@/lib/data/schema';
import { requireSeeds } from './helpers';
import { byCode } from '@/lib/util/compare';

const prov = { source: 'x.txt', locator: 1, quote: 'q' };
const person = (id: string, fate: PersonRow['fate'], fate_year?: number): PersonRow => ({ id, name: id.toUpperCase(), fate, fate_year, ...prov });
const faction = (id: string, start: number, end?: number): FactionRow => ({ id, name: id, short_name: id, kind: 'opposition', start, end, description: '', ...prov });
const rel = (from: string, type: RelationRow['type'], to: string, start: number, end?: number): RelationRow => ({ id: `${from}_${type}_${to}_${start}`, from, to, type, start, end, ...prov });

// a small world: a troika 1923–25, an opposition from 1923 with no end, a capitulation, an execution
const fixture = {
  people: [person('a', 'shot', 1936), person('b', 'shot', 1936), person('s', 'died', 1953), person('t', 'assassinated', 1940)],
  factions: [faction('troika', 1923, 1925), faction('left', 1923, 1927)],
  relations: [
    rel('a', 'member_of', 'troika', 1923, 1925), rel('s', 'member_of', 'troika', 1923, 1925),
    rel('t', 'led', 'left', 1923), rel('b', 'member_of', 'left', 1926),
    rel('troika', 'opposed', 't', 1923, 1925),
    rel('b', 'capitulated', 's', 1928), rel('a', 'executed_by', 's', 1936),
    rel('a', 'allied', 't', 1926),
  ],
};
const net = buildNetwork(fixture);
const ids = (year: number, f = { types: [] as string[], factions: [] as string[] }) => snapshot(net, year, f).edges.map((r) => r.id).sort();

describe('time filter', () => {
  it('spans the years of the relations', () => expect(net.span).toEqual([1923, 1936]));

  it('draws lasting relations from start to end, events in their year only', () => {
    expect(ids(1923)).toEqual(['a_member_of_troika_1923', 's_member_of_troika_1923', 't_led_left_1923', 'troika_opposed_t_1923'].sort());
    expect(ids(1926)).toEqual(['a_allied_t_1926', 'b_member_of_left_1926', 't_led_left_1923'].sort());
    expect(ids(1928)).toEqual(['a_allied_t_1926', 'b_capitulated_s_1928'].sort());
    expect(ids(1929)).toEqual(['a_allied_t_1926']);
    expect(ids(1936)).toEqual(['a_allied_t_1926', 'a_executed_by_s_1936']); // the alliance holds to the year a is shot
  });

  it('ends an open relation at a faction end or a death', () => {
    const index = nodeIndex(net);
    expect(relationEnd(net.relations[2], index, net.span)).toBe(1927); // left ends 1927
    expect(relationEnd(net.relations[7], index, net.span)).toBe(1936); // a is shot in 1936
    expect(relationEnd(net.relations[5], index, net.span)).toBe(1928); // an event
  });

  it('gives each node a status: absent before its first relation, faded after a fatal fate or a faction end', () => {
    const s1923 = snapshot(net, 1923);
    expect(s1923.status.get('b')).toBe('absent');
    expect(s1923.visible.has('b')).toBe(false);
    const s1930 = snapshot(net, 1930);
    expect(s1930.status.get('troika')).toBe('ended');
    expect(s1930.status.get('b')).toBe('active');
    const s1937 = snapshot(net, 1936 + 1);
    expect(s1937.status.get('a')).toBe('dead');
    expect(s1937.status.get('b')).toBe('dead');
    expect(s1937.status.get('t')).toBe('active');
    expect(s1937.visible.has('a')).toBe(true); // still drawn, faded
  });

  it('filters by relation type and by faction (members included)', () => {
    expect(ids(1923, { types: ['opposed'], factions: [] })).toEqual(['troika_opposed_t_1923']);
    // a is not in the Left, so a's alliance with t is outside the filter
    expect(ids(1926, { types: [], factions: ['left'] })).toEqual(['b_member_of_left_1926', 't_led_left_1923']);
    const snap = snapshot(net, 1923, { types: [], factions: ['troika'] });
    expect([...snap.visible].sort()).toEqual(['a', 's', 't', 'troika']);
  });

  it('lists a person\'s factions by year', () => {
    expect(factionsOf(net, 'b').map((f) => [f.faction.id, f.start, f.end])).toEqual([['left', 1926, 1927]]);
  });
});

describe('the real network', () => {
  const { dataset } = readDataset(undefined, requireSeeds());
  const real = buildNetwork(dataset);
  it('has the Triumvirate in 1924 and not in 1926, the Joint Opposition in 1926', () => {
    const members = (y: number, f: string) => snapshot(real, y).edges.filter((r) => r.to === f && r.type === 'member_of').map((r) => r.from).sort();
    expect(members(1924, 'triumvirate')).toEqual(['kamenev', 'stalin', 'zinoviev']);
    expect(members(1926, 'triumvirate')).toEqual([]);
    expect(members(1926, 'joint_opposition')).toEqual(expect.arrayContaining(['kamenev', 'zinoviev']));
  });
});

describe('layout: one per year', () => {
  it('is deterministic: same input, same coordinates, whatever the row order', () => {
    const a = layoutYears(net, { ticks: 120 });
    const b = layoutYears(net, { ticks: 120 });
    const c = layoutYears(buildNetwork({ people: [...fixture.people].reverse(), factions: [...fixture.factions].reverse(), relations: [...fixture.relations].reverse() }), { ticks: 120 });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('places exactly the nodes drawn each year', () => {
    const l = layoutYears(net, { ticks: 120 });
    for (let y = net.span[0]; y <= net.span[1]; y++) expect(Object.keys(positionsAt(l, y)).sort()).toEqual([...snapshot(net, y).visible].sort());
  });

  describe('on the real data', () => {
    const { dataset } = readDataset(undefined, requireSeeds());
    const real = buildNetwork(dataset);
    // the layouts the site draws, from lib/generated/network.json (computed there once per change of the data)
    const { wide: l, tall } = networkComputed(real).layouts;
    const years = Array.from({ length: real.span[1] - real.span[0] + 1 }, (_, i) => real.span[0] + i);
    it('fills the box every year: the nodes of a year of 10 or more span at least 85% of each side', () => {
      for (const y of years) {
        const pts = Object.values(positionsAt(l, y));
        for (const p of pts) { expect(p.x).toBeGreaterThanOrEqual(0); expect(p.x).toBeLessThanOrEqual(1); expect(p.y).toBeGreaterThanOrEqual(0); expect(p.y).toBeLessThanOrEqual(1); }
        if (pts.length < 10) continue;
        expect(Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x)), `width in ${y}`).toBeGreaterThanOrEqual(0.85);
        expect(Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y)), `height in ${y}`).toBeGreaterThanOrEqual(0.85);
      }
    });
    it('keeps the mental map: the median node moves at most 6% of the diagonal from one year to the next, wide or tall', () => {
      expect(Math.max(...years.slice(1).map((y) => medianMove(l, y) ?? 0))).toBeLessThanOrEqual(0.0605);
      expect(Math.max(...years.slice(1).map((y) => medianMove(tall, y, TALL, 1) ?? 0))).toBeLessThanOrEqual(0.0605);
    });
    it('leaves the dead where they fell, in the box as it is fitted', () => {
      const b = real.nodes.find((n) => n.id === 'bukharin')!;
      expect(b.last).toBeDefined();
      const p = [b.last! + 1, b.last! + 2].map((y) => positionsAt(l, y).bukharin);
      expect(Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y)).toBeLessThan(0.05);
    });
    it('keeps nodes apart', () => {
      for (const y of years) {
        const pts = Object.values(positionsAt(l, y)).map((p) => ({ x: p.x * 1.45, y: p.y }));
        let min = Infinity;
        for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) min = Math.min(min, Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y));
        expect(min, `closest pair in ${y}`).toBeGreaterThan(0.01);
      }
    });
  });
});

describe('network URL state', () => {
  const domain: StateDomain = { span: [1917, 1953], defaultYear: 1926, nodeIds: new Set(['trotsky', 'left']), factionIds: new Set(['left']), edgeIds: new Set(['e1']) };
  it('round-trips and clamps', () => {
    const s = parseNetworkState(domain, new URLSearchParams('year=1927&node=trotsky&types=allied,opposed&factions=left&view=table'));
    expect(s).toEqual({ year: 1927, node: 'trotsky', edge: null, types: ['allied', 'opposed'], factions: ['left'], view: 'table' });
    expect(writeNetworkState(domain, s).toString()).toBe('year=1927&node=trotsky&types=allied%2Copposed&factions=left&view=table');
    expect(parseNetworkState(domain, new URLSearchParams('year=2999')).year).toBe(1953);
  });
  it('drops hostile values', () => {
    const s = parseNetworkState(domain, new URLSearchParams('year=<script>&node=%3Cimg%3E&types=allied,evil&factions=x&edge=nope'));
    expect(s).toEqual({ year: 1926, node: null, edge: null, types: ['allied'], factions: [], view: 'chart' });
  });
});

describe('ordering without Intl', () => {
  it('byCode sorts every id and file name of the data as localeCompare does', () => {
    const { dataset: d } = readDataset(undefined, requireSeeds());
    const lists: Record<string, string[]> = {
      nodes: [...d.people, ...d.factions].map((n) => n.id),
      relations: d.relations.map((r) => r.id),
      events: d.events.map((e) => e.id),
      files: d.sources.map((s) => s.file),
      stats: Object.values(d.stats).flat().map((r) => r.id),
    };
    for (const [what, ids] of Object.entries(lists)) {
      expect(ids.length, what).toBeGreaterThan(0);
      expect([...ids].sort(byCode), what).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    }
  });
});

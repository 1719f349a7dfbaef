/** The network graph's drawing data (lib/network/graphData.ts) on a small network of four people and a faction, with positions given by hand. */
import { describe, expect, it } from 'vitest';
import { buildNetwork, snapshot, type Filters } from '@/lib/network/network';
import type { Positions } from '@/lib/network/layout';
import {
  fractionAt, graphData, graphLabels, labelKey, labelPriority, labelRequests, linkPath, netSizes, withLabels,
  type GraphInput, type GraphNode, type Measure,
} from '@/lib/network/graphData';
import { overlaps } from '@/lib/text/labelPlacement';
import type { FactionRow, PersonRow, RelationRow } from '@/lib/data/schema';

const prov = { source: 'x.txt', locator: 1, quote: 'q' };
const person = (id: string, fate: PersonRow['fate'], fate_year?: number): PersonRow => ({ id, name: id.toUpperCase(), fate, fate_year, ...prov });
const faction = (id: string, start: number, end?: number): FactionRow => ({ id, name: `The ${id.toUpperCase()}`, short_name: id.toUpperCase(), kind: 'opposition', start, end, description: '', ...prov });
const rel = (from: string, type: RelationRow['type'], to: string, start: number, end?: number): RelationRow => ({ id: `${from}_${type}_${to}_${start}`, from, to, type, start, end, ...prov });

// a leads the faction f and b is a member; in 1921 a and c are opposed, allied and c expels a (three relations
// of one pair); d, allied with b, is shot in 1922; c enters in 1921
const net = buildNetwork({
  people: [person('a', 'survived'), person('b', 'survived'), person('c', 'survived'), person('d', 'shot', 1922)],
  factions: [faction('f', 1920, 1925)],
  relations: [
    rel('a', 'led', 'f', 1920), rel('b', 'member_of', 'f', 1920),
    rel('a', 'opposed', 'c', 1921, 1921), rel('a', 'allied', 'c', 1921, 1921), rel('c', 'expelled', 'a', 1921),
    rel('d', 'allied', 'b', 1920), rel('a', 'opposed', 'b', 1924),
  ],
});
const positions: Positions = { a: { x: 0.2, y: 0.5 }, b: { x: 0.4, y: 0.5 }, c: { x: 0.8, y: 0.5 }, d: { x: 0.4, y: 0.9 }, f: { x: 0.3, y: 0.2 } };
const box = { width: 900, height: 600 };
const size = netSizes(box, 'page');

/** The graph at a year, everything at its default unless given. */
const input = (year: number, over: Partial<GraphInput> = {}, filters?: Filters): GraphInput => ({
  nodes: net.nodes, relations: net.relations, snap: snapshot(net, year, filters), positions, pins: {}, texts: new Map([['f', 'F']]),
  disputed: new Set(), selectedNode: null, selectedEdge: null, box, size, transform: { k: 1, x: 0, y: 0 }, ...over,
});
const byId = <T extends { id: string }>(xs: Iterable<T>) => new Map([...xs].map((x) => [x.id, x]));
/** Widths as the server estimates them. */
const measure: Measure = (text, font, bold) => text.length * font * (bold ? 0.66 : 0.6);

describe('sizes', () => {
  it('takes the page type, smaller under 600 px, or the slide font', () => {
    expect(size).toEqual({ font: 13, factionFont: 14, r: 8, half: 11, pad: 21 });
    expect(netSizes({ width: 400, height: 600 }, 'page').font).toBe(12);
    expect(netSizes(box, 'slide', 25)).toEqual({ font: 25, factionFont: 25, r: 14, half: 21, pad: 40 });
    expect(netSizes({ width: 1920, height: 1080 }, 'slide').font).toBe(31); // 1.6% of the width, at least 20
  });
});

describe('nodes', () => {
  it('places every node in the padded box, in the order given, at a tenth of a pixel', () => {
    const { nodes, inner } = graphData(input(1921));
    expect(inner).toEqual({ x: 21, y: 21, w: 858, h: 558 });
    expect([...nodes.keys()]).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect([...nodes.values()].map((g) => [g.sx, g.sy])).toEqual([[192.6, 300], [364.2, 300], [707.4, 300], [364.2, 523.2], [278.4, 132.6]]);
    for (const g of nodes.values()) expect([g.x, g.y]).toEqual([0, 0]); // the place is in the position sheet, not visx's transform
  });

  it('pans and zooms the places, and a pin wins over the layout', () => {
    const zoomed = graphData(input(1921, { transform: { k: 2, x: -100, y: -50 }, pins: { b: { x: 0, y: 1 } } })).nodes;
    expect([zoomed.get('a')?.sx, zoomed.get('a')?.sy]).toEqual([285.2, 550]);
    expect([zoomed.get('b')?.sx, zoomed.get('b')?.sy]).toEqual([2 * 21 - 100, 2 * 579 - 50]);
  });

  it('draws the nodes present at the year that the layout places', () => {
    const in1920 = graphData(input(1920));
    expect(in1920.visible.map((g) => g.id)).toEqual(['a', 'b', 'd', 'f']); // c enters in 1921
    const unplaced = graphData(input(1921, { positions: Object.fromEntries(Object.entries(positions).filter(([id]) => id !== 'c')) }));
    expect(unplaced.nodes.get('c')).toMatchObject({ visible: false, sx: 450, sy: 300 });
  });

  it('marks leaders, the disputed, the dead (faded) and, with a selection, everything it does not touch (faded)', () => {
    const plain = graphData(input(1923, { disputed: new Set(['c']) })).nodes;
    expect(plain.get('a')?.leader).toBe(true);
    expect(plain.get('b')?.leader).toBe(false);
    expect(plain.get('c')?.disputed).toBe(true);
    expect(plain.get('d')).toMatchObject({ status: 'dead', visible: true, faded: true });
    expect(plain.get('a')).toMatchObject({ status: 'active', faded: false, selected: false });
    // b is touched by its membership of f and its alliance with d
    const sel = graphData(input(1921, { selectedNode: 'b' })).nodes;
    expect([...sel.values()].map((g) => [g.id, g.selected, g.faded])).toEqual([['a', false, true], ['b', true, false], ['c', false, true], ['d', false, false], ['f', false, false]]);
  });

  it('gives each node its label text (the name where none is given) and its mark sizes', () => {
    const { nodes } = graphData(input(1921));
    expect(nodes.get('f')).toMatchObject({ text: 'F', font: 14, r: 8, half: 11, label: undefined });
    expect(nodes.get('a')).toMatchObject({ text: 'A', font: 13, r: 8, half: 8 });
  });
});

describe('links', () => {
  it('keeps every relation in order, draws those in force between visible nodes, and memberships as regions instead', () => {
    const { links, shown } = graphData(input(1921));
    expect(links.map((l) => [l.rel.id, l.active])).toEqual([
      ['a_led_f_1920', false], ['b_member_of_f_1920', false], // the region
      ['a_opposed_c_1921', true], ['a_allied_c_1921', true], ['c_expelled_a_1921', true], ['d_allied_b_1920', true],
      ['a_opposed_b_1924', false], // not yet
    ]);
    expect(shown).toBe(4);
    expect(graphData(input(1920)).links.filter((l) => l.active).map((l) => l.rel.id)).toEqual(['d_allied_b_1920']);
  });

  it('bends several relations of one pair apart, whichever way they point', () => {
    const bends = byId(graphData(input(1921)).links.map((l) => ({ id: l.rel.id, bend: l.bend })));
    expect(bends.get('a_opposed_c_1921')?.bend).toBe(0);
    expect(bends.get('a_allied_c_1921')?.bend).toBe(16);
    expect(bends.get('c_expelled_a_1921')?.bend).toBe(-16);
    expect(bends.get('d_allied_b_1920')?.bend).toBe(0);
  });

  it('flags the selected relation, dims those off the selected node, and marks the disputed', () => {
    const links = byId(graphData(input(1921, { selectedNode: 'b', selectedEdge: 'd_allied_b_1920', disputed: new Set(['a_allied_c_1921']) })).links.map((l) => ({ id: l.rel.id, ...l })));
    expect(links.get('d_allied_b_1920')).toMatchObject({ on: true, dim: false, disputed: false });
    expect(links.get('a_opposed_c_1921')).toMatchObject({ on: false, dim: true });
    expect(links.get('a_allied_c_1921')).toMatchObject({ dim: true, disputed: true });
    expect(links.get('b_member_of_f_1920')?.dim).toBe(false);
  });

  it('joins each link to the nodes of the same drawing', () => {
    const data = graphData(input(1921));
    for (const l of data.links) {
      expect(l.source).toBe(data.nodes.get(l.rel.from));
      expect(l.target).toBe(data.nodes.get(l.rel.to));
    }
  });

  it('draws only the chosen relation types, and no region without its memberships', () => {
    const data = graphData(input(1921, {}, { types: ['opposed'], factions: [] }));
    expect(data.links.filter((l) => l.active).map((l) => l.rel.id)).toEqual(['a_opposed_c_1921']);
    expect(data.regions).toEqual([]);
    expect(data.visible).toHaveLength(5);
  });

  it('writes a curve through the middle, pushed sideways by the bend', () => {
    const at = (sx: number, sy: number) => ({ sx, sy }) as GraphNode;
    expect(linkPath({ source: at(0, 0), target: at(100, 0), bend: 0 })).toBe('M0,0 Q50,0 100,0');
    expect(linkPath({ source: at(0, 0), target: at(100, 0), bend: 16 })).toBe('M0,0 Q50,16 100,0');
    expect(linkPath({ source: at(0, 0), target: at(0, 100), bend: -16 })).toBe('M0,0 Q16,50 0,100');
    expect(linkPath({ source: at(10, 10), target: at(10, 10), bend: 16 })).toBe('M10,10 Q10,10 10,10'); // no NaN
  });
});

describe('regions', () => {
  it('outlines each faction in force round its leaders and members, lit when one of them is selected', () => {
    const [region, ...rest] = graphData(input(1921, { selectedNode: 'b' })).regions;
    expect(rest).toEqual([]);
    expect(region).toMatchObject({ faction: 'f', members: ['a', 'b'], kind: 'opposition', name: 'The F', on: true });
    expect(region.d).toMatch(/^M[\d.]+,[\d.]+C/);
    expect(graphData(input(1921, { selectedNode: 'c' })).regions[0].on).toBe(false);
    expect(graphData(input(1921, { selectedNode: 'f' })).regions[0].on).toBe(true);
  });

  it('draws the outline round the places drawn, half a faction mark and 8 px beyond', () => {
    const { regions, nodes } = graphData(input(1921));
    const nums = (regions[0].d.match(/-?[\d.]+/g) ?? []).map(Number);
    const xs = nums.filter((_, i) => i % 2 === 0);
    const ys = nums.filter((_, i) => i % 2 === 1);
    const pad = size.half + 8;
    const [a, b, f] = ['a', 'b', 'f'].map((id) => nodes.get(id) as GraphNode);
    // a closed curve through the hull's points: it reaches the extreme points, give or take the curve's swing
    expect(Math.min(...xs)).toBeCloseTo(a.sx - pad, 0);
    expect(Math.max(...xs)).toBeCloseTo(b.sx + pad, 0);
    expect(Math.min(...ys)).toBeLessThanOrEqual(f.sy - pad + 1);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(a.sy + pad - 1);
  });

  it('has no region for a faction after its end', () => {
    const later = buildNetwork({ people: [person('a', 'survived')], factions: [faction('f', 1920, 1921)], relations: [rel('a', 'member_of', 'f', 1920, 1923)] });
    const data = (year: number) => graphData({ ...input(year), nodes: later.nodes, relations: later.relations, snap: snapshot(later, year) });
    expect(data(1921).regions.map((r) => r.faction)).toEqual(['f']);
    expect(data(1923).regions).toEqual([]);
  });
});

describe('labels', () => {
  it('ranks the selected node first, then factions, then the people not faded, each by their relations this year', () => {
    const data = graphData(input(1921, { selectedNode: 'b' }));
    const rank = data.visible.map((g) => [g.id, labelPriority(g, data.degree)]);
    expect(rank).toEqual([['a', 4], ['b', 1e6 + 2], ['c', 3], ['d', 1e3 + 1], ['f', 1e4 + 2]]);
  });

  it('asks for a label beside each visible node, its mark (and disputed ring) kept clear', () => {
    const data = graphData(input(1921, { disputed: new Set(['c']) }));
    const { marks, requests } = labelRequests(data.visible, data.degree, measure);
    const c = data.nodes.get('c') as GraphNode;
    expect(marks[2]).toEqual({ x: c.sx - 13, y: c.sy - 13, w: 26, h: 26 });
    expect(byId(requests).get('c')).toEqual({ id: 'c', x: c.sx, y: c.sy, r: 13, w: Math.ceil(13 * 0.6) + 6, h: 17, priority: 1e3 + 3 });
    expect(byId(requests).get('f')).toMatchObject({ r: 12, w: Math.ceil(14 * 0.66) + 6, h: 19 }); // bold
  });

  it('places every label in a roomy box, clear of every mark and of each other', () => {
    const data = graphData(input(1921));
    const placed = graphLabels(data.visible, data.degree, box, measure);
    expect([...placed.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'f']);
    const { marks } = labelRequests(data.visible, data.degree, measure);
    const ls = [...placed.values()];
    for (const l of ls) {
      for (const m of marks) expect(overlaps(l, m)).toBe(false);
      for (const o of ls) if (o !== l) expect(overlaps(l, o)).toBe(false);
      expect(l.x >= 2 && l.y >= 2 && l.x + l.w <= box.width - 2 && l.y + l.h <= box.height - 2).toBe(true);
    }
  });

  it('leaves out the labels that fit nowhere, the selected node\'s last', () => {
    const tiny = { width: 60, height: 40 };
    const here = Object.fromEntries(Object.keys(positions).map((id) => [id, { x: 0.5, y: 0.5 }]));
    const data = graphData(input(1921, { box: tiny, size: netSizes(tiny, 'page'), positions: here, selectedNode: 'b' }));
    const placed = graphLabels(data.visible, data.degree, tiny, measure);
    expect(placed.size).toBeGreaterThan(0);
    expect(placed.size).toBeLessThan(data.visible.length);
    expect(placed.has('b')).toBe(true);
  });

  it('re-places labels when a node moves or the selection changes, not for a selected relation', () => {
    const key = (over: Partial<GraphInput>) => labelKey(graphData(input(1921, over)).visible);
    expect(key({ selectedEdge: 'd_allied_b_1920' })).toBe(key({}));
    expect(key({ selectedNode: 'b' })).not.toBe(key({}));
    expect(key({ pins: { a: { x: 0, y: 0 } } })).not.toBe(key({}));
  });

  it('puts the labels on new node objects, leaving the unlabelled and the input as they were', () => {
    const data = graphData(input(1921));
    const placed = graphLabels(data.visible.filter((g) => g.id !== 'c'), data.degree, box, measure);
    const out = withLabels(data.nodes, placed);
    expect([...out.keys()]).toEqual([...data.nodes.keys()]);
    expect(out.get('c')).toBe(data.nodes.get('c'));
    expect(out.get('a')).not.toBe(data.nodes.get('a'));
    expect(out.get('a')?.label).toEqual(placed.get('a'));
    expect(data.nodes.get('a')?.label).toBeUndefined();
  });
});

describe('drag pins', () => {
  it('turns a point of the box into fractions of the padded box, in thousandths, within 0–1', () => {
    const inner = { x: 21, y: 21, w: 858, h: 558 };
    expect(fractionAt(inner, 21 + 429, 21 + 279)).toEqual({ x: 0.5, y: 0.5 });
    expect(fractionAt(inner, 21 + 858 * 0.12345, 21)).toEqual({ x: 0.123, y: 0 });
    expect(fractionAt(inner, -50, 2000)).toEqual({ x: 0, y: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlaps, placeLabels, type LabelRequest, type Rect } from '@/lib/text/labelPlacement';
import { textWidth } from '@/lib/text/measure';
import { regionPath, regionsOf } from '@/lib/network/regions';
import { nodeLabels } from '@/components/network/styles';
import { buildNetwork, snapshot } from '@/lib/network/network';
import { readDataset } from '@/lib/data/data';
import { requireSeeds } from './helpers';

const box: Rect = { x: 0, y: 0, w: 400, h: 300 };
const mark = (l: LabelRequest): Rect => ({ x: l.x - l.r, y: l.y - l.r, w: 2 * l.r, h: 2 * l.r });
const req = (id: string, x: number, y: number, priority = 0, w = 60): LabelRequest => ({ id, x, y, r: 8, w, h: 16, priority });

describe('label placement', () => {
  it('puts a lone label to the right of its mark', () => {
    const l = req('a', 100, 100);
    expect(placeLabels([l], [mark(l)], box).get('a')).toMatchObject({ side: 'right', x: 111, y: 92 });
  });
  it('moves a label to the left at the right edge of the box, never outside it', () => {
    const l = req('a', 390, 100);
    const p = placeLabels([l], [mark(l)], box).get('a')!;
    expect(p.side).toBe('left');
    expect(p.x + p.w).toBeLessThanOrEqual(box.w);
  });
  it('gives the place to the higher priority and finds the other a free side', () => {
    const a = req('a', 100, 100, 1);
    const b = req('b', 180, 100, 5);
    const out = placeLabels([a, b], [mark(a), mark(b)], box);
    expect(out.get('b')?.side).toBe('right');
    expect(overlaps(out.get('a')!, out.get('b')!)).toBe(false);
  });
  it('leaves a label out rather than draw it over another label or mark', () => {
    // a ring of marks round "c" leaves no room for its label
    const c = req('c', 100, 100, 0, 50);
    const ring = [[-40, 0], [40, 0], [0, -30], [0, 30], [-40, -30], [40, -30], [-40, 30], [40, 30]].map(([dx, dy], i) => req(`r${i}`, 100 + dx, 100 + dy, 10, 10));
    const out = placeLabels([c, ...ring], [c, ...ring].map(mark), box);
    expect(out.has('c')).toBe(false);
  });
  it('never overlaps, never leaves the box, never covers a mark, whatever the input (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 10, max: 120 }), p: fc.integer({ min: 0, max: 9 }) }), { maxLength: 60 }), (pts) => {
      const ls = pts.map((p, i) => req(`n${i}`, p.x, p.y, p.p, p.w));
      const marks = ls.map(mark);
      const out = [...placeLabels(ls, marks, box).values()];
      for (let i = 0; i < out.length; i++) {
        const r = out[i];
        expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= box.w && r.y + r.h <= box.h).toBe(true);
        for (const m of marks) expect(overlaps(r, m)).toBe(false);
        for (let j = i + 1; j < out.length; j++) expect(overlaps(r, out[j])).toBe(false);
      }
    }));
  });
  it('is deterministic: the same labels in any order give the same places', () => {
    const ls = [req('a', 100, 100), req('b', 120, 110), req('c', 90, 95), req('d', 300, 200)];
    const one = placeLabels(ls, ls.map(mark), box);
    const two = placeLabels([...ls].reverse(), [...ls].reverse().map(mark), box);
    expect([...two.entries()].sort()).toEqual([...one.entries()].sort());
  });
  it('estimates widths generously where it cannot measure', () => {
    expect(textWidth('Trotsky', 13, false)).toBeCloseTo(7 * 13 * 0.6);
    expect(textWidth('Trotsky', 13, true)).toBeGreaterThan(textWidth('Trotsky', 13, false));
  });
});

describe('node labels', () => {
  const { dataset } = readDataset(undefined, requireSeeds());
  const net = buildNetwork(dataset);
  const labels = nodeLabels(net.nodes);
  it('are a faction\'s short_name, whole, never an ellipsis', () => {
    for (const f of dataset.factions) expect(labels.get(f.id)).toBe(f.short_name);
    for (const l of labels.values()) expect(l).not.toMatch(/…/);
  });
  it('are a surname, with the initial where two people share it', () => {
    expect(labels.get('trotsky')).toBe('Trotsky');
    expect(labels.get('kamenev')).toBe('L. Kamenev');
    expect(labels.get('sedov')).toBe('L. Sedov');
    expect(labels.get('sergei_sedov')).toBe('S. Sedov');
    const people = net.nodes.filter((n) => n.kind === 'person').map((n) => labels.get(n.id));
    expect(new Set(people).size).toBe(people.length);
  });
});

describe('faction regions', () => {
  const { dataset } = readDataset(undefined, requireSeeds());
  const net = buildNetwork(dataset);
  const isFaction = (id: string) => dataset.factions.some((f) => f.id === id);
  it('hold the members and leaders in force that year, and only factions in force', () => {
    const r1926 = regionsOf(snapshot(net, 1926), isFaction);
    const joint = r1926.find((r) => r.faction === 'joint_opposition');
    expect(joint?.members).toEqual(expect.arrayContaining(['kamenev', 'trotsky', 'zinoviev']));
    expect(r1926.find((r) => r.faction === 'triumvirate')).toBeUndefined(); // ended 1925
    for (const r of r1926) for (const m of r.members) {
      expect(snapshot(net, 1926).edges.some((e) => e.from === m && e.to === r.faction && (e.type === 'member_of' || e.type === 'led'))).toBe(true);
    }
  });
  it('draw a closed outline round every point, at least `pad` away', () => {
    const pts = [{ x: 10, y: 10 }, { x: 60, y: 20 }, { x: 30, y: 50 }];
    const d = regionPath(pts, 12);
    const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(d.startsWith('M')).toBe(true);
    expect(nums.slice(-2)).toEqual(nums.slice(0, 2)); // closed: it ends where it began
    const xs = nums.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeLessThanOrEqual(10 - 11);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(60 + 11);
    expect(regionPath([{ x: 5, y: 5 }], 10)).toMatch(/^M/);
  });
});

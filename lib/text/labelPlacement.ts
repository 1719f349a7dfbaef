/**
 * Label placement without collisions, as maps do it: labels are placed in order of importance, each at the
 * first of eight positions around its mark that stays inside the box and clear of every mark and every label
 * placed before it (then the same eight 6 px and 12 px further out); a label with no such position is not drawn (the reader zooms in to reveal it).
 */
import { byCode } from '../util/compare';

export interface Rect { x: number; y: number; w: number; h: number }

export interface LabelRequest {
  id: string;
  /** Centre of the mark. */
  x: number;
  y: number;
  /** Half the mark's size (its radius, or half a square's side). */
  r: number;
  /** The label's size. */
  w: number;
  h: number;
  /** Higher is placed first. */
  priority: number;
}

export type Side = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface PlacedLabel extends Rect { id: string; side: Side }

const GAP = 3;

/** The eight positions round a mark, close first, then a step and two steps further out. */
function candidates(l: LabelRequest): [Side, number, number][] {
  return [0, 6, 12].flatMap((far) => around(l, far));
}

function around(l: LabelRequest, far: number): [Side, number, number][] {
  const { x, y, w, h } = l;
  const r = l.r + far;
  const d = r * 0.75;
  return [
    ['right', x + r + GAP, y - h / 2],
    ['left', x - r - GAP - w, y - h / 2],
    ['above', x - w / 2, y - r - GAP - h],
    ['below', x - w / 2, y + r + GAP],
    ['above-right', x + d, y - d - GAP - h],
    ['below-right', x + d, y + d + GAP],
    ['above-left', x - d - w, y - d - GAP - h],
    ['below-left', x - d - w, y + d + GAP],
  ];
}

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, box: Rect) => a.x >= box.x && a.y >= box.y && a.x + a.w <= box.x + box.w && a.y + a.h <= box.y + box.h;

/**
 * Places the labels of `labels` among `marks` (every mark drawn, the labelled ones included) inside `box`.
 * Returns the placed labels by id; the others are left out. Deterministic: ties in priority go by id.
 */
export function placeLabels(labels: readonly LabelRequest[], marks: readonly Rect[], box: Rect): Map<string, PlacedLabel> {
  const grid = new Grid(Math.max(24, ...labels.map((l) => l.h * 2)));
  marks.forEach((m) => grid.add(m));
  const out = new Map<string, PlacedLabel>();
  const order = [...labels].sort((a, b) => b.priority - a.priority || byCode(a.id, b.id));
  for (const l of order) {
    for (const [side, x, y] of candidates(l)) {
      const rect = { x, y, w: l.w, h: l.h };
      if (!inside(rect, box) || grid.hits(rect)) continue;
      grid.add(rect);
      out.set(l.id, { id: l.id, side, ...rect });
      break;
    }
  }
  return out;
}

/** A uniform grid of rectangles, so a test touches only its neighbours. */
class Grid {
  private cells = new Map<string, Rect[]>();
  constructor(private size: number) {}
  private keys(r: Rect): string[] {
    const out: string[] = [];
    for (let i = Math.floor(r.x / this.size); i <= Math.floor((r.x + r.w) / this.size); i++) {
      for (let j = Math.floor(r.y / this.size); j <= Math.floor((r.y + r.h) / this.size); j++) out.push(`${i},${j}`);
    }
    return out;
  }
  add(r: Rect) { for (const k of this.keys(r)) { const c = this.cells.get(k); if (c) c.push(r); else this.cells.set(k, [r]); } }
  hits(r: Rect): boolean { return this.keys(r).some((k) => this.cells.get(k)?.some((o) => overlaps(o, r))); }
}

/**
 * Readability of the network as drawn in Chromium, measured the same way by the e2e test and `npm run bench`:
 * label overlaps, labels over another node's mark, labels cut or outside the box, the smallest label in
 * CSS pixels, how much of the box the nodes span, and each node's centre (for the year-to-year movement).
 */
import type { Page } from '@playwright/test';

export interface NetMeasure {
  year: number;
  nodes: number;
  labels: number;
  /** Pairs of labels that overlap. */
  labelOverlaps: string[];
  /** Labels that overlap the mark of another node. */
  labelOverMark: string[];
  /** Labels outside the drawing box, or cut with an ellipsis. */
  cutOrOutside: string[];
  /** Smallest rendered label size in CSS pixels (font size times the SVG's scale). */
  minFont: number;
  /** Share of the drawing box's area that the bounding box of the node marks covers. */
  spread: number;
  /** Centre of each node's mark, as a share of the box's width and height. */
  centres: Record<string, [number, number]>;
  box: { width: number; height: number };
}

// A string, not a function: tsx (the bench) would wrap a named function in a helper the page does not have.
const MEASURE = `(() => {
  const svg = document.querySelector('.net-box svg.net-svg');
  const B = svg.getBoundingClientRect();
  const scale = B.width / svg.viewBox.baseVal.width;
  const T = 0.5;
  const hit = (a, b) => a.left < b.right - T && b.left < a.right - T && a.top < b.bottom - T && b.top < a.bottom - T;
  const labels = [...svg.querySelectorAll('text[data-label-for]')].map((t) => ({ id: t.getAttribute('data-label-for'), r: t.getBoundingClientRect(), font: parseFloat(getComputedStyle(t).fontSize) * scale, text: t.textContent }));
  const marks = [...svg.querySelectorAll('.net-node')].map((g) => ({ id: g.getAttribute('data-node'), r: g.querySelector('.n-shape').getBoundingClientRect() }));
  const labelOverlaps = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (hit(labels[i].r, labels[j].r)) labelOverlaps.push(labels[i].text + ' / ' + labels[j].text);
  const labelOverMark = [];
  for (const l of labels) for (const m of marks) if (m.id !== l.id && hit(l.r, m.r)) labelOverMark.push(l.text + ' over ' + m.id);
  const cutOrOutside = labels.filter((l) => /…|\\.\\.\\.$/.test(l.text) || l.r.left < B.left - T || l.r.top < B.top - T || l.r.right > B.right + T || l.r.bottom > B.bottom + T).map((l) => l.text);
  const xs = marks.flatMap((m) => [m.r.left, m.r.right]);
  const ys = marks.flatMap((m) => [m.r.top, m.r.bottom]);
  const spread = marks.length ? ((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / (B.width * B.height) : 0;
  const centres = Object.fromEntries(marks.map((m) => [m.id, [((m.r.left + m.r.right) / 2 - B.left) / B.width, ((m.r.top + m.r.bottom) / 2 - B.top) / B.height]]));
  const year = Number((document.querySelector('.slide-network') ?? document.querySelector('[data-ready][data-year]')).getAttribute('data-year'));
  return { year, nodes: marks.length, labels: labels.length, labelOverlaps, labelOverMark, cutOrOutside, minFont: labels.length ? Math.min(...labels.map((l) => l.font)) : 0, spread, centres, box: { width: B.width, height: B.height } };
})()`;

/** Measures the network graph (or slide) on the page once two frames have been drawn. */
export async function measureNetwork(page: Page): Promise<NetMeasure> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return (await page.evaluate(MEASURE)) as NetMeasure;
}

/** Median movement of the nodes drawn in both of two measures, as a share of the box's diagonal. */
export function medianMovement(a: NetMeasure, b: NetMeasure): number | undefined {
  const w = b.box.width;
  const h = b.box.height;
  const moves = Object.keys(b.centres).filter((id) => a.centres[id])
    .map((id) => Math.hypot((b.centres[id][0] - a.centres[id][0]) * w, (b.centres[id][1] - a.centres[id][1]) * h)).sort((x, y) => x - y);
  return moves.length ? moves[Math.floor(moves.length / 2)] / Math.hypot(w, h) : undefined;
}

/** Lecture slides laid out for their room: type sizes, the chart area a slide leaves, bar charts split into build steps that fit, unit and figure grids. */
import type { PlotRow } from '../charts/charts';
import { BOLD_EM, CHAR_EM, longestWord, textLines, wrapWords } from '../text/measure';

/** Smallest chart text as a share of the slide's height (24.3 px at 1080p, rounded up to 25 by roomFont): the back row reads it. */
export const TEXT_SHARE = 0.0225;

/** Font of a slide's axes and labels in a window of this height: 2.25% of it (25 px at 1080p, 18 px at 768), never below 14 px. */
export const roomFont = (windowHeight: number) => Math.max(14, Math.ceil(windowHeight * TEXT_SHARE));

/** A screen (or a printed page) a slide is drawn for: its size in CSS px and the base font of its charts. */
export interface Room {
  width: number;
  height: number;
  font: number;
  /** A printed page: type keeps its print sizes whatever the height (a screen's type grows with it). */
  print?: boolean;
}


/** The type and spacing of a slide in a room, px; the slide's CSS takes them as custom properties. */
export interface SlideType {
  title: number;
  subtitle: number;
  key: number;
  source: number;
  /** Base font of the chart: axes, ticks, value labels, keys. */
  chart: number;
  padTop: number;
  padBottom: number;
  padX: number;
  gap: number;
}

export function slideType(room: Room): SlideType {
  const h = room.height;
  if (room.print) {
    const f = room.font;
    return { title: Math.round(f * 1.7), subtitle: Math.round(f * 1.1), key: f, source: f, chart: f, padTop: 4, padBottom: 4, padX: 0, gap: Math.round(f * 0.6) };
  }
  const chart = Math.max(room.font, Math.ceil(h * TEXT_SHARE));
  return {
    title: Math.max(28, Math.round(h * 0.05)),
    subtitle: Math.max(chart, Math.round(h * 0.026)),
    key: chart,
    source: chart,
    chart,
    padTop: Math.round(h * 0.025),
    padBottom: Math.round(h * 0.012),
    padX: Math.round(room.width * 0.03),
    gap: Math.round(h * 0.01),
  };
}

/** Line heights the slide's CSS uses (unitless), so the estimates and the page agree. */
export const LINE = { title: 1.1, subtitle: 1.25, key: 1.3, source: 1.3 } as const;



/** What a slide shows above its chart: the title, the subtitle (with any step label) and the series key. */
export interface SlideHead {
  title: string;
  subtitle: string;
  key?: readonly string[];
}

/** Height of a key of these items in one flowing row per line: swatch, gap and text per item. */
function keyLines(items: readonly string[], font: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const it of items) {
    const w = (it.length * CHAR_EM + 1.6 + 2) * font;
    if (used && used + w > width) { lines++; used = 0; }
    used += w;
  }
  return lines;
}

/**
 * The chart area a slide leaves in a room, estimated from its text (never larger than the page gives it):
 * the room less paddings, title, subtitle, key, the one-line source and the gaps between them.
 */
export function chartArea(room: Room, head: SlideHead): { width: number; height: number } {
  const t = slideType(room);
  const width = room.width - 2 * t.padX;
  let used = t.padTop + t.padBottom + 2 * t.gap;
  used += textLines(head.title, t.title, width) * t.title * LINE.title;
  if (head.subtitle) used += Math.round(room.height * 0.005) + textLines(head.subtitle, t.subtitle, width) * t.subtitle * LINE.subtitle;
  if (head.key?.length) used += t.gap + keyLines(head.key, t.key, width) * t.key * LINE.key;
  used += t.source * LINE.source;
  return { width: Math.floor(width), height: Math.max(0, Math.floor(room.height - used - 4)) };
}


/** Horizontal bars drawn for a box: category label column, value label margin, and the lines each category label takes. */
export interface BarGeometry {
  labelWidth: number;
  right: number;
  /** Characters per line of a category label. */
  chars: number;
  lines: number[];
  /** Vertical space the value axis takes (ticks, title, margins), px. */
  axis: number;
}

export function barGeometry(width: number, font: number, cats: readonly string[], valueLabels: readonly string[]): BarGeometry {
  const longest = (xs: readonly string[]) => Math.max(0, ...xs.map((x) => x.length));
  const labelWidth = Math.round(Math.min(width * 0.34, Math.max(6 * font, longest(cats) * CHAR_EM * font + 10)));
  const right = Math.round(Math.min(width * 0.32, longest(valueLabels) * CHAR_EM * font + font));
  const chars = Math.max(4, Math.floor((labelWidth - 8) / (CHAR_EM * font)));
  return { labelWidth, right, chars, lines: cats.map((c) => wrapWords(c, chars).length), axis: Math.round(font * 3.4) + 4 };
}

/** Least height of one category's band: its label's lines, or its bars with their value labels, whichever is more. */
export function barBand(lines: number, series: number, font: number): number {
  return Math.max(lines * font * 1.15, series * font * 1.3) + font * 0.5;
}

/**
 * Categories of a bar chart split into build steps so each step fits the height at this font: as few
 * steps as will do, with the categories shared out evenly. `fits` is false when one category alone does not fit.
 */
export function splitBars(g: BarGeometry, series: number, font: number, height: number): { chunks: [number, number][]; fits: boolean } {
  const n = g.lines.length;
  const avail = height - g.axis;
  const band = g.lines.map((l) => barBand(l, series, font));
  const fitsIn = (from: number, to: number) => band.slice(from, to).reduce((a, b) => a + b, 0) <= avail;
  if (n === 0) return { chunks: [[0, 0]], fits: true };
  for (let steps = 1; steps <= n; steps++) {
    const per = Math.ceil(n / steps);
    const chunks: [number, number][] = [];
    for (let i = 0; i < n; i += per) chunks.push([i, Math.min(n, i + per)]);
    if (chunks.every(([a, b]) => fitsIn(a, b))) return { chunks, fits: true };
  }
  return { chunks: g.lines.map((_, i) => [i, i + 1] as [number, number]), fits: false };
}

/** How a unit chart's panels are arranged in a box (unitLayout). */
export interface UnitLayout {
  /** Panels per row. */
  across: number;
  cols: number;
  cell: number;
  fits: boolean;
}

/**
 * Unit charts (a square per person) laid out for a box: panels side by side or stacked, all with the same
 * square size and columns so panels compare mark for mark, the arrangement and columns that give the largest squares.
 * `textLines(panelWidth)`: lines of text a panel takes at that width (caption and legend), each 1.35 of the font high.
 */
export function unitLayout(box: { width: number; height: number }, totals: readonly number[], textLines: (panelWidth: number) => number, font: number): UnitLayout {
  const n = totals.length;
  let best: UnitLayout = { across: Math.max(1, n), cols: 10, cell: 0, fits: false };
  for (let across = 1; across <= n; across++) {
    const down = Math.ceil(n / across);
    const gapX = font;
    const pw = (box.width - gapX * (across - 1)) / across;
    // caption, legend and the squares' margins of each panel, in px
    const text = textLines(pw) * font * 1.35 + font * 0.8;
    const ph = (box.height - font * 0.8 * (down - 1)) / down - text;
    if (pw <= 0 || ph <= 0) continue;
    const most = Math.max(...totals);
    for (let cols = 1; cols <= most; cols++) {
      const rows = Math.max(...totals.map((t) => Math.ceil(t / cols)));
      const cell = Math.min(pw / cols, ph / rows);
      if (cell > best.cell) best = { across, cols, cell, fits: cell >= 3 };
    }
  }
  return { ...best, cell: Math.floor(best.cell * 100) / 100 };
}



/**
 * Figure cards laid out for a box: columns and the font that fills it without overflow. Words never break,
 * so a card is at least as wide as its longest word (a figure such as "250,000,000" at the large size).
 */
export function figureGrid(box: { width: number; height: number }, items: readonly { value: string; label: string; meta: string }[], font: number): { cols: number; font: number; value: number; fits: boolean } {
  const inner = (cols: number, f: number) => (box.width - f * (cols - 1)) / cols - f;
  const card = (cols: number, f: number, v: number) => {
    const w = inner(cols, f);
    return Math.max(...items.map((it) =>
      textLines(it.value, f * v, w, BOLD_EM) * f * v * 1.1 + textLines(it.label, f, w) * f * 1.3 + textLines(it.meta, f, w) * f * 1.3 + f * 1.2));
  };
  const wordsFit = (cols: number, f: number, v: number) => {
    const w = inner(cols, f);
    return items.every((it) => longestWord(it.value) * BOLD_EM * f * v <= w && Math.max(longestWord(it.label), longestWord(it.meta)) * CHAR_EM * f <= w);
  };
  const n = items.length;
  // the figures as large as they go (2.2 times the text), smaller only when nothing else fits
  for (const v of [2.2, 1.8, 1.5]) {
    let best = { cols: 1, font, value: v, fits: false };
    for (let cols = 1; cols <= Math.max(1, Math.min(n, 4)); cols++) {
      const rows = Math.ceil(n / cols);
      const fitsAt = (f: number) => wordsFit(cols, f, v) && rows * card(cols, f, v) + (rows - 1) * f * 0.8 <= box.height;
      if (!fitsAt(font)) continue;
      // grow the type while it fits, up to 1.6 times the base font
      let f = font;
      while (f < font * 1.6 && fitsAt(f + 1)) f++;
      if (!best.fits || f > best.font) best = { cols, font: f, value: v, fits: true };
    }
    if (best.fits) return best;
  }
  return { cols: 1, font, value: 1.5, fits: false };
}

/** Paper the handout is laid out for (portrait): its name, its CSS page size and its size in mm. */
export const PAPERS = {
  a4: { name: 'A4', css: 'A4 portrait', width: 210, height: 297 },
  letter: { name: 'US Letter', css: 'letter portrait', width: 215.9, height: 279.4 },
} as const;
export type Paper = keyof typeof PAPERS;
export const MARGIN_MM = 12;
const mmToPx = (mm: number) => Math.floor((mm * 96) / 25.4);
/** What a paper leaves to print on inside its margins, in CSS px. */
export function printable(paper: Paper) {
  const p = PAPERS[paper];
  return { width: mmToPx(p.width - 2 * MARGIN_MM), height: mmToPx(p.height - 2 * MARGIN_MM) };
}
/** Shares of the printable height a handout chart may take, tried in turn until it fits. */
export const PAPER_SHARES = [0.62, 0.8, 0.97] as const;

/** The room a handout chart is laid out for: the printable width, a share of the printable height, 13 px type. */
export function paperRoom(paper: Paper, share: number = PAPER_SHARES[0]): Room {
  const { width, height } = printable(paper);
  return { width, height: Math.floor(height * share), font: 13, print: true };
}

/**
 * The layout functions unit and figure charts use on a slide or a page, handed to them with the size
 * (components/chart: present.fit), so the chart pages, which never lay out for a room, do not load them.
 */
export const SLIDE_FIT = { textLines, unitLayout, figureGrid };
export type SlideFit = typeof SLIDE_FIT;

/**
 * A chart drawn for a lecture hall or a printed page: the box to fill, the base font (every text of the
 * chart), for a bar chart split across build steps the rows that set its scale, and the layout functions
 * (SLIDE_FIT above; passed in so chart pages do not load them). A printed page's box is fixed, so
 * its chart has a build-time picture (lib/charts/staticSvg.ts printUid).
 */
export interface PresentSize { width: number; height: number; font: number; domainRows?: readonly PlotRow[]; fit: SlideFit; print?: boolean }

/**
 * Fit of a lecture slide as drawn in Chromium, measured the same way by the e2e test and `npm run bench`:
 * every drawn element of the chart (marks, axes, ticks, labels, keys) inside the visible slide and its chart
 * area, the share of the free height the chart's drawing spans, and the smallest text on it in CSS pixels.
 */
import type { Page } from '@playwright/test';

export interface SlideMeasure {
  slide: string;
  step: number;
  /** The slide's kind of content: chart, network, storyline, or text (title and own slides). */
  kind: string;
  room: { width: number; height: number };
  /** Drawn elements (and the slide's header and footer) outside the visible slide or its chart area. */
  outside: string[];
  /** Height of the chart's drawing (union of its drawn elements) over the chart area's height. */
  fill: number;
  /** Pairs of texts in the chart area that overlap (a figure running into the next card, a label over a label). */
  overlaps: string[];
  /** Smallest text in the chart area, CSS px (SVG text times its scale). */
  minFont: number;
  /** The slide's own verdict (data-fit): "ok", or "clipped" when it says it cannot fit. */
  verdict: string | null;
}

// A string, not a function: tsx (the bench) would wrap a named function in a helper the page does not have.
export const SLIDE_MEASURE = `(() => {
  const room = document.querySelector('.deck-audience .slide-room');
  const slide = room.querySelector('.slide');
  const R = room.getBoundingClientRect();
  const T = 1;
  const inside = (r, b) => r.left >= b.left - T && r.top >= b.top - T && r.right <= b.right + T && r.bottom <= b.bottom + T;
  const visible = (el) => {
    if (el.closest('defs, clipPath, pattern, title, desc, .recharts-tooltip-wrapper, .visually-hidden, [hidden]')) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.getAttribute('data-mark') ? '[' + el.getAttribute('data-mark') + ']' : '') + (el.getAttribute('class') ? '.' + String(el.getAttribute('class')).split(' ')[0] : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  // the text an SVG text shows (its tooltip title is not drawn)
  const shown = (el) => [...el.childNodes].filter((n) => n.nodeName.toLowerCase() !== 'title').map((n) => n.textContent).join('');
  const outside = [];
  for (const part of slide.querySelectorAll(':scope > header, :scope > footer, :scope > div')) if (!inside(part.getBoundingClientRect(), R)) outside.push('slide part ' + name(part));
  const area = slide.querySelector('.slide-chart');
  const kind = !area ? 'text' : area.querySelector('.slide-network') ? 'network' : area.querySelector('.slide-storyline') ? 'storyline' : 'chart';
  let fill = 0;
  let minFont = Infinity;
  const overlaps = [];
  if (area) {
    const A = area.getBoundingClientRect();
    const drawn = [...area.querySelectorAll('svg *:not(g):not(tspan):not(svg), li, figcaption, span, strong, p')].filter(visible);
    let top = Infinity, bottom = -Infinity;
    for (const el of drawn) {
      const r = el.getBoundingClientRect();
      if (!inside(r, A) || !inside(r, R)) outside.push(name(el));
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    }
    fill = drawn.length ? (bottom - top) / A.height : 0;
    for (const el of drawn) {
      const svgText = el.tagName.toLowerCase() === 'text';
      // text to read: words or figures (a glyph drawn as a mark, such as a fate's cross, is a mark, not text)
      const own = svgText ? /[\\p{L}\\p{N}]/u.test(shown(el)) : [...el.childNodes].some((n) => n.nodeType === 3 && /[\\p{L}\\p{N}]/u.test(n.textContent));
      if (!own) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (svgText) { const m = el.getScreenCTM(); if (m) px *= Math.hypot(m.a, m.b); }
      minFont = Math.min(minFont, px);
    }
    // the boxes of the text itself: an SVG text, or the text nodes of an HTML element (a Range hugs the glyphs)
    const texts = [];
    for (const el of drawn) {
      if (el.tagName.toLowerCase() === 'text') { if (/[\\p{L}\\p{N}]/u.test(shown(el))) texts.push({ el, r: el.getBoundingClientRect() }); continue; }
      if (el.namespaceURI === 'http://www.w3.org/2000/svg') continue;
      for (const n of el.childNodes) {
        if (n.nodeType !== 3 || !n.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) texts.push({ el, r });
      }
    }
    const T2 = 1;
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i], b = texts[j];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      if (a.r.left < b.r.right - T2 && b.r.left < a.r.right - T2 && a.r.top < b.r.bottom - T2 && b.r.top < a.r.bottom - T2) overlaps.push(name(a.el) + ' / ' + name(b.el));
    }
  }
  return { slide: slide.getAttribute('data-slide'), step: Number(slide.getAttribute('data-step')), kind, room: { width: R.width, height: R.height },
    outside, overlaps, fill, minFont: minFont === Infinity ? 0 : minFont, verdict: slide.getAttribute('data-fit') };
})()`;

/** Measures the audience window's slide once it says it has laid itself out (data-fit) and two frames are drawn. */
export async function measureSlide(page: Page): Promise<SlideMeasure> {
  await page.locator('.deck-audience .slide[data-fit]').waitFor({ state: 'attached' });
  // a network year step glides and fades for a moment: measure where things come to rest
  await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)))');
  // the slide judges its fit again once its drawing has been still a moment; a slide that does not fit stays "clipped"
  await page.locator('.deck-audience .slide[data-fit="ok"]').waitFor({ state: 'attached', timeout: 3000 }).catch(() => undefined);
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return (await page.evaluate(SLIDE_MEASURE)) as SlideMeasure;
}

/** The room sizes a deck must fit: an old projector, 720p, 1080p, 4K. */
export const ROOMS = [[1024, 768], [1280, 720], [1920, 1080], [3840, 2160]] as const;

/** Smallest text a slide may show, as a share of the slide's height (24 px at 1080p). */
export const MIN_TEXT_SHARE = 0.022;
/** Least share of the free height a chart's drawing spans. */
export const MIN_FILL = 0.6;

/** What is wrong with a measure, in words (empty when the slide fits). */
export function fitProblems(m: SlideMeasure): string[] {
  const out: string[] = [];
  const where = `${m.slide} step ${m.step + 1} at ${m.room.width}×${m.room.height}`;
  if (m.outside.length) out.push(`${where}: ${m.outside.length} elements outside: ${m.outside.slice(0, 4).join('; ')}`);
  if (m.overlaps.length) out.push(`${where}: ${m.overlaps.length} texts overlap: ${m.overlaps.slice(0, 3).join('; ')}`);
  if (m.kind === 'text') return out;
  if (m.fill < MIN_FILL) out.push(`${where}: the chart spans ${(m.fill * 100).toFixed(0)}% of the free height`);
  if (m.minFont < MIN_TEXT_SHARE * m.room.height - 0.01) out.push(`${where}: smallest text ${m.minFont.toFixed(1)} px < ${(MIN_TEXT_SHARE * m.room.height).toFixed(1)} px`);
  if (m.verdict !== 'ok') out.push(`${where}: the slide says it does not fit`);
  return out;
}

/** The deck's position line: slide n of total, step s of steps (one step when it has no build steps). */
export function parsePosition(text: string): { slide: number; total: number; step: number; steps: number } | null {
  const m = /^(\d+) \/ (\d+)(?: · step (\d+) of (\d+))?/.exec(text);
  return m ? { slide: Number(m[1]), total: Number(m[2]), step: Number(m[3] ?? 1), steps: Number(m[4] ?? 1) } : null;
}

/** Walks an open deck from its first place to its last (→ at each), measuring every place. */
export async function walkDeck(page: Page): Promise<SlideMeasure[]> {
  const pos = page.getByTestId('deck-pos');
  const out: SlideMeasure[] = [];
  for (;;) {
    out.push(await measureSlide(page));
    const text = (await pos.textContent()) ?? '';
    const p = parsePosition(text);
    if (!p) throw new Error(`no deck position in "${text}"`);
    if (p.slide === p.total && p.step === p.steps) return out;
    await page.keyboard.press('ArrowRight');
    // the next place is shown when the position line changes (polled: the page's CSP allows no evaluated waits)
    for (let i = 0; i < 400 && (await pos.textContent()) === text; i++) await page.waitForTimeout(25);
    if ((await pos.textContent()) === text) throw new Error(`the deck did not move on from "${text}"`);
  }
}

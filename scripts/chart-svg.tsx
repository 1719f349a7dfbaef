/**
 * Build step (after prepare-data, before next build): draws every bar and line chart with the site's own
 * BarView / LineView in jsdom, at each of STATIC_WIDTHS (and the home-page card at MINI_WIDTH), in its default
 * state, and writes the SVGs to lib/generated/chart-svg.json. The pages put them in the HTML as served, so a
 * chart is there at first paint, without JavaScript and in print; the live recharts chart takes over when the
 * reader reaches for it (components/chart/ChartBody.tsx).
 *
 * recharts 3 draws nothing with react-dom/server (its layout is filled in by effects); in jsdom with
 * react-dom/client and act() every effect runs. recharts measures text with a span's getBoundingClientRect,
 * which jsdom leaves at zero: it gets the widths Chromium gives the site's font (lib/text/charWidths.json), so labels
 * wrap and ticks thin as they do in the browser. See ../shared/research/recharts-server-svg.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { StaticPicture, StaticPictures } from '../lib/charts/staticSvg';
import { tableWidth, type CharWidths } from '../lib/text/measure';

const OUT = path.join(process.cwd(), 'lib', 'generated', 'chart-svg.json');

const table = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'lib', 'text', 'charWidths.json'), 'utf8')) as CharWidths;
/** Width of a text in the site's font, from Chromium's advance widths (lib/text/measure.ts). */
export const measureText = (text: string, fontSize: number): number => tableWidth(table, text, fontSize);

/** recharts classes the site's CSS styles (app/globals.css); every other class and wrapper is left out of a picture. */
const STYLED = new Set(['recharts-surface', 'recharts-text', 'recharts-cartesian-axis-tick-value', 'recharts-cartesian-grid', 'recharts-cartesian-axis-line',
  'recharts-cartesian-axis-tick-line', 'recharts-label', 'recharts-line-curve']);
/** Attributes recharts copies onto elements that do not take them (a line's x, a text's width): no effect, only bytes. */
const IDLE: Record<string, readonly string[]> = { line: ['x', 'y', 'width', 'height', 'offset'], text: ['width', 'height', 'offset'], path: ['width', 'height', 'offset'] };

const COORDS = ['x1', 'y1', 'x2', 'y2'];
/** Two lines drawn alike: the same attributes but for their ends. */
const same = (a: Element, b: Element) => {
  const rest = (e: Element) => [...e.attributes].filter((x) => !COORDS.includes(x.name)).map((x) => `${x.name}=${x.value}`).sort().join('|');
  return rest(a) === rest(b);
};

/** A picture for a chart page (one of STATIC_WIDTHS, CSS picks), a home-page card (stretched, no text) or a printed page's fixed box. */
export type PictureKind = 'width' | 'mini' | 'print';

/**
 * Post-processing of recharts' markup into a picture: decorative (aria-hidden, no tab stop), ids of its own,
 * numbers cut to 2 decimals, and lean: empty groups and wrappers without a transform, style or clip are
 * dropped, as are classes no CSS uses and attributes that draw nothing; a one-line text is one element, and
 * a run of lines drawn alike (grid, ticks) one path (together, half the elements of recharts' markup).
 */
export function toPicture(host: Element, uid: string, w: number, kind: PictureKind = 'width'): StaticPicture {
  const mini = kind === 'mini';
  const svg = host.querySelector('svg.recharts-surface');
  if (!svg) throw new Error(`chart-svg: ${uid} at ${w} px: recharts drew no <svg>`);
  const h = Number(svg.getAttribute('height'));
  if (!(h > 0)) throw new Error(`chart-svg: ${uid} at ${w} px: no height`);
  for (const el of [...svg.querySelectorAll('*')].reverse()) {
    const keep = [...el.classList].filter((c) => STYLED.has(c));
    if (keep.length) el.setAttribute('class', keep.join(' ')); else el.removeAttribute('class');
    for (const a of IDLE[el.tagName.toLowerCase()] ?? []) el.removeAttribute(a);
    el.removeAttribute('tabindex');
    if (el.tagName.toLowerCase() === 'g' && !el.hasAttribute('data-event')) {
      if (!el.firstChild) { el.remove(); continue; }
      if (el.attributes.length === 0) el.replaceWith(...el.childNodes);
    }
    if ((el.tagName === 'title' || el.tagName === 'desc') && !el.textContent) el.remove();
  }
  // a text of one line is one element (its tspan's place moves onto it)
  for (const t of svg.querySelectorAll('text')) {
    const only = t.children.length === 1 && t.childNodes.length === 1 ? t.firstElementChild : null;
    if (only?.tagName !== 'tspan' || [...only.attributes].some((a) => a.name !== 'x' && a.name !== 'dy')) continue;
    for (const a of [...only.attributes]) t.setAttribute(a.name, a.value);
    t.textContent = only.textContent;
  }
  // runs of lines drawn alike (grid, ticks) are one path
  for (const first of [...svg.querySelectorAll('line')]) {
    if (!first.parentNode || first.previousElementSibling?.tagName === 'line' && same(first.previousElementSibling, first)) continue;
    const run: Element[] = [first];
    while (run[run.length - 1].nextElementSibling?.tagName === 'line' && same(run[run.length - 1].nextElementSibling as Element, first)) run.push(run[run.length - 1].nextElementSibling as Element);
    if (run.length < 2) continue;
    const path = first.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
    for (const a of first.attributes) if (!COORDS.includes(a.name)) path.setAttribute(a.name, a.value);
    path.setAttribute('d', run.map((l) => `M${l.getAttribute('x1')} ${l.getAttribute('y1')}L${l.getAttribute('x2')} ${l.getAttribute('y2')}`).join(''));
    first.replaceWith(path);
    for (const l of run.slice(1)) l.remove();
  }
  // clip paths nothing uses
  const used = svg.outerHTML;
  for (const c of [...svg.querySelectorAll('clipPath[id]')]) {
    if (used.includes(`url(#${c.id})`)) continue;
    const defs = c.parentElement;
    c.remove();
    if (defs?.tagName === 'defs' && !defs.firstChild) defs.remove();
  }
  for (const a of ['role', 'tabindex', 'style']) svg.removeAttribute(a);
  svg.setAttribute('data-w', kind === 'width' ? String(w) : kind);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (mini) { svg.setAttribute('width', '100%'); svg.setAttribute('preserveAspectRatio', 'none'); }
  // recharts' ids (clip paths, from a counter) would collide with the live chart's and between widths, and
  // change from build to build: each picture numbers its own
  const base = uid.replace(/[^\w-]/g, '-');
  const ids = new Map([...svg.querySelectorAll('[id]')].map((e, i) => [e.id, `s-${base}-${w}-${i}`]));
  const markup = svg.outerHTML
    .replace(/(id="|url\(#)([^")]+)/g, (m, pre: string, id: string) => (ids.has(id) ? `${pre}${ids.get(id)}` : m))
    .replace(/<[^>]+>/g, (t) => t.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)));
  return { w: mini ? 0 : w, h, svg: markup };
}

/** Draws the charts whose index (among bar and line charts) is `part` modulo `parts`, in this process. */
async function drawPart(part: number, parts: number): Promise<StaticPictures> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  for (const k of ['window', 'document', 'navigator', 'HTMLElement', 'SVGElement', 'Element', 'Node', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MutationObserver']) {
    Object.defineProperty(g, k, { value: (dom.window as unknown as Record<string, unknown>)[k], configurable: true, writable: true });
  }
  g.IS_REACT_ACT_ENVIRONMENT = true;
  const orig = dom.window.HTMLElement.prototype.getBoundingClientRect;
  dom.window.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (this.id !== 'recharts_measurement_span') return orig.call(this);
    const fs = parseFloat(this.style.fontSize) || 16;
    const width = measureText(this.textContent ?? '', fs);
    return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: fs * 1.2, width, height: fs * 1.2, toJSON() { return this; } } as DOMRect;
  };
  // recharts and React after the DOM: recharts decides at import whether it runs on a server
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { BarView } = await import('../components/chart/BarView');
  const { LineView } = await import('../components/chart/LineView');
  const { chartView } = await import('../components/chart/chartView');
  const views = { Bar: BarView, Line: LineView };
  const { CHARTS, THEMES, chartsOfTheme, resolveChart } = await import('../lib/charts/charts');
  const { defaultState } = await import('../lib/charts/chartState');
  const { loadDataset } = await import('../lib/data/data');
  const { SERVE_ORDER, MINI_WIDTH, printUid } = await import('../lib/charts/staticSvg');
  const { DEFAULT_DECK } = await import('../lib/lecture/deck');
  const { paperRoom, slideType } = await import('../lib/lecture/slideFit');
  const { chartStep, printedBox, printedSteps } = await import('../lib/lecture/slidePlan');
  const data = loadDataset();
  const homeCards = new Set(THEMES.map((t) => chartsOfTheme(t.table)[0]?.slug));
  // the handout as served: the default deck on A4, each chart at its first share of the page (Letter, a
  // lecturer's own deck or a chart that needs more of the page draw live)
  const handout = new Set(DEFAULT_DECK);
  const paper = paperRoom('a4');
  const paperFont = slideType(paper).chart;

  // act() runs every effect, so recharts' store is filled and its <svg> drawn before the markup is read
  const draw = (el: React.ReactElement | null, uid: string, w: number, kind: PictureKind = 'width'): StaticPicture => {
    if (!el) throw new Error(`chart-svg: ${uid} is not a bar or line chart`);
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = createRoot(host);
    React.act(() => { root.render(el); });
    const copy = host.cloneNode(true) as Element;
    React.act(() => root.unmount());
    host.remove();
    return toPicture(copy, uid, w, kind);
  };

  const out: StaticPictures = {};
  const specs = CHARTS.filter((c) => c.kind === 'bar' || c.kind === 'line').filter((_, i) => i % parts === part);
  for (const spec of specs) {
    if (spec.kind !== 'bar' && spec.kind !== 'line') continue;
    const chart = resolveChart(spec, data);
    const scale = defaultState(spec).scale;
    const view = (width: number, mini: boolean) => chartView(views, { chart, rows: chart.rows, scale: mini ? 'linear' : scale, width, uid: mini ? `${spec.slug}-mini` : spec.slug, mini });
    out[spec.slug] = SERVE_ORDER.map((w) => draw(view(w, false), spec.slug, w));
    if (homeCards.has(spec.slug)) out[`${spec.slug}-mini`] = [draw(view(MINI_WIDTH, true), `${spec.slug}-mini`, MINI_WIDTH, 'mini')];
    if (!handout.has(spec.slug)) continue;
    // as components/present/Slide.tsx draws it on paper: the step's rows, the fixed box, print type, the whole chart's scale
    for (const step of printedSteps(chart, paper)) {
      const { rows } = chartStep(chart, step, paper);
      const box = printedBox(chart, step, paper);
      const size = { width: box.width, height: Math.max(120, box.height), font: paperFont };
      const uid = printUid(spec.slug, rows, size);
      out[uid] = [draw(chartView(views, { chart, rows, scale, width: size.width, uid: spec.slug, present: size }), uid, size.width, 'print')];
    }
  }
  return out;
}

/**
 * A part of the charts, drawn in a process of its own (one per core): its pictures come back as JSON on stdout.
 * React's development build, whatever the caller's NODE_ENV: act() exists only there (the markup is the same).
 */
function drawInChild(part: number, parts: number): Promise<StaticPictures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]], { env: { ...process.env, CHART_SVG_PART: `${part}/${parts}`, NODE_ENV: 'development' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as StaticPictures) : reject(new Error(`chart-svg: part ${part + 1} of ${parts} failed (exit ${code})`))));
  });
}

async function main() {
  const worker = /^(\d+)\/(\d+)$/.exec(process.env.CHART_SVG_PART ?? '');
  if (worker) {
    process.stdout.write(JSON.stringify(await drawPart(Number(worker[1]), Number(worker[2]))));
    return;
  }
  const t0 = performance.now();
  const parts = Math.max(1, Math.min(4, os.availableParallelism()));
  const results = await Promise.all(Array.from({ length: parts }, (_, i) => drawInChild(i, parts)));
  // the charts' order, whatever part drew them
  const { CHARTS } = await import('../lib/charts/charts');
  const all: StaticPictures = Object.assign({}, ...results);
  const out: StaticPictures = {};
  for (const c of CHARTS) for (const uid of Object.keys(all).filter((u) => u === c.slug || u === `${c.slug}-mini` || u.startsWith(`${c.slug}.print.`))) out[uid] = all[uid];
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const json = JSON.stringify(out);
  fs.writeFileSync(OUT, json);
  const count = Object.values(out).reduce((n, p) => n + p.length, 0);
  console.log(`chart-svg: ${count} pictures of ${Object.keys(out).length} charts (${(json.length / 1024).toFixed(0)} kB) in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${parts} processes`);
}

if (process.argv[1]?.endsWith('chart-svg.tsx')) main().catch((e) => { console.error(e); process.exit(1); });

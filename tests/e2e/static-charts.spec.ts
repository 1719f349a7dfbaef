import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, test, type Page } from '@playwright/test';
import { readDataset } from '../../lib/data/data';
import { CHARTS, THEMES, chartsOfTheme, markCount, resolveChart, type ResolvedChart } from '../../lib/charts/charts';
import { STATIC_WIDTHS } from '../../lib/charts/staticSvg';
import { DEFAULT_DECK } from '../../lib/lecture/deck';
import { paperRoom } from '../../lib/lecture/slideFit';
import { chartStep, printedBox, printedSteps } from '../../lib/lecture/slidePlan';
import { shownMarks } from './marks';

// Every chart's picture is in the HTML as served (scripts/chart-svg.tsx, components/chart/ChartBody.tsx): bar and
// line charts as build-time SVGs at each width (and for the handout's A4 page), unit and figure charts as markup;
// with JavaScript off, in print, and before the live chart takes over.

const { dataset } = readDataset();
const charts = CHARTS.map((c) => resolveChart(c, dataset));
const recharts = charts.filter((c) => c.spec.kind === 'bar' || c.spec.kind === 'line');
const themeOf = (c: ResolvedChart) => THEMES.find((t) => t.table === c.spec.theme)!.slug;
/** Every page that shows charts, and the charts it shows in full. */
const PAGES = [
  ...THEMES.map((t) => ({ path: `/${t.slug}`, charts: charts.filter((c) => c.spec.theme === t.table) })),
  ...CHARTS.map((c, i) => ({ path: `/embed/${c.slug}`, charts: [charts[i]] })),
];
/** Rows a chart draws a mark for: bars per row; points for rows with a value and a year. */
const markedRows = (c: ResolvedChart) => c.rows.filter((r) => c.spec.kind !== 'line' || (r.row.value !== undefined && r.row.period_start !== undefined)).map((r) => r.row.id).sort();

test('the HTML as served holds every bar and line chart at every width, with a mark and a value label per row', async ({ request }) => {
  for (const p of PAGES) {
    const doc = new JSDOM(await (await request.get(p.path)).text()).window.document;
    for (const c of p.charts.filter((x) => recharts.includes(x))) {
      const box = doc.querySelector(`section[data-chart="${c.spec.slug}"] .chart-static`);
      expect(box, `${p.path} ${c.spec.slug}`).not.toBeNull();
      const svgs = [...box!.querySelectorAll(':scope > svg')];
      expect(svgs.map((s) => Number(s.getAttribute('data-w'))).sort((a, b) => a - b), `${p.path} ${c.spec.slug}`).toEqual([...STATIC_WIDTHS]);
      for (const svg of svgs) {
        const at = `${p.path} ${c.spec.slug} at ${svg.getAttribute('data-w')} px`;
        const marks = [...svg.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('data-row') ?? '').sort();
        expect(marks, at).toEqual(markedRows(c));
        // a figure beside each bar and point: the label list holds one text per mark
        const labels = [...svg.querySelectorAll('text.recharts-label')].map((t) => t.textContent ?? '').filter((t) => /\d/.test(t));
        expect(labels.length, at).toBeGreaterThanOrEqual(marks.length);
        for (const e of c.events) expect(svg.querySelector(`[data-event="${e.id}"]`), `${at}: event ${e.id}`).not.toBeNull();
        expect(svg.getAttribute('aria-hidden'), at).toBe('true');
        expect(svg.hasAttribute('tabindex'), at).toBe(false);
      }
    }
  }
  // the home page's cards: one stretched picture each
  const home = new JSDOM(await (await request.get('/')).text()).window.document;
  for (const t of THEMES) {
    const c = charts.find((x) => x.spec.slug === chartsOfTheme(t.table)[0].slug)!;
    const card = home.querySelector(`[data-table="${t.table}"] .mini-chart`);
    if (c.spec.kind === 'bar' || c.spec.kind === 'line') expect(card?.querySelectorAll('.chart-static svg[data-w="mini"] [data-mark]').length, t.slug).toBe(markedRows(c).length);
    else expect(card?.querySelectorAll('[data-mark]').length, t.slug).toBeGreaterThan(0);
  }
});

test('the pictures reach the browser once: no client script carries them', async () => {
  const dir = path.join(process.cwd(), 'out', '_next', 'static');
  const offenders: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith('.js') && fs.readFileSync(f, 'utf8').includes('s-arrested-by-rank-1120-')) offenders.push(f);
    }
  };
  walk(dir);
  expect(offenders).toEqual([]);
});

for (const width of [1280, 390]) {
  test(`with JavaScript off, every chart shows its marks at ${width} px`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const p of PAGES.slice(0, THEMES.length)) {
      await page.goto(p.path);
      for (const c of p.charts) {
        const frame = page.locator(`section[data-chart="${c.spec.slug}"]`);
        const s = await shownMarks(frame);
        const at = `${p.path} ${c.spec.slug}`;
        expect(s.marks, at).toBe(markCount(c).marks);
        if (c.spec.kind === 'bar' || c.spec.kind === 'line') {
          expect(s.rows.sort(), at).toEqual(markedRows(c));
          expect(s.surfaces, at).toBe(1);
          // the picture drawn for this box: the widest that fits it, never wider
          const shown = await frame.locator('.chart-static > svg:visible').evaluate((svg) => ({ w: Number(svg.getAttribute('data-w')), box: svg.parentElement!.getBoundingClientRect().width, drawn: svg.getBoundingClientRect().width }));
          const fits = STATIC_WIDTHS.filter((w) => w <= shown.box);
          expect(shown.w, at).toBe(fits.length ? fits[fits.length - 1] : STATIC_WIDTHS[0]);
          // at its own size, so its text is the live chart's size
          if (fits.length) expect(shown.drawn, at).toBe(shown.w);
        }
      }
    }
    await page.screenshot({ path: `test-results/screenshots/repression-nojs-${width}.png`, fullPage: true });
    await context.close();
  });
}

/** Geometry of a chart's marks and texts, relative to its svg. */
function geometry(page: Page, selector: string) {
  return page.locator(selector).evaluate((svg) => {
    const o = svg.getBoundingClientRect();
    const box = (e: Element) => { const b = e.getBoundingClientRect(); return [b.x - o.x, b.y - o.y, b.width, b.height].map((n) => Math.round(n * 100) / 100); };
    return {
      size: [o.width, o.height],
      marks: Object.fromEntries([...svg.querySelectorAll('[data-mark]')].map((m) => [m.getAttribute('data-row') ?? '', box(m)])) as Record<string, number[]>,
      texts: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: box(t) })).sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]),
    };
  });
}

test('each picture is the live chart: same marks and texts, within 0.5 px, at the default width', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const c of recharts) {
    await page.goto(`/${themeOf(c)}`);
    const frame = `section[data-chart="${c.spec.slug}"]`;
    const still = await geometry(page, `${frame} .chart-static > svg:visible`);
    await page.locator(`${frame} .chart-area`).hover();
    await expect(page.locator(`${frame} .chart-body[data-live="true"]`)).toBeAttached();
    await expect(page.locator(`${frame} .chart-static`)).toHaveCount(0);
    const live = await geometry(page, `${frame} .chart-live svg.recharts-surface`);
    expect(live.size, c.spec.slug).toEqual(still.size);
    expect(Object.keys(live.marks).sort(), c.spec.slug).toEqual(Object.keys(still.marks).sort());
    for (const [id, b] of Object.entries(still.marks)) {
      b.forEach((v, i) => expect(Math.abs(v - live.marks[id][i]), `${c.spec.slug} ${id}`).toBeLessThanOrEqual(0.5));
    }
    // the live chart may add a tooltip's text; every text of the picture is where the live chart draws it
    expect(still.texts.length, c.spec.slug).toBeGreaterThan(0);
    for (const t of still.texts) {
      const m = live.texts.find((l) => l.text === t.text && l.box.every((v, i) => Math.abs(v - t.box[i]) <= 0.5));
      expect(m, `${c.spec.slug}: "${t.text}" at ${t.box.join(',')}`).toBeDefined();
    }
  }
});

test('the picture stays through hydration, takes no tab stop, and the live chart replaces it without a shift', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/officer-corps');
  await page.waitForLoadState('networkidle');
  const frame = page.locator('section[data-chart="arrested-by-rank"]');
  // no recharts until the reader reaches for a chart
  await expect(frame.locator('.chart-static > svg')).toHaveCount(STATIC_WIDTHS.length);
  await expect(frame.locator('.chart-live')).toHaveCount(0);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(resources.filter((r) => /recharts/i.test(r))).toEqual([]);
  // what follows the chart stays where it was, relative to the frame (hovering may scroll the page)
  const below = () => frame.evaluate((f) => f.querySelector('.chart-summary')!.getBoundingClientRect().top - f.getBoundingClientRect().top);
  const before = await below();
  await frame.locator('.chart-area').hover();
  await expect(frame.locator('.chart-body[data-live="true"]')).toBeAttached();
  expect(await below()).toBe(before);
  // focus reaching the frame mounts the live chart too
  const other = page.locator('section[data-chart="executed-by-rank"]');
  await other.getByRole('link').first().focus();
  await expect(other.locator('.chart-body[data-live="true"]')).toBeAttached();
});

test('a link with a chart state never shows the default picture; print shows the picture', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  let hiddenAtStart: string | null = null;
  page.on('domcontentloaded', async () => {
    hiddenAtStart = await page.evaluate(() => {
      const e = document.querySelector('section[data-chart="repression-scale"] .chart-static');
      return e ? getComputedStyle(e).visibility : 'gone';
    }).catch(() => 'gone');
  });
  await page.goto('/repression?repression-scale.scale=linear');
  await expect.poll(() => hiddenAtStart).not.toBeNull();
  expect(['hidden', 'gone']).toContain(hiddenAtStart);
  const frame = page.locator('section[data-chart="repression-scale"]');
  await expect(frame.locator('.chart-body[data-live="true"]')).toBeAttached();
  await expect(frame.locator('svg.recharts-surface:visible')).not.toContainText('(log scale)');

  await page.emulateMedia({ media: 'print' });
  await page.goto('/officer-corps');
  const s = await shownMarks(page.locator('section[data-chart="arrested-by-rank"]'));
  expect(s.marks).toBe(28);
  expect(s.surfaces).toBe(1);
});

/** The handout as served: the default deck on A4, each chart's printed parts with the rows each shows. */
const paper = paperRoom('a4');
const handoutParts = DEFAULT_DECK.flatMap((slug) => {
  const c = charts.find((x) => x.spec.slug === slug);
  return c ? printedSteps(c, paper).map((step) => ({ c, step, rows: chartStep(c, step, paper).rows })) : [];
});

test('the handout as served draws every chart of the deck for its page: pictures for A4, unit and figure charts as markup', async ({ request, browser }) => {
  expect(handoutParts.filter((p) => p.c.spec.kind === 'bar' || p.c.spec.kind === 'line').length).toBeGreaterThan(5);
  const doc = new JSDOM(await (await request.get('/present/handout')).text()).window.document;
  for (const { c, step, rows } of handoutParts) {
    const part = doc.querySelector(`[data-handout="${c.spec.slug}"] [data-handout-part="${step}"]`);
    const at = `${c.spec.slug} part ${step}`;
    expect(part, at).not.toBeNull();
    if (c.spec.kind === 'bar' || c.spec.kind === 'line') {
      const svgs = [...part!.querySelectorAll('.chart-static > svg')];
      expect(svgs.map((s) => s.getAttribute('data-w')), at).toEqual(['print']);
      const box = printedBox(c, step, paper);
      expect([svgs[0].getAttribute('width'), svgs[0].getAttribute('height')], at).toEqual([String(box.width), String(Math.max(120, box.height))]);
      const shown = { ...c, rows };
      expect([...svgs[0].querySelectorAll('[data-mark]')].map((m) => m.getAttribute('data-row') ?? '').sort(), at).toEqual(markedRows(shown));
    } else {
      expect(part!.querySelectorAll('[data-mark]').length, at).toBeGreaterThan(0);
    }
  }
  // with JavaScript off, printed: every mark of every part shows
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto('/present/handout');
  for (const { c, step, rows } of handoutParts) {
    const s = await shownMarks(page.locator(`[data-handout="${c.spec.slug}"] [data-handout-part="${step}"]`), '.slide-chart');
    expect(s.marks, `${c.spec.slug} part ${step}`).toBe(markCount({ ...c, rows }).marks);
  }
  await context.close();
});

test('the handout\'s pictures are its live charts (within 0.5 px), and it loads no recharts for them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 900, height: 1200 });
  await page.goto('/present/handout');
  await expect(page.locator('.handout-slide .slide:not([data-fit])')).toHaveCount(0);
  const pictured = handoutParts.filter((p) => p.c.spec.kind === 'bar' || p.c.spec.kind === 'line');
  const sel = (p: (typeof pictured)[number]) => `[data-handout="${p.c.spec.slug}"] [data-handout-part="${p.step}"]`;
  const stills: Geometry[] = [];
  for (const p of pictured) stills.push(await geometry(page, `${sel(p)} .chart-static > svg`));
  await expect(page.locator('.handout .chart-body[data-live="true"]')).toHaveCount(0);
  expect((await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).filter((r) => /recharts/i.test(r))).toEqual([]);
  // to US Letter and back: the live charts draw for A4's boxes
  const select = page.getByRole('combobox', { name: 'Paper size' });
  await select.selectOption('letter');
  await expect(page.locator('.handout[data-paper="letter"]')).toBeAttached();
  await expect(page.locator('.handout .chart-static')).toHaveCount(0);
  await select.selectOption('a4');
  await expect(page.locator('.handout[data-paper="a4"]')).toBeAttached();
  for (const [i, p] of pictured.entries()) {
    // the live chart drew for Letter and redraws for A4 over a few frames: compared once it has settled
    await expect.poll(async () => differences(stills[i], await geometry(page, `${sel(p)} .chart-body[data-live="true"] .chart-live svg.recharts-surface`)), `${p.c.spec.slug} part ${p.step}`).toEqual([]);
  }
});

type Geometry = Awaited<ReturnType<typeof geometry>>;
/** Where a live chart differs from its picture: its size, a mark missing or more than 0.5 px off, a text of the picture not at its place. */
function differences(still: Geometry, live: Geometry): string[] {
  const out: string[] = [];
  if (live.size.join() !== still.size.join()) out.push(`size ${live.size} ≠ ${still.size}`);
  if (Object.keys(live.marks).sort().join() !== Object.keys(still.marks).sort().join()) out.push(`marks ${Object.keys(live.marks)} ≠ ${Object.keys(still.marks)}`);
  for (const [id, b] of Object.entries(still.marks)) if (live.marks[id] && b.some((v, k) => Math.abs(v - live.marks[id][k]) > 0.5)) out.push(`mark ${id} at ${live.marks[id]} ≠ ${b}`);
  for (const t of still.texts) if (!live.texts.some((l) => l.text === t.text && l.box.every((v, k) => Math.abs(v - t.box[k]) <= 0.5))) out.push(`"${t.text}" not at ${t.box} (live: ${live.texts.map((l) => `${l.text}@${l.box}`).join(' | ')})`);
  return out;
}

import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CHARTS, resolveChart } from '../../lib/charts/charts';
import { loadDataset } from '../../lib/data/data';
import { NETWORK_SLIDE, STORYLINE_SLIDE } from '../../lib/lecture/deck';
import { printable, type Paper } from '../../lib/lecture/slideFit';

/**
 * The handout laid out for paper: every chart of the site on A4 and on US Letter, each drawn for the printable
 * width, whole on its page. Checked twice: in Chromium's print layout (every mark there, none outside its
 * chart, no chart taller than a page), and in the PDF Chromium prints (rendered with pdf.js: no blank page,
 * and each chart's title and source line on the same page, so no chart is broken across pages).
 */
const data = loadDataset();
const charts = CHARTS.map((c) => resolveChart(c, data));
const DECK = [...charts.map((c) => c.spec.slug), NETWORK_SLIDE, STORYLINE_SLIDE];

/** Marks a chart draws for its rows: a bar, point or figure per row; a square per person of each unit panel. */
function expectedMarks(slug: string): { mark: string; count: number } {
  const c = charts.find((x) => x.spec.slug === slug)!;
  if (c.spec.kind === 'units') {
    const byId = new Map(c.rows.map((r) => [r.row.id, r.row.value ?? 0]));
    return { mark: 'units', count: c.spec.panels.reduce((s, p) => s + (byId.get(p.total) ?? 0), 0) };
  }
  const mark = { bar: 'bar', line: 'point', figures: 'figure' }[c.spec.kind];
  return { mark, count: c.rows.filter((r) => c.spec.kind !== 'line' || (r.row.value !== undefined && r.row.period_start !== undefined)).length };
}

async function openHandout(page: Page, paper: Paper) {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`/present/handout?deck=${DECK.join(',')}${paper === 'letter' ? '&paper=letter' : ''}`);
  await expect(page.locator(`.handout[data-paper="${paper}"]`)).toBeAttached();
  // every part of every chart has drawn and judged its fit
  await expect(page.locator('.handout-slide .slide:not([data-fit])')).toHaveCount(0, { timeout: 60_000 });
}

for (const paper of ['a4', 'letter'] as const) {
  test(`handout on ${paper}: every mark of every chart in the print layout, each chart no taller than a page`, async ({ page }) => {
    test.setTimeout(120_000);
    await openHandout(page, paper);
    const page_ = printable(paper);
    for (const slug of DECK) {
      const article = page.locator(`[data-handout="${slug}"]`);
      await expect(article.locator('.slide[data-fit="ok"]').first()).toBeAttached();
      const parts = await article.locator('.handout-slide').evaluateAll((els) => els.map((el) => {
        const b = el.getBoundingClientRect();
        const marks = [...el.querySelectorAll('[data-mark], .net-node, .story-svg text, svg text, li')];
        const outside = marks.filter((m) => { const r = m.getBoundingClientRect(); return (r.width || r.height) && (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1); }).length;
        return { width: b.width, height: b.height, outside, fit: el.querySelector('.slide')?.getAttribute('data-fit') };
      }));
      for (const p of parts) {
        expect(p.outside, `${slug}: marks outside the chart`).toBe(0);
        expect(p.fit, slug).toBe('ok');
        expect(p.width, slug).toBeLessThanOrEqual(page_.width);
        expect(p.height, slug).toBeLessThanOrEqual(page_.height);
      }
      if (slug === NETWORK_SLIDE || slug === STORYLINE_SLIDE) continue;
      const { mark, count } = expectedMarks(slug);
      // a unit chart's path stands for as many squares as its data-count says
      await expect.poll(() => article.locator(`.handout-slide [data-mark="${mark}"]`).evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count') ?? 1), 0)), `${slug}: ${mark} marks`).toBe(count);
    }
  });

  test(`handout printed to PDF on ${paper}: no blank page, no chart broken across pages`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await openHandout(page, paper);
    const titles = await page.locator('.handout-slide').evaluateAll((els) => els.map((el) => ({
      title: el.querySelector('.slide-title')?.textContent ?? '',
      source: (el.querySelector('.slide-source')?.textContent ?? '').replace(/\s+\d+ \/ \d+$/, ''),
    })));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // pdf.js renders each page in a blank page of its own (no site CSP), from the package's build files
    const viewer = await context.newPage();
    const build = path.join('node_modules', 'pdfjs-dist', 'build');
    await viewer.route('http://pdf.test/**', (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pdf</title>' });
      return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(path.join(build, path.basename(name))) });
    });
    await viewer.goto('http://pdf.test/');
    const pages = await viewer.evaluate(async (b64: string) => {
      const lib = await import('http://pdf.test/pdf.min.mjs' as string);
      lib.GlobalWorkerOptions.workerSrc = 'http://pdf.test/pdf.worker.min.mjs';
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const doc = await lib.getDocument({ data: bytes }).promise;
      const out: { ink: number; text: string }[] = [];
      for (let i = 1; i <= doc.numPages; i++) {
        const pg = await doc.getPage(i);
        const vp = pg.getViewport({ scale: 0.5 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(vp.width);
        canvas.height = Math.ceil(vp.height);
        const ctx = canvas.getContext('2d')!;
        await pg.render({ canvasContext: ctx, viewport: vp }).promise;
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let k = 0; k < px.length; k += 4) if (px[k + 3] > 0 && (px[k] < 235 || px[k + 1] < 235 || px[k + 2] < 235)) ink++;
        const tc = await pg.getTextContent();
        out.push({ ink: ink / (canvas.width * canvas.height), text: tc.items.map((it: { str?: string }) => it.str ?? '').join(' ').replace(/\s+/g, ' ') });
      }
      return out;
    }, Buffer.from(pdf).toString('base64'));
    expect(pages.length).toBeGreaterThanOrEqual(DECK.length);
    pages.forEach((p, i) => expect(p.ink, `page ${i + 1} of ${pages.length} is blank ("${p.text.slice(0, 120)}")`).toBeGreaterThan(0.005));
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const t of titles) {
      const withTitle = pages.map((p, i) => (squash(p.text).includes(squash(t.title)) ? i : -1)).filter((i) => i >= 0);
      expect(withTitle.length, `"${t.title}" printed`).toBeGreaterThan(0);
      // the chart's title and its source line (top and foot of its box) are printed on one page
      expect(withTitle.some((i) => squash(pages[i].text).includes(squash(t.source))), `"${t.title}" whole on a page`).toBe(true);
    }
  });
}

/**
 * Browser timings in headless Chromium on the built site: time to the first chart mark a reader can see (a bar,
 * point, square or figure, from the HTML as served or drawn by script, or a node of the network), first
 * contentful paint, layout shift, long tasks (over 50 ms), and for the network page the time until the layout
 * stops moving.
 */
import { chromium } from '@playwright/test';

export interface BrowserTiming { page: string; width: number; runs: number; fcp: number; cls: number; firstMark: number; jsAtMarkKb: number; jsTotalKb: number; longTasks: number; longestTask: number; longTaskTotal: number; settle?: number }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// recorded from the very start of each navigation: the first chart mark, and every long task
const INIT = `(() => {
  window.__bench = { firstMark: null, jsAtMark: 0, long: [], cls: 0 };
  window.__js = () => performance.getEntriesByType('resource').filter((e) => /[.]js([?]|$)/.test(e.name)).reduce((a, e) => a + e.encodedBodySize, 0);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const seen = (e) => e.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true });
  const check = () => {
    if (window.__bench.firstMark === null && [...document.querySelectorAll('[data-mark], .net-svg [data-node]')].some(seen)) {
      window.__bench.firstMark = performance.now();
      window.__bench.jsAtMark = window.__js();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: false });
  // and in every frame before paint: a mark the parser inserted is seen in the frame that paints it, even where
  // the observer's callback waits for the parser to yield
  const frame = () => { check(); if (window.__bench.firstMark === null) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})()`;

// positions of every node, compared frame to frame until 10 frames in a row agree
const SETTLE = `(async () => {
  const snap = () => [...document.querySelectorAll('.net-svg [data-node]')].map((n) => n.getAttribute('transform')).join('|');
  let last = snap(); let same = 0; let settledAt = performance.now();
  while (same < 10) {
    await new Promise((r) => requestAnimationFrame(r));
    const s = snap();
    if (s === last && s !== '') same++; else { same = 0; last = s; settledAt = performance.now(); }
  }
  return settledAt;
})()`;

export async function browserTimings(base: string, pages: readonly { name: string; path: string; network?: boolean; width?: number }[], runs = 5): Promise<BrowserTiming[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const out: BrowserTiming[] = [];
  try {
    for (const p of pages) {
      const width = p.width ?? 1280;
      const rows: { fcp: number; cls: number; firstMark: number; jsAtMark: number; jsTotal: number; long: number[]; settle?: number }[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.addInitScript(INIT);
        await page.goto(`${base}${p.path}`, { waitUntil: 'load' });
        // polled with evaluate: waitForFunction compiles its predicate with eval, which the site's CSP refuses
        for (let t = 0; !(await page.evaluate('window.__bench && window.__bench.firstMark !== null')); t++) {
          if (t > 600) throw new Error(`${p.path}: no chart mark after 30 s`);
          await page.waitForTimeout(50);
        }
        if (p.network) await page.waitForSelector('[data-ready="true"]', { state: 'attached' });
        const settle = p.network ? (await page.evaluate(SETTLE)) as number : undefined;
        await page.waitForTimeout(300);
        const r = (await page.evaluate(`({ fcp: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime, cls: window.__bench.cls, firstMark: window.__bench.firstMark, jsAtMark: window.__bench.jsAtMark, jsTotal: window.__js(), long: window.__bench.long })`)) as { fcp: number; cls: number; firstMark: number; jsAtMark: number; jsTotal: number; long: number[] };
        if (i > 0) rows.push({ ...r, settle }); // the first load warms the server's and the OS's caches
        await context.close();
      }
      const long = rows.map((r) => r.long);
      out.push({
        page: p.name, width, runs: rows.length,
        fcp: median(rows.map((r) => r.fcp)), cls: median(rows.map((r) => r.cls)), firstMark: median(rows.map((r) => r.firstMark)),
        jsAtMarkKb: median(rows.map((r) => r.jsAtMark)) / 1024, jsTotalKb: median(rows.map((r) => r.jsTotal)) / 1024,
        longTasks: median(long.map((l) => l.length)), longestTask: median(long.map((l) => Math.max(0, ...l))),
        longTaskTotal: median(long.map((l) => l.reduce((a, b) => a + b, 0))),
        settle: p.network ? median(rows.map((r) => r.settle as number)) : undefined,
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}

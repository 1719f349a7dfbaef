/**
 * `npm run bench`: measures and writes BENCHMARKS.md; exits 1 when a budget is exceeded.
 * Sections: network year stepping (jsdom, real and 500/2,000 synthetic; Chromium on the built page).
 * Run after `npm run build` (the npm script does both).
 */
import fs from 'node:fs';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { readDataset } from '../lib/data';
import { buildNetwork } from '../lib/network';
import { syntheticNetwork } from './bench/synthetic';
import { benchJsdom, BUDGET_MS, type StepStats } from './bench/network';
import { chromium } from 'playwright-core';

const PORT = 3177;
const fmt = (n: number) => n.toFixed(2);

async function withServer<T>(f: (base: string) => Promise<T>): Promise<T> {
  const proc = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  try { return await f(base); } finally { try { process.kill(-(proc.pid as number)); } catch { /* gone */ } }
}

async function benchChromium(base: string, total: { nodes: number; edges: number }): Promise<StepStats & { frame: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/network?year=1917`, { waitUntil: 'networkidle' });
  // a string, not a function: tsx would wrap named functions in a helper the page does not have
  const r = (await page.evaluate(`(async () => {
    const btn = (name) => document.querySelector('button[aria-label="' + name + '"]');
    const year = () => document.querySelector('[data-testid="year"]').textContent;
    const commit = [];
    const frame = [];
    const nextFrame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    for (let round = 0; round < 3; round++) {
      for (const dir of ['Next year', 'Previous year']) {
        while (!btn(dir).disabled) {
          const before = year();
          const t0 = performance.now();
          btn(dir).click();
          while (year() === before) await Promise.resolve();
          const t1 = performance.now();
          await nextFrame();
          const t2 = performance.now();
          if (round > 0) { commit.push(t1 - t0); frame.push(t2 - t0); }
        }
      }
    }
    return { commit, frame, nodes: document.querySelectorAll('.net-svg [data-node]').length };
  })()`)) as { commit: number[]; frame: number[]; nodes: number };
  await browser.close();
  const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
  return { label: 'real data, Chromium (click → DOM updated)', nodes: total.nodes, edges: total.edges, steps: r.commit.length, median: q(r.commit, 0.5), p95: q(r.commit, 0.95), max: Math.max(...r.commit), frame: q(r.frame, 0.95) };
}

async function main() {
  // React's development build times every render; measure what users get
  if (process.env.NODE_ENV !== 'production') throw new Error('run with NODE_ENV=production (npm run bench does)');
  const { dataset, errors } = readDataset();
  if (errors.length) throw new Error('data invalid; run npm run validate');
  const real = buildNetwork(dataset);
  const synth = buildNetwork(syntheticNetwork(500, 2000));
  const results: StepStats[] = [];
  results.push(await benchJsdom('real data, jsdom', real));
  results.push(await benchJsdom('500 nodes / 2,000 edges, jsdom', synth));
  let chrome: (StepStats & { frame: number }) | null = null;
  if (fs.existsSync('.next/BUILD_ID') && fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    chrome = await withServer((base) => benchChromium(base, { nodes: real.nodes.length, edges: real.relations.length }));
    results.push(chrome);
  }
  const over = results.filter((r) => r.p95 > BUDGET_MS);
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${os.cpus().length} cores, Node ${process.version}.`,
    'Figures are milliseconds per step unless stated; budgets are checked by the script, which exits 1 when one is exceeded.',
    '',
    '## Network: one step of the year slider',
    '',
    `Budget: ${BUDGET_MS} ms per step (time filter + render + commit), at the 95th percentile.`,
    '',
    '| setting | nodes | edges | steps | median | p95 | max | p95 / budget | layout (build time) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.label} | ${r.nodes} | ${r.edges || '—'} | ${r.steps} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${fmt(r.p95 / BUDGET_MS)} | ${r.layoutMs !== undefined ? `${fmt(r.layoutMs)} ms` : '—'} |`),
    '',
    chrome ? `In Chromium, click to the next painted frame (p95): ${fmt(chrome.frame)} ms.` : 'Chromium part skipped (no build or no Chromium).',
    '',
    over.length ? `**Over budget:** ${over.map((r) => r.label).join(', ')}` : 'All within budget.',
    '',
  ];
  fs.writeFileSync('BENCHMARKS.md', lines.join('\n'));
  console.log(lines.join('\n'));
  if (over.length) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });

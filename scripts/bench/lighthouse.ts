/**
 * Lighthouse 12 on the built site: mobile (its default: Moto G-class phone, simulated slow 4G and 4× CPU) and
 * desktop presets, each page run 3 times in a fresh headless Chromium, the median kept (single runs swing by
 * ±20 points on 2 busy cores). Standalone: `tsx scripts/bench/lighthouse.ts http://127.0.0.1:3100` prints JSON.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Lighthouse's own CLI in plain Node: under tsx its page functions would carry esbuild's helpers into the page. */
const CLI = path.join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');

export const LH_PAGES = [
  { name: 'home', path: '/' },
  { name: 'theme page', path: '/repression' },
  { name: 'network', path: '/network' },
  { name: 'lecture mode', path: '/present' },
  { name: 'person page', path: '/people/trotsky' },
  { name: 'embed', path: '/embed/arrested-by-rank' },
] as const;

export const LH_TARGETS = { mobilePerf: 95, desktopPerf: 100, mobileTbt: 200, mobileLcp: 2500, cls: 0.01 } as const;

export type Preset = 'mobile' | 'desktop';
export interface LhResult {
  page: string; path: string; preset: Preset; runs: number;
  performance: number; accessibility: number; bestPractices: number; seo: number;
  fcp: number; lcp: number; tbt: number; cls: number; si: number;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function once(url: string, preset: Preset) {
  const args = [CLI, url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking', ...(preset === 'desktop' ? ['--preset=desktop'] : [])];
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024, timeout: 180_000,
  });
  const lhr = JSON.parse(stdout) as { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }>; runtimeError?: { code: string; message: string } };
  const { categories: c, audits: a, runtimeError } = lhr;
  if (runtimeError) throw new Error(`lighthouse ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const num = (id: string) => Number(a[id]?.numericValue ?? NaN);
  const score = (id: string) => Math.round((c[id]?.score ?? NaN) * 100);
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift'), si: num('speed-index'),
  };
}

/** Every page × preset, `runs` times each (runs interleaved page by page), medians per metric. */
export async function lighthouseRuns(base: string, pages: readonly { name: string; path: string }[] = LH_PAGES, runs = 3): Promise<LhResult[]> {
  const out: LhResult[] = [];
  for (const p of pages) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const rs: Awaited<ReturnType<typeof once>>[] = [];
      for (let i = 0; i < runs; i++) rs.push(await once(`${base}${p.path}`, preset));
      const m = (k: keyof (typeof rs)[number]) => median(rs.map((r) => r[k]));
      out.push({
        page: p.name, path: p.path, preset, runs,
        performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'),
        fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si'),
      });
    }
  }
  return out;
}

/** What misses a target, in words. */
export function lighthouseOver(rs: readonly LhResult[]): string[] {
  const t = LH_TARGETS;
  return rs.flatMap((r) => {
    const at = `${r.path} (${r.preset})`;
    const o: string[] = [];
    if (r.performance < (r.preset === 'mobile' ? t.mobilePerf : t.desktopPerf)) o.push(`Lighthouse performance ${r.performance} on ${at}`);
    if (r.preset === 'mobile' && r.tbt > t.mobileTbt) o.push(`Lighthouse TBT ${Math.round(r.tbt)} ms on ${at}`);
    if (r.preset === 'mobile' && r.lcp > t.mobileLcp) o.push(`Lighthouse LCP ${Math.round(r.lcp)} ms on ${at}`);
    if (r.cls > t.cls) o.push(`Lighthouse CLS ${r.cls.toFixed(3)} on ${at}`);
    return o;
  });
}

if (process.argv[1]?.endsWith('lighthouse.ts') && process.argv[2]) {
  const runs = Number(process.env.LH_RUNS ?? 3);
  lighthouseRuns(process.argv[2], LH_PAGES, runs).then((r) => console.log(JSON.stringify(r, null, 1))).catch((e) => { console.error(e); process.exit(1); });
}

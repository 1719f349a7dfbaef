/**
 * First-load JavaScript per route: every script the page's HTML loads (what a first visit downloads before
 * the page is interactive; noModule polyfills excluded), gzipped as a server would send it, and the HTML
 * itself. Budgets from issue 6, tightened by issue 18. Chunks loaded later (recharts, html-to-image on first export) are counted
 * by the browser timings instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface RouteSize { route: string; kind: 'chart' | 'network'; scripts: number; jsGzipKb: number; htmlKb: number; htmlGzipKb: number; budgetKb: number }

/**
 * Tightened (issue 18) to what the routes weigh with the pictures in the HTML, lecture mode's data fetched and
 * the 404 page's header without client code: at most 156.5 kB for a chart page, 193.7 kB for lecture mode, under 1 kB to spare.
 */
export const BUDGET_KB = { chart: 157, network: 194 } as const;

const gz = (b: Buffer) => zlib.gzipSync(b, { level: 6 }).length / 1024;

export async function routeSizes(base: string, routes: readonly { route: string; kind: RouteSize['kind'] }[]): Promise<RouteSize[]> {
  const out: RouteSize[] = [];
  for (const { route, kind } of routes) {
    const html = Buffer.from(await (await fetch(`${base}${route}`)).arrayBuffer());
    // noModule scripts are legacy polyfills that browsers with ES modules never download
    const tags = [...html.toString('utf8').matchAll(/<script([^>]*)>/g)].map((m) => m[1]).filter((a) => !/\snoModule/i.test(a));
    const srcs = [...new Set(tags.map((a) => a.match(/\ssrc="([^"]+)"/)?.[1]).filter((s): s is string => !!s))];
    let js = 0;
    for (const src of srcs) {
      const local = path.join('.next', 'static', src.replace(/^\/_next\/static\//, '').split('?')[0]);
      const bytes = fs.existsSync(local) ? fs.readFileSync(local) : Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
      js += gz(bytes);
    }
    out.push({ route, kind, scripts: srcs.length, jsGzipKb: js, htmlKb: html.length / 1024, htmlGzipKb: gz(html), budgetKb: BUDGET_KB[kind] });
  }
  return out;
}

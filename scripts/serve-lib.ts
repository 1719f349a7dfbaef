/** The static export as served: where it is, its pages, and the request handler `npm start` and the benchmarks use. */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { headersFor } from '../lib/site/headers';

export const outDir = (): string => process.env.OUT_DIR ?? 'out';

/** The routes of the export: every HTML file as the address it answers ("/", "/network", "/present/handout", "/404"). */
export function exportPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) { if (e.name !== '_next') walk(path.join(d, e.name), `${prefix}/${e.name}`); }
      else if (e.name.endsWith('.html')) pages.push(e.name === 'index.html' ? prefix || '/' : `${prefix}/${e.name.slice(0, -5)}`);
    }
  };
  walk(dir, '');
  return pages.sort();
}

/**
 * The rules a static host's headers file needs to name every file of the export: each top-level file
 * ("/sw.js", and "/network" for network.html), each top-level folder ("/data/*"), and the pages in folders.
 */
export function exportRoutes(dir: string): string[] {
  const routes = new Set<string>(exportPages(dir));
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (/\.(gz|br)$/.test(e.name) || e.name === '_headers' || e.name.startsWith('.')) continue;
    if (e.isDirectory()) routes.add(`/${e.name}/*`);
    else routes.add(`/${e.name}`);
  }
  return [...routes].sort();
}

/**
 * Serves the export under a base path ("" for the root) with the headers of lib/site/headers.ts: precompressed
 * files when the client accepts them, the 404 page with status 404 for anything else. No file server of our
 * own: sirv finds and sends the files.
 */
export function staticHandler(dir: string, basePath: string) {
  const assets = sirv(dir, {
    extensions: ['html'], gzip: true, brotli: true, etag: true, dev: false,
    setHeaders: (res, pathname) => { const h = headersFor(pathname); for (const k in h) res.setHeader(k, h[k]); },
  });
  const notFoundPage = fs.readFileSync(path.join(dir, '404.html'));
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const pathname = (req.url ?? '/').split('?')[0];
    for (const [k, v] of Object.entries(headersFor(pathname))) res.setHeader(k, v);
    res.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': notFoundPage.length });
    res.end(req.method === 'HEAD' ? undefined : notFoundPage);
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (basePath) {
      if (url === basePath || url.startsWith(`${basePath}?`)) {
        res.writeHead(308, { Location: `${basePath}/${url.slice(basePath.length)}` });
        res.end();
        return;
      }
      if (!url.startsWith(`${basePath}/`)) { notFound(req, res); return; }
      req.url = url.slice(basePath.length);
    }
    assets(req, res, () => notFound(req, res));
  };
}

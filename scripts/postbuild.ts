/**
 * Runs after `next build` has written the static export (out/, or OUT_DIR): writes the host's headers file
 * (out/_headers, from lib/site/headers.ts, for Netlify and Cloudflare Pages; .nojekyll for GitHub Pages) and a precompressed copy
 * (.gz and .br) of every HTML, JavaScript, CSS, CSV, JSON and SVG file, which `npm start` and nginx's
 * gzip_static serve to clients that accept them. Prints the size of the export by kind. First it lists every
 * built script, style and font (out/_next/static) in offline.json, for the service worker to precache, and
 * makes that list part of the worker's version.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { headersFile } from '../lib/site/headers';
import { normaliseBasePath } from '../lib/charts/paths';
import { exportRoutes, outDir } from './serve-lib';

const dir = outDir();
const base = normaliseBasePath(process.env.BASE_PATH);
if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`postbuild: no export in ${dir}/ (run next build with output: 'export')`);

fs.writeFileSync(path.join(dir, '_headers'), headersFile(exportRoutes(dir), base));
// GitHub Pages runs Jekyll on a site unless told not to, and Jekyll leaves out folders such as _next/
fs.writeFileSync(path.join(dir, '.nojekyll'), '');

// the service worker's assets: every file the build wrote under _next/static, listed by the build (not scraped from
// pages and scripts at install time); a new build's assets give the worker a new version, so it installs afresh
{
  const listed: string[] = [];
  const list = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) list(full);
      else if (!/\.(gz|br|map)$/.test(e.name)) listed.push(`/${path.relative(dir, full).split(path.sep).join('/')}`);
    }
  };
  list(path.join(dir, '_next', 'static'));
  listed.sort();
  const manifestFile = path.join(dir, 'offline.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version: string; pages: string[]; files: string[] };
  const version = createHash('sha256').update(manifest.version).update(listed.join('\n')).digest('hex').slice(0, 12);
  fs.writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, version, assets: listed }, null, 2)}\n`);
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(`const VERSION = '${manifest.version}';`, `const VERSION = '${version}';`));
  if (!fs.readFileSync(sw, 'utf8').includes(`const VERSION = '${version}';`)) throw new Error('postbuild: could not set the service worker version');
  console.log(`postbuild: offline.json lists ${listed.length} built assets; service worker ${version}`);
}

const COMPRESS = /\.(html|js|mjs|css|csv|json|svg|txt|map)$/;
let files = 0;
let raw = 0;
let gz = 0;
let br = 0;
const walk = (d: string) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const full = path.join(d, e.name);
    if (e.isDirectory()) { walk(full); continue; }
    if (!COMPRESS.test(e.name) || e.name.endsWith('.map')) continue;
    const body = fs.readFileSync(full);
    const g = zlib.gzipSync(body, { level: 9 });
    const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    files++;
    raw += body.length;
    // a compressed copy only where it is smaller; the server then falls back to the file itself
    if (g.length < body.length) { fs.writeFileSync(`${full}.gz`, g); gz += g.length; } else gz += body.length;
    if (b.length < body.length) { fs.writeFileSync(`${full}.br`, b); br += b.length; } else br += body.length;
  }
};
walk(dir);
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
console.log(`postbuild: ${dir}/_headers written${base ? ` for base path ${base}` : ''}; ${files} files precompressed: ${kb(raw)} → gzip ${kb(gz)}, brotli ${kb(br)}`);

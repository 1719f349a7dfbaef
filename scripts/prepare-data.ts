/**
 * Runs before `next dev` and `next build`: validates data/ (stopping with file:row:column messages on
 * any problem) and writes the static downloads: public/data/NAME.csv for every table, the generated
 * nodes.csv and datapackage.json beside them, public/downloads/all.zip (all of those plus data/README.md),
 * and for every chart public/charts/SLUG.csv, SLUG.metadata.json and SLUG.zip; then
 * public/lecture-quotes.json (every row with a quote, for quote slides), public/lecture-deck.json (lecture mode's
 * slides), public/network-storyline.json (the network's Timeline view), the offline list
 * public/offline.json (every page and file) and the service worker public/sw.js (from lib/site/sw.js).
 * Without the seeds folder (a clone without shared/), quotes cannot be checked: it warns and goes on;
 * `npm run validate` and `npm test` never skip that check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { readDataset } from '../lib/data/data';
import { CHARTS, THEMES, resolveChart, themeOfTable } from '../lib/charts/charts';
import { chartFiles } from '../lib/charts/paths';
import { plottedCsv } from '../lib/reuse/exports';
import { formatError } from '../lib/data/errors';
import { ALL_TABLES, NODES_TABLE } from '../lib/data/schema';
import { toCsv, withLineEnds } from '../lib/data/load';
import { nodesOf } from '../lib/data/catalog';
import { DIALECT, dataPackage } from '../lib/reuse/datapackage';
import { chartMetadata, chartZip } from '../lib/reuse/bundle';
import { BUILD_DATE, SITE_URL, VERSION } from '../lib/site/build';
import { readSeeds, seedsDir } from '../lib/data/seeds';
import { QUOTES_FILE, quotableRows } from '../lib/lecture/quotes';
import { DECK_FILE } from '../lib/lecture/deckPayload';
import { deckData } from '../lib/lecture/present';
import { STORYLINE_FILE, buildNetwork } from '../lib/network/network';
import { NETWORK_FILE, networkComputed } from '../lib/network/computed';

const seeds = readSeeds();
if (!seeds) console.warn(`prepare-data: WARNING seeds folder ${seedsDir()} not found; quotes are NOT checked against the seeds.`);
const { dataset, errors } = readDataset(undefined, seeds);
if (errors.length) {
  for (const e of errors) console.error(formatError(e));
  console.error(`prepare-data: ${errors.length} problem(s) in data/; fix them before building.`);
  process.exit(1);
}
const outData = path.join('public', 'data');
const outZip = path.join('public', 'downloads');
fs.mkdirSync(outData, { recursive: true });
fs.mkdirSync(outZip, { recursive: true });
const files: Record<string, Uint8Array> = {};
for (const t of ALL_TABLES) {
  // every download in the one dialect the descriptor declares (RFC 4180, CRLF); the cells as written in data/
  const text = strToU8(withLineEnds(fs.readFileSync(path.join('data', t.file), 'utf8'), DIALECT.lineTerminator));
  fs.writeFileSync(path.join(outData, t.file), text);
  files[`purge-atlas-data/${t.file}`] = text;
}
const nodes = strToU8(toCsv(NODES_TABLE, nodesOf(dataset)));
fs.writeFileSync(path.join(outData, NODES_TABLE.file), nodes);
files[`purge-atlas-data/${NODES_TABLE.file}`] = nodes;
const descriptor = strToU8(`${JSON.stringify(dataPackage({ version: VERSION, created: BUILD_DATE, siteUrl: SITE_URL, sources: dataset.sources }), null, 2)}\n`);
fs.writeFileSync(path.join(outData, 'datapackage.json'), descriptor);
files['purge-atlas-data/datapackage.json'] = descriptor;
files['purge-atlas-data/README.md'] = strToU8(fs.readFileSync(path.join('data', 'README.md'), 'utf8'));
// one CSV per chart with exactly the rows it plots (the no-JavaScript target of "Download CSV")
const outCharts = path.join('public', 'charts');
fs.rmSync(outCharts, { recursive: true, force: true });
fs.mkdirSync(outCharts, { recursive: true });
for (const c of CHARTS) {
  let resolved;
  try {
    resolved = resolveChart(c, dataset);
  } catch (e) {
    console.error(`prepare-data: ${(e as Error).message} (lib/charts/charts.ts)`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outCharts, `${c.slug}.csv`), plottedCsv(resolved));
  const meta = chartMetadata(resolved, {
    themeSlug: themeOfTable(c.theme)?.slug ?? c.theme, sources: dataset.sources, version: VERSION, built: BUILD_DATE, siteUrl: SITE_URL,
  });
  fs.writeFileSync(path.join(outCharts, `${c.slug}.metadata.json`), `${JSON.stringify(meta, null, 2)}\n`);
  fs.writeFileSync(path.join(outCharts, `${c.slug}.zip`), chartZip(resolved, meta));
}
// a fixed timestamp keeps the zip byte-for-byte reproducible
const mtime = new Date('2026-01-01T00:00:00Z');
fs.writeFileSync(path.join(outZip, 'all.zip'), zipSync(files, { level: 9, mtime }));
console.log(`prepare-data: ${ALL_TABLES.length} tables valid${seeds ? ' (quotes checked against the seeds)' : ''}; wrote public/data/ (CSVs, nodes.csv, datapackage.json), public/charts/ (CSV, metadata and zip of ${CHARTS.length} charts) and public/downloads/all.zip`);

// the rows a lecturer's quote slide can show (fetched by the deck pages only when a deck has one)
fs.writeFileSync(path.join('public', QUOTES_FILE.slice(1)), JSON.stringify(quotableRows(dataset)));
// lecture mode's slides (fetched after its title slide is shown, so its HTML stays small)
{
  const t0 = performance.now();
  let from = '';
  networkComputed(buildNetwork(dataset), (s) => { from = s.from; });
  console.log(`prepare-data: network layouts and storyline ${from === 'computed' ? `computed in ${Math.round(performance.now() - t0)} ms and written to` : 'read from'} ${NETWORK_FILE} (key up to date)`);
  const { charts, network, layouts, storyline } = deckData(dataset);
  fs.writeFileSync(path.join('public', DECK_FILE.slice(1)), JSON.stringify({ charts, network, layouts, storyline }));
  // the network page's Timeline view (fetched when opened)
  fs.writeFileSync(path.join('public', STORYLINE_FILE.slice(1)), JSON.stringify(storyline));
}

// offline: every page and every file a visitor can reach, for the service worker to precache
const listed = (dir: string) => fs.readdirSync(path.join('public', dir)).sort().map((f) => `/${dir}/${f}`);
const offline = {
  pages: ['/', ...THEMES.map((t) => `/${t.slug}`), '/network', '/sources', '/present', '/present/handout', '/deck', ...CHARTS.map((c) => chartFiles(c.slug).embed)],
  files: [...listed('data'), ...listed('downloads'), ...listed('charts'), QUOTES_FILE, DECK_FILE, STORYLINE_FILE],
};
const version = createHash('sha256').update(JSON.stringify(offline)).update(Object.values(files).map((f) => Buffer.from(f).toString('base64')).join()).update(String(Date.now())).digest('hex').slice(0, 12);
fs.writeFileSync(path.join('public', 'offline.json'), `${JSON.stringify({ version, ...offline }, null, 2)}\n`);
fs.writeFileSync(path.join('public', 'sw.js'), fs.readFileSync(path.join('lib', 'site', 'sw.js'), 'utf8').replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`));
console.log(`prepare-data: offline list of ${offline.pages.length} pages and ${offline.files.length} files, service worker ${version}`);

/**
 * Runs before `next dev` and `next build`: validates data/ (stopping with file:row:column messages on
 * any problem) and writes the static downloads: public/data/NAME.csv for every table and
 * public/downloads/all.zip (every CSV plus data/README.md).
 * Without the seeds folder (a clone without shared/), quotes cannot be checked: it warns and goes on;
 * `npm run validate` and `npm test` never skip that check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { readDataset } from '../lib/data';
import { CHARTS, resolveChart } from '../lib/charts';
import { plottedCsv } from '../lib/exports';
import { formatError } from '../lib/errors';
import { ALL_TABLES } from '../lib/schema';
import { readSeeds, seedsDir } from '../lib/seeds';

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
  const text = fs.readFileSync(path.join('data', t.file));
  fs.writeFileSync(path.join(outData, t.file), text);
  files[`purge-atlas-data/${t.file}`] = new Uint8Array(text);
}
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
    console.error(`prepare-data: ${(e as Error).message} (lib/charts.ts)`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outCharts, `${c.slug}.csv`), plottedCsv(resolved));
}
// a fixed timestamp keeps the zip byte-for-byte reproducible
const mtime = new Date('2026-01-01T00:00:00Z');
fs.writeFileSync(path.join(outZip, 'all.zip'), zipSync(files, { level: 9, mtime }));
console.log(`prepare-data: ${ALL_TABLES.length} tables valid${seeds ? ' (quotes checked against the seeds)' : ''}; wrote public/data/*.csv, public/charts/*.csv (${CHARTS.length} charts) and public/downloads/all.zip`);

/**
 * `npm run validate`: loads every table through the loader, checks it against the schema and the
 * seeds, and prints each problem as file:row:column. Exits 1 on any problem, or when the seeds are
 * missing (the quote check cannot be skipped here).
 */
import { readDataset } from '../lib/data/data';
import { formatError } from '../lib/data/errors';
import { ALL_TABLES } from '../lib/data/schema';
import { readSeeds, seedsDir } from '../lib/data/seeds';
import fs from 'node:fs';
import { checkClaims } from '../lib/data/claims';
import { unaccountedFigures } from '../lib/data/validate';
import { siteClaims } from '../lib/site/claims';

const seeds = readSeeds();
if (!seeds) {
  console.error(`validate: the seeds folder ${seedsDir()} is missing; set SEEDS_DIR. Quotes cannot be checked.`);
  process.exit(1);
}
const read = readDataset(undefined, seeds);
const { dataset } = read;
// the site's hand-written sentences against the rows they name (only once the tables themselves load)
const claimFiles = Object.fromEntries([...new Set(siteClaims().map((c) => c.file))].map((f) => [f, fs.readFileSync(f, 'utf8')]));
const errors = read.errors.length ? read.errors : [...checkClaims(siteClaims(), dataset, claimFiles), ...unaccountedFigures(dataset, seeds)];
if (errors.length) {
  for (const e of errors) console.error(formatError(e));
  console.error(`validate: ${errors.length} problem(s) in data/${read.errors.length ? '' : ' and the sentences and seed lines checked against it'}`);
  process.exit(1);
}
const counts = ALL_TABLES.map((t) => {
  const n = t.kind === 'stats' ? dataset.stats[t.name as keyof typeof dataset.stats].length : (dataset[t.kind as 'sources' | 'people' | 'factions' | 'relations' | 'events']).length;
  return `${t.file} ${n}`;
});
console.log(`validate: all tables valid against ${seeds.size} seeds (${counts.join(', ')})`);

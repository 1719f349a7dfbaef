/**
 * `npm run validate`: loads every table through the loader, checks it against the schema and the
 * seeds, and prints each problem as file:row:column. Exits 1 on any problem, or when the seeds are
 * missing (the quote check cannot be skipped here).
 */
import { readDataset } from '../lib/data/data';
import { formatError } from '../lib/data/errors';
import { ALL_TABLES } from '../lib/data/schema';
import { readSeeds, seedsDir } from '../lib/data/seeds';

const seeds = readSeeds();
if (!seeds) {
  console.error(`validate: the seeds folder ${seedsDir()} is missing; set SEEDS_DIR. Quotes cannot be checked.`);
  process.exit(1);
}
const { dataset, errors } = readDataset(undefined, seeds);
if (errors.length) {
  for (const e of errors) console.error(formatError(e));
  console.error(`validate: ${errors.length} problem(s) in data/`);
  process.exit(1);
}
const counts = ALL_TABLES.map((t) => {
  const n = t.kind === 'stats' ? dataset.stats[t.name as keyof typeof dataset.stats].length : (dataset[t.kind as 'sources' | 'people' | 'factions' | 'relations' | 'events']).length;
  return `${t.file} ${n}`;
});
console.log(`validate: all tables valid against ${seeds.size} seeds (${counts.join(', ')})`);

/**
 * Reads data/*.csv through the one loader, validates them together and returns typed tables.
 * Server-side only (build time): pages call loadDataset(); a bad table throws a DataValidationError
 * whose message lists every problem as file:row:column, which stops `next build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataValidationError, type DataError } from './errors';
import { decodeCsv, parseTable, type Parsed } from './load';
import {
  DISAGREEMENTS_TABLE, EVENTS_TABLE, FACTIONS_TABLE, LEDGER_TABLE, PEOPLE_TABLE, RELATIONS_TABLE, SOURCES_TABLE, STAT_TABLES,
  type Columns, type DisagreementRow, type LedgerRow, type EventRow, type FactionRow, type PersonRow, type RelationRow, type SourceRow, type StatRow, type TableSpec,
} from './schema';
import { readSeeds, type Seeds } from './seeds';
import { validateTables, type Located } from './validate';

export type StatTableName = (typeof STAT_TABLES)[number]['name'];

export interface Dataset {
  stats: Record<StatTableName, StatRow[]>;
  sources: SourceRow[];
  people: PersonRow[];
  factions: FactionRow[];
  relations: RelationRow[];
  events: EventRow[];
  /** Readings of the disagreements between documents about people, factions, relations, events and figures. */
  disagreements: DisagreementRow[];
  /** Seed lines with figures that no row cites, with the reason (ledger.csv). */
  ledger: LedgerRow[];
  /** Whether quotes were checked against the seeds in this load. */
  seedsChecked: boolean;
}

export function dataDir(): string {
  return process.env.DATA_DIR ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data');
}

export interface LoadResult {
  dataset: Dataset;
  errors: DataError[];
}

/** Loads and validates every table; never throws for bad data, returns the errors instead. */
export function readDataset(dir = dataDir(), seeds: Seeds | null = readSeeds()): LoadResult {
  const errors: DataError[] = [];
  const read = <S extends Columns>(spec: TableSpec<S>): Parsed<S> & { file: string } => {
    const file = `data/${spec.file}`;
    const full = path.join(/*turbopackIgnore: true*/ dir, spec.file);
    if (!fs.existsSync(full)) {
      errors.push({ file, row: 0, column: '(file)', message: 'file is missing' });
      return { rows: [], lines: [], errors: [], file };
    }
    const decoded = decodeCsv(fs.readFileSync(full), file);
    if (decoded.error) {
      errors.push(decoded.error);
      return { rows: [], lines: [], errors: [], file };
    }
    const parsed = parseTable(spec, decoded.text, file);
    errors.push(...parsed.errors);
    return { ...parsed, file };
  };
  const stats = STAT_TABLES.map((s) => read(s));
  const sources = read(SOURCES_TABLE);
  const people = read(PEOPLE_TABLE);
  const factions = read(FACTIONS_TABLE);
  const relations = read(RELATIONS_TABLE);
  const events = read(EVENTS_TABLE);
  const disagreementsT = read(DISAGREEMENTS_TABLE);
  const ledger = read(LEDGER_TABLE);
  const loc = <T,>(p: { file: string; rows: T[]; lines: number[] }): Located<T> => ({ file: p.file, rows: p.rows, lines: p.lines });
  errors.push(...validateTables({ stats: stats.map(loc), sources: loc(sources), people: loc(people), factions: loc(factions), relations: loc(relations), events: loc(events), disagreements: loc(disagreementsT), ledger: loc(ledger) }, seeds));
  const dataset: Dataset = {
    stats: Object.fromEntries(STAT_TABLES.map((s, i) => [s.name, stats[i].rows])) as Record<StatTableName, StatRow[]>,
    sources: sources.rows,
    people: people.rows,
    factions: factions.rows,
    relations: relations.rows,
    events: events.rows,
    disagreements: disagreementsT.rows,
    ledger: ledger.rows,
    seedsChecked: seeds !== null,
  };
  return { dataset, errors };
}

/** Every table's file as it is now (size and modification time): a change to any of them reloads the dataset. */
function fingerprint(dir: string): string {
  return ALL_FILES.map((f) => {
    try {
      const s = fs.statSync(path.join(/*turbopackIgnore: true*/ dir, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    } catch {
      return `${f}:-`;
    }
  }).join('|');
}
const ALL_FILES = [...STAT_TABLES, SOURCES_TABLE, PEOPLE_TABLE, FACTIONS_TABLE, RELATIONS_TABLE, EVENTS_TABLE, DISAGREEMENTS_TABLE, LEDGER_TABLE].map((t) => t.file);

let cached: { print: string; dataset: Dataset } | null = null;

/**
 * The validated dataset; throws DataValidationError (file:row:column list) on any problem. Read once, and again
 * only when a table's file changes (so `npm run dev` shows an edited CSV on the next load, without a restart).
 */
export function loadDataset(): Dataset {
  const dir = dataDir();
  const print = fingerprint(dir);
  if (cached?.print === print) return cached.dataset;
  const { dataset, errors } = readDataset(dir);
  if (errors.length) throw new DataValidationError(errors);
  cached = { print, dataset };
  return dataset;
}

/**
 * Cross-row and cross-table checks: ids, ranges, sources, seeds, quotes and the figures in them.
 * Pure: given parsed tables and the seeds (or null when they are not on this machine).
 */
import { evaluateDerivation, derivationLiterals, lineFigures, roundingTolerance, textStatesNumber } from './numbers';
import {
  ALL_TABLES, FATAL_FATES, LEDGER_REASONS, OPEN_ENDS, QUOTE_MAX, RELATION_KIND, SHORT_NAME_MAX, UNDATED_RELATION_TYPES,
  type DisagreementRow, type EventRow, type LedgerRow, type FactionRow, type PersonRow, type RelationRow, type SourceRow, type StatRow,
} from './schema';
import type { DataError } from './errors';
import { findQuote, quoteAtLine, type Seeds } from './seeds';

export interface Located<T> {
  file: string;
  rows: T[];
  lines: number[];
}

export interface TablesForValidation {
  stats: Located<StatRow>[];
  sources: Located<SourceRow>;
  people: Located<PersonRow>;
  factions: Located<FactionRow>;
  relations: Located<RelationRow>;
  events: Located<EventRow>;
  disagreements: Located<DisagreementRow>;
  ledger: Located<LedgerRow>;
}

/** Relation types that end a life: their years must be the years of the person's fate in people.csv. */
const KILLINGS: ReadonlySet<string> = new Set(['executed_by', 'assassinated_by']);

const tableName = (file: string) => file.replace(/^.*\//, '').replace(/\.csv$/, '');

/** A range ("between") needs a last year after its first; the other datings need nothing more. */
function checkDating(
  err: (column: string, message: string) => void,
  dating: string | undefined, first: number | undefined, last: number | undefined, cols: [string, string],
) {
  if (dating === 'between') {
    if (first === undefined || last === undefined) err(cols[first === undefined ? 0 : 1], `dating "between" needs both ${cols[0]} and ${cols[1]}`);
    else if (last <= first) err(cols[1], `dating "between" needs ${cols[1]} after ${cols[0]} (${first}–${last} is not a range)`);
  } else if (dating === 'by' && first === undefined && last === undefined) {
    err(cols[1], 'dating "by" needs a year');
  }
}

interface Provenanced {
  source: string;
  locator: number;
  quote: string;
}

export function validateTables(t: TablesForValidation, seeds: Seeds | null): DataError[] {
  const errors: DataError[] = [];
  const err = (file: string, row: number, column: string, message: string) => errors.push({ file, row, column, message });
  const sourceFiles = new Set(t.sources.rows.map((s) => s.file));

  // sources.csv against the seed folder
  t.sources.rows.forEach((s, i) => {
    const line = t.sources.lines[i];
    if (!seeds) return;
    const lines = seeds.get(s.file);
    if (!lines) err(t.sources.file, line, 'file', `seed "${s.file}" is not in the seeds folder`);
    else if (lines.length !== s.lines) err(t.sources.file, line, 'lines', `seed has ${lines.length} lines, the table says ${s.lines}`);
  });
  if (seeds) {
    for (const f of seeds.keys()) if (!sourceFiles.has(f)) err(t.sources.file, 1, 'file', `seed "${f}" has no row in sources.csv`);
  }

  const checkProvenance = (file: string, line: number, r: Provenanced) => {
    if (r.quote.length > QUOTE_MAX) err(file, line, 'quote', `is ${r.quote.length} characters; at most ${QUOTE_MAX}`);
    if (!sourceFiles.has(r.source)) { err(file, line, 'source', `unknown source "${r.source}"; not in sources.csv`); return; }
    if (!seeds) return;
    const lines = seeds.get(r.source);
    if (!lines) return; // reported on sources.csv
    if (r.locator < 1 || r.locator > lines.length) {
      err(file, line, 'locator', `line ${r.locator} is beyond ${r.source}, which has ${lines.length} lines`);
      return;
    }
    if (!quoteAtLine(lines, r.locator, r.quote)) {
      const elsewhere = findQuote(lines, r.quote);
      err(file, line, 'quote', elsewhere.length
        ? `not found at ${r.source}:${r.locator}; it is at line ${elsewhere.join(', ')}`
        : `not found in ${r.source} at line ${r.locator} (nor anywhere in the seed, after whitespace normalisation)`);
    }
  };

  const checkYearStated = (file: string, line: number, column: string, year: number | undefined, r: { quote: string; dated_by?: string }) => {
    if (year === undefined) return;
    if (!textStatesNumber(r.quote, year) && !r.dated_by) {
      err(file, line, column, `year ${year} is not in the quote; say how it follows in dated_by`);
    }
  };

  // statistics
  const statIds = new Map<string, string>();
  for (const table of t.stats) {
    table.rows.forEach((r, i) => {
      const line = table.lines[i];
      const at = `${table.file}:${line}`;
      const prev = statIds.get(r.id);
      if (prev) err(table.file, line, 'id', `duplicate id "${r.id}" (first at ${prev})`);
      else statIds.set(r.id, at);
      checkProvenance(table.file, line, r);
      if (r.value === undefined && (r.low === undefined || r.high === undefined)) {
        err(table.file, line, 'value', 'needs a value, or both low and high');
      }
      if ((r.low === undefined) !== (r.high === undefined)) err(table.file, line, r.low === undefined ? 'low' : 'high', 'low and high go together');
      if (r.low !== undefined && r.high !== undefined && r.low > r.high) err(table.file, line, 'low', `low ${r.low} is greater than high ${r.high}`);
      if (r.value !== undefined && r.low !== undefined && r.high !== undefined && (r.value < r.low || r.value > r.high)) {
        err(table.file, line, 'value', `value ${r.value} lies outside low–high ${r.low}–${r.high}`);
      }
      if (r.period_start !== undefined && r.period_end !== undefined && r.period_end < r.period_start) {
        err(table.file, line, 'period_end', `period_end ${r.period_end} is before period_start ${r.period_start}`);
      }
      checkDating((c, m) => err(table.file, line, c, m), r.dating, r.period_start, r.period_end, ['period_start', 'period_end']);
      if ((r.period_start === undefined) !== (r.period_end === undefined)) {
        err(table.file, line, r.period_start === undefined ? 'period_start' : 'period_end', 'period_start and period_end go together');
      }
      if (r.unit === 'percent') {
        for (const k of ['value', 'low', 'high'] as const) {
          const v = r[k];
          if (v !== undefined && (v < 0 || v > 100)) err(table.file, line, k, `${v} is not a percentage between 0 and 100`);
        }
      }
      // figures must be in the quote (words or numerals), or follow from it by the derivation
      if (r.value !== undefined) {
        if (r.derivation) {
          try {
            const result = evaluateDerivation(r.derivation);
            const foreign = derivationLiterals(r.derivation).filter((n) => n !== 100 && !textStatesNumber(r.quote, n));
            if (foreign.length) err(table.file, line, 'derivation', `uses ${foreign.join(', ')}, which the quote does not state`);
            if (Math.abs(result - r.value) > roundingTolerance(r.value)) {
              err(table.file, line, 'derivation', `"${r.derivation}" gives ${round4(result)}, not the value ${r.value}`);
            }
          } catch (e) {
            err(table.file, line, 'derivation', (e as Error).message);
          }
        } else if (!textStatesNumber(r.quote, r.value)) {
          err(table.file, line, 'value', `${r.value} does not appear in the quote (as numerals or words); fix it or give a derivation`);
        }
      }
      for (const k of ['low', 'high'] as const) {
        const v = r[k];
        if (v !== undefined && !textStatesNumber(r.quote, v)) err(table.file, line, k, `${v} does not appear in the quote`);
      }
    });
  }

  // network: one namespace for people and factions
  const nodeIds = new Map<string, string>();
  const addNode = (file: string, line: number, id: string) => {
    const prev = nodeIds.get(id);
    if (prev) err(file, line, 'id', `duplicate id "${id}" (first at ${prev})`);
    else nodeIds.set(id, `${file}:${line}`);
  };
  t.people.rows.forEach((p, i) => {
    const line = t.people.lines[i];
    addNode(t.people.file, line, p.id);
    checkProvenance(t.people.file, line, p);
    checkYearStated(t.people.file, line, 'fate_year', p.fate_year, p);
    checkYearStated(t.people.file, line, 'fate_year_from', p.fate_year_from, p);
    if (p.fate_year_from !== undefined && p.fate_dating !== 'between') {
      err(t.people.file, line, 'fate_dating', 'fate_year_from is set: fate_dating must be "between"');
    }
    checkDating((c, m) => err(t.people.file, line, c, m), p.fate_dating, p.fate_year_from, p.fate_year, ['fate_year_from', 'fate_year']);
  });
  t.factions.rows.forEach((f, i) => {
    const line = t.factions.lines[i];
    addNode(t.factions.file, line, f.id);
    checkProvenance(t.factions.file, line, f);
    checkYearStated(t.factions.file, line, 'start', f.start, f);
    if (f.end !== undefined && f.end < f.start) err(t.factions.file, line, 'end', `end ${f.end} is before start ${f.start}`);
    if (f.short_name.length > SHORT_NAME_MAX) err(t.factions.file, line, 'short_name', `is ${f.short_name.length} characters; at most ${SHORT_NAME_MAX}, so the network draws it whole`);
  });
  const people = new Map(t.people.rows.map((p) => [p.id, p]));
  const factions = new Map(t.factions.rows.map((f) => [f.id, f]));
  /** Acts are dated to their years; a lasting relation with no end says what ends it, and that thing has a year. */
  const checkOpenEnd = (r: RelationRow, bad: (column: string, message: string) => void) => {
    const kind = RELATION_KIND[r.type];
    if (kind === 'act') {
      if (r.until) bad('until', `${r.type} is an act, drawn in its years only: it takes no "until"`);
      return;
    }
    if (r.end !== undefined) {
      if (r.until) bad('until', `end is ${r.end}: "until" is only for a lasting relation with no end`);
      return;
    }
    if (!r.until) {
      bad('until', `${r.type} is a lasting relation with no end: give the last year in end (the start year for a single act or remark), or say in until what ends it (${OPEN_ENDS.join(' or ')})`);
      return;
    }
    const ends = [r.from, r.to];
    if (r.until === 'fate' && !ends.some((id) => people.get(id)?.fate_year !== undefined && FATAL_FATES.has(people.get(id)!.fate))) {
      bad('until', 'until is fate, but neither end is a person whose end the documents date (a fatal fate with a year)');
    }
    if (r.until === 'faction_end' && !ends.some((id) => factions.get(id)?.end !== undefined)) {
      bad('until', 'until is faction_end, but neither end is a faction with an end year');
    }
  };
  const relIds = new Set<string>();
  t.relations.rows.forEach((r, i) => {
    const line = t.relations.lines[i];
    if (relIds.has(r.id)) err(t.relations.file, line, 'id', `duplicate id "${r.id}"`);
    relIds.add(r.id);
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(r[end])) err(t.relations.file, line, end, `"${r[end]}" is neither in people.csv nor in factions.csv`);
    }
    if (r.from === r.to) err(t.relations.file, line, 'to', 'a relation needs two different ends');
    checkProvenance(t.relations.file, line, r);
    if (r.start === undefined) {
      if (!UNDATED_RELATION_TYPES.includes(r.type)) err(t.relations.file, line, 'start', `required for a relation of type ${r.type} (only ${UNDATED_RELATION_TYPES.join(', ')} may be undated)`);
      if (r.end !== undefined) err(t.relations.file, line, 'end', 'an undated relation has no end');
      return;
    }
    checkYearStated(t.relations.file, line, 'start', r.start, r);
    if (r.end !== undefined && r.end < r.start) err(t.relations.file, line, 'end', `end ${r.end} is before start ${r.start}`);
    checkDating((c, m) => err(t.relations.file, line, c, m), r.dating, r.start, r.end, ['start', 'end']);
    checkOpenEnd(r, (c, m) => err(t.relations.file, line, c, m));
    const person = people.get(r.from);
    if (KILLINGS.has(r.type) && person?.fate_year !== undefined) {
      const [a, b] = [person.fate_year_from ?? person.fate_year, person.fate_year];
      const [c, d] = [r.start, r.end ?? r.start];
      if (a !== c || b !== d) {
        err(t.relations.file, line, 'start', `dates ${r.from}'s death ${c === d ? c : `${c}–${d}`}, but people.csv gives ${a === b ? a : `${a}–${b}`}; the two tables must agree`);
      }
    }
  });
  const eventIds = new Set<string>();
  t.events.rows.forEach((e, i) => {
    const line = t.events.lines[i];
    if (eventIds.has(e.id)) err(t.events.file, line, 'id', `duplicate id "${e.id}"`);
    eventIds.add(e.id);
    checkProvenance(t.events.file, line, e);
    checkYearStated(t.events.file, line, 'start', e.start, e);
    if (e.end !== undefined && e.end < e.start) err(t.events.file, line, 'end', `end ${e.end} is before start ${e.start}`);
    checkDating((c, m) => err(t.events.file, line, c, m), e.dating, e.start, e.end, ['start', 'end']);
  });

  // disagreements: each reading names a row that exists, and a dispute has two or more readings from different places
  const idsOf = new Map<string, Set<string>>([
    ...t.stats.map((s): [string, Set<string>] => [tableName(s.file), new Set(s.rows.map((r) => r.id))]),
    ['people', new Set(t.people.rows.map((r) => r.id))],
    ['factions', new Set(t.factions.rows.map((r) => r.id))],
    ['relations', relIds],
    ['events', eventIds],
  ]);
  const readingIds = new Set<string>();
  const byDispute = new Map<string, { r: DisagreementRow; line: number }[]>();
  t.disagreements.rows.forEach((r, i) => {
    const line = t.disagreements.lines[i];
    const file = t.disagreements.file;
    if (readingIds.has(r.id)) err(file, line, 'id', `duplicate id "${r.id}"`);
    readingIds.add(r.id);
    checkProvenance(file, line, r);
    const ids = idsOf.get(r.table);
    if (ids && !ids.has(r.row)) err(file, line, 'row', `"${r.row}" is not a row of ${r.table}.csv`);
    const spec = ALL_TABLES.find((x) => x.name === r.table);
    if (r.column && spec && !(r.column in spec.columns)) err(file, line, 'column', `"${r.column}" is not a column of ${r.table}.csv`);
    byDispute.set(r.dispute, [...(byDispute.get(r.dispute) ?? []), { r, line }]);
  });
  for (const [dispute, readings] of byDispute) {
    const [first] = readings;
    if (readings.length < 2) {
      err(t.disagreements.file, first.line, 'dispute', `disagreement "${dispute}" has one reading; it needs at least two`);
      continue;
    }
    const seen = new Map<string, number>();
    for (const { r, line } of readings) {
      if (r.about !== first.r.about) err(t.disagreements.file, line, 'about', `differs from the first reading of "${dispute}" (line ${first.line})`);
      if (r.differs_in !== first.r.differs_in) err(t.disagreements.file, line, 'differs_in', `"${r.differs_in}", but the first reading of "${dispute}" (line ${first.line}) says "${first.r.differs_in}": a disagreement differs in one thing`);
      const place = `${r.source}:${r.locator}:${r.table}:${r.row}`;
      const prev = seen.get(place);
      if (prev !== undefined) err(t.disagreements.file, line, 'locator', `same document, line and row as line ${prev}: readings of "${dispute}" must come from different documents or lines`);
      else seen.set(place, line);
    }
    if (new Set(readings.map(({ r }) => `${r.source}:${r.locator}`)).size < 2) {
      err(t.disagreements.file, first.line, 'dispute', `every reading of "${dispute}" cites the same line; a disagreement needs two documents or two lines`);
    }
  }
  // ledger.csv: each line is a seed line with a figure that no row cites, listed once, with a declared reason
  const cited = citedLines([...t.stats, t.people, t.factions, t.relations, t.events, t.disagreements]);
  const listed = new Set<string>();
  t.ledger.rows.forEach((l, i) => {
    const line = t.ledger.lines[i];
    const key = `${l.source}:${l.locator}`;
    if (!sourceFiles.has(l.source)) err(t.ledger.file, line, 'source', `"${l.source}" is not in sources.csv`);
    if (listed.has(key)) err(t.ledger.file, line, 'locator', `${key} is listed twice`);
    listed.add(key);
    if (cited.has(key)) err(t.ledger.file, line, 'locator', `${key} is cited by ${cited.get(key)}: a cited line is not in the ledger`);
    if (!(LEDGER_REASONS as readonly string[]).includes(l.reason)) err(t.ledger.file, line, 'reason', `"${l.reason}" is not one of ${LEDGER_REASONS.join(', ')}`);
    if (l.reason === 'repeats' && !/\b\d{3}:\d+\b/.test(l.note ?? '')) err(t.ledger.file, line, 'note', 'a repeat names the line it repeats (e.g. "repeats 004:163")');
    if (!seeds) return;
    const text = seeds.get(l.source)?.[l.locator - 1];
    if (text === undefined) err(t.ledger.file, line, 'locator', `line ${l.locator} is beyond the end of ${l.source}`);
    else if (!lineFigures(text).length) err(t.ledger.file, line, 'locator', `${key} holds no figure`);
  });
  return errors;
}

function round4(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/** Every seed line a row cites (its quote's first line), keyed "source:locator", with the first row that cites it. */
export function citedLines(tables: readonly { file: string; rows: readonly { id?: string; source?: string; locator?: number }[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, rows } of tables) {
    for (const r of rows) if (r.source && r.locator !== undefined && !out.has(`${r.source}:${r.locator}`)) out.set(`${r.source}:${r.locator}`, `${tableName(file)}:${r.id ?? ''}`);
  }
  return out;
}

type Citing = readonly { id?: string; source?: string; locator?: number }[];
/** A loaded dataset as these checks need it (lib/data/data.ts Dataset has this shape). */
interface Loaded {
  stats: Record<string, Citing>;
  people: Citing; factions: Citing; relations: Citing; events: Citing; disagreements: Citing;
  ledger: readonly LedgerRow[];
}

/** The tables whose rows cite seed lines, from a loaded dataset. */
export const citingTables = (d: Loaded) => [
  ...Object.entries(d.stats).map(([name, rows]) => ({ file: `data/${name}.csv`, rows })),
  { file: 'data/people.csv', rows: d.people }, { file: 'data/factions.csv', rows: d.factions }, { file: 'data/relations.csv', rows: d.relations },
  { file: 'data/events.csv', rows: d.events }, { file: 'data/disagreements.csv', rows: d.disagreements },
];

/**
 * The seed lines that hold a figure and that neither a row cites nor the ledger lists: each is a problem at its seed
 * line. `npm run validate` runs it over the real data (the test fixtures cite only a few lines, so readDataset does not).
 */
export function unaccountedFigures(d: Loaded, seeds: Seeds): DataError[] {
  const cited = citedLines(citingTables(d));
  const listed = new Set(d.ledger.map((l) => `${l.source}:${l.locator}`));
  const out: DataError[] = [];
  for (const [file, lines] of seeds) {
    lines.forEach((text, i) => {
      const key = `${file}:${i + 1}`;
      const figures = lineFigures(text);
      if (figures.length && !cited.has(key) && !listed.has(key)) {
        out.push({ file: `seeds/${file}`, row: i + 1, column: '(figure)', message: `holds ${figures.slice(0, 4).join(' | ')}, but no row cites the line and data/ledger.csv does not list it` });
      }
    });
  }
  return out;
}

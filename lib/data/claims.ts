/**
 * Hand-written sentences checked against the rows they rest on: every figure and year a sentence states must be
 * one its declared rows give (value, low, high, period, start, end, fate year, or readable from their quotes).
 * Pure: the claims are declared where the sentences are written (lib/site/claims.ts gathers them).
 */
import type { Dataset } from './data';
import type { DataError } from './errors';
import { numbersIn } from './numbers';
import { rowsOf } from './catalog';
import { ALL_TABLES } from './schema';

/** A row a sentence rests on: `table:id` (a statistics table, people, factions, relations, events or disagreements). */
export type RowRef = string;

export interface Claim {
  /** The file the sentence is written in, and a name for the place (chart slug and field, page and part). */
  file: string;
  where: string;
  text: string;
  rows: readonly RowRef[];
}

/** Document tags (000–004) and ordinals that name things ("the 17th Congress", "Fourth International") are not figures. */
const NOT_FIGURES = /(?<![\d.,])\b00[0-4]\b(?![.,]?\d)|\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth)\b/gi;
/** "1923–40" is 1923 to 1940; "1936–8" is 1936 to 1938. */
const SHORT_RANGE = /\b(1[89])(\d)(\d)[–-](\d{1,2})\b/g;
const DECADE = /\b(1[89]\d0)s\b/g;

/** The figures and years a sentence states, and the decades it names ("the 1920s"). */
export function claimFigures(text: string): { figures: number[]; decades: number[] } {
  const decades = [...text.matchAll(DECADE)].map((m) => Number(m[1]));
  const plain = text
    .replace(DECADE, ' ')
    .replace(SHORT_RANGE, (_m, c: string, d: string, y: string, end: string) => `${c}${d}${y} – ${c}${end.length === 1 ? `${d}${end}` : end}`)
    .replace(NOT_FIGURES, ' ');
  return { figures: numbersIn(plain), decades };
}

type AnyRow = Record<string, unknown> & { id: string; quote?: string };

/** The rows of a table by name, through the catalog's one lookup (rowsOf). */
function tableRows(d: Dataset, table: string): AnyRow[] | undefined {
  const spec = ALL_TABLES.find((t) => t.name === table);
  return spec ? (rowsOf(d, spec) as unknown as AnyRow[]) : undefined;
}

const NUMERIC = ['value', 'low', 'high', 'period_start', 'period_end', 'start', 'end', 'fate_year', 'fate_year_from'];

/** What a row gives: its figures and years, and every figure readable from its quote. */
export function rowFigures(row: AnyRow): number[] {
  const out = NUMERIC.map((k) => row[k]).filter((v): v is number => typeof v === 'number');
  return row.quote ? [...out, ...numbersIn(row.quote)] : out;
}

/** The line of `file` where the sentence begins (1 when it cannot be found, e.g. a sentence built from parts). */
function lineOf(fileText: string | undefined, text: string): number {
  if (!fileText) return 1;
  const probe = text.slice(0, 40).replace(/'/g, "\\'");
  for (const p of [text.slice(0, 40), probe]) {
    const at = fileText.indexOf(p);
    if (at >= 0) return fileText.slice(0, at).split('\n').length;
  }
  return 1;
}

/**
 * Checks each claim against its rows: every row exists, and every figure and year of the sentence is one the rows give
 * (a decade when some row's year falls in it). `files` gives the text of the declaring files, to point at the line.
 */
export function checkClaims(claims: readonly Claim[], d: Dataset, files: Record<string, string> = {}): DataError[] {
  const errors: DataError[] = [];
  for (const c of claims) {
    const at = { file: c.file, row: lineOf(files[c.file], c.text), column: c.where };
    const given = new Set<number>();
    if (!c.rows.length) errors.push({ ...at, message: 'declares no rows: a sentence names the rows it rests on' });
    for (const ref of c.rows) {
      const [table, id] = ref.split(':');
      const row = tableRows(d, table)?.find((r) => r.id === id);
      if (!row) { errors.push({ ...at, message: `names row "${ref}", which is not in data/${table}.csv` }); continue; }
      for (const n of rowFigures(row)) given.add(Math.round(n * 1e6) / 1e6);
    }
    const { figures, decades } = claimFigures(c.text);
    for (const n of figures) {
      if (!given.has(Math.round(n * 1e6) / 1e6)) errors.push({ ...at, message: `states ${n}, which none of its rows gives (${c.rows.join(', ')}): "${c.text}"` });
    }
    for (const dec of decades) {
      if (![...given].some((y) => y >= dec && y <= dec + 9)) errors.push({ ...at, message: `names the ${dec}s, but none of its rows has a year in them (${c.rows.join(', ')})` });
    }
  }
  return errors;
}

/** Every row of data with a quote, for the lecturer's quote slides: its table, what it says in a few words, its quote, document and line. */
import type { Dataset } from '../data/data';
import { STAT_TABLES } from '../data/schema';
import { formatFigure, formatPeriod } from '../data/stats';

export interface QuoteRow {
  /** "table/id": how a quote slide names its row. */
  ref: string;
  table: string;
  id: string;
  /** What the row says, in a few words (a figure with its label, a person, a relation, an event). */
  label: string;
  quote: string;
  source: string;
  locator: number;
  /** Whom the document credits (statistics rows), when it names someone. */
  credited?: string;
}

/** A quote slide's row reference (declared with the deck, which checks it): a table name and a row id. */
export { QUOTE_REF } from './deck';

/** The rows a quote slide can show, every table in the order of the downloads, rows in file order. */
export function quotableRows(d: Dataset): QuoteRow[] {
  const out: QuoteRow[] = [];
  const add = (table: string, r: { id: string; quote: string; source: string; locator: number }, label: string, credited?: string) =>
    out.push({ ref: `${table}/${r.id}`, table, id: r.id, label, quote: r.quote, source: r.source, locator: r.locator, ...(credited && credited !== 'uncredited' ? { credited } : {}) });
  for (const t of STAT_TABLES) for (const r of d.stats[t.name]) add(t.name, r, `${r.label}: ${formatFigure(r)} (${formatPeriod(r)})`, r.attributed_to);
  for (const r of d.events) add('events', r, `${r.label}, ${r.end && r.end !== r.start ? `${r.start}–${r.end}` : r.start}`);
  const names = new Map<string, string>([...d.people.map((p) => [p.id, p.name] as const), ...d.factions.map((f) => [f.id, f.name] as const)]);
  for (const r of d.people) add('people', r, `${r.name}: ${r.fate.replace(/_/g, ' ')}${r.fate_year ? `, ${r.fate_year}` : ''}`);
  for (const r of d.factions) add('factions', r, r.name);
  for (const r of d.relations) add('relations', r, `${names.get(r.from) ?? r.from} ${r.type.replace(/_/g, ' ')} ${names.get(r.to) ?? r.to}${r.start ? `, ${r.start}` : ''}`);
  for (const r of d.disagreements) add('disagreements', r, `${r.about}: ${r.reading}`);
  return out;
}

/** The file the deck pages fetch the quotable rows from (written by `npm run data`). */
export const QUOTES_FILE = '/lecture-quotes.json';

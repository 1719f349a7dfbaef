/**
 * The one declaration of every table in data/: column names, types, allowed values and meaning.
 * The loader (lib/data/load.ts), the documentation (data/README.md, checked by a test) and the downloads
 * are all derived from this file. Add a column here and nowhere else.
 */
import { z } from 'zod';

export type ColumnType = 'id' | 'string' | 'integer' | 'number' | 'enum' | 'list' | 'year';

export interface Column {
  readonly type: ColumnType;
  readonly required: boolean;
  readonly description: string;
  readonly values?: readonly string[];
}

const col = <T extends ColumnType, R extends boolean, V extends readonly string[] = readonly string[]>(
  type: T,
  required: R,
  description: string,
  values?: V,
) => ({ type, required, description, values }) as { type: T; required: R; description: string; values: V };

export const APPROX = ['exact', 'about', 'at_least', 'at_most', 'nearly', 'over'] as const;
export const APPROX_WORDS: Record<(typeof APPROX)[number], string> = {
  exact: '', about: 'about', at_least: 'at least', at_most: 'at most', nearly: 'nearly', over: 'more than',
};
export const UNITS = [
  'percent', 'people', 'households', 'hundredweights', 'officers', 'members', 'delegates', 'votes',
  'troops', 'divisions', 'roubles', 'prisoners', 'party_members', 'pages', 'signatories', 'months',
  'grams_per_day', 'enterprises', 'years', 'kilometres', 'cities', 'ounces', 'charges', 'percent_change', 'times',
] as const;

export const RELATION_TYPES = [
  'member_of', 'led', 'allied', 'bloc', 'approached', 'opposed', 'capitulated', 'expelled', 'exiled',
  'removed', 'arrested_by', 'prosecuted_by', 'executed_by', 'assassinated_by', 'organised_by', 'family_of',
] as const;
/** Relation types that need no year: a family tie holds whenever both people are in the picture. */
export const UNDATED_RELATION_TYPES: readonly (typeof RELATION_TYPES)[number][] = ['family_of'];

/**
 * What each relation type is. An act happened in its year, or once within its years (start–end); it is drawn only
 * then, and an empty end means the start year alone. A state lasts from start to end; an empty end must say why
 * (`until`). A remark or a single stand against someone is an `opposed` state attested in that year only: end = start.
 */
export const RELATION_KIND: Record<(typeof RELATION_TYPES)[number], 'act' | 'state'> = {
  member_of: 'state', led: 'state', allied: 'state', bloc: 'state', opposed: 'state', family_of: 'state',
  approached: 'act', capitulated: 'act', expelled: 'act', exiled: 'act', removed: 'act', arrested_by: 'act',
  prosecuted_by: 'act', executed_by: 'act', assassinated_by: 'act', organised_by: 'act',
};
/**
 * Why a lasting relation has no end year, and so where the network ends it: `fate`, at the fate of a person at
 * either end (the documents follow it no further); `faction_end`, when the faction at either end ends. Either way it
 * is drawn to the first such year (and never past the last year of the data).
 */
export const OPEN_ENDS = ['fate', 'faction_end'] as const;

/**
 * How a document dates something, shared by every table with years:
 * in — in that year, or throughout the years given (the default when the cell is empty);
 * between — once, at a time the document does not fix, within the first and last year given ("between 1936–8");
 * by — at the latest in the (last) year given, with no earlier bound ("by 1940").
 */
export const DATINGS = ['in', 'between', 'by'] as const;
export type Dating = (typeof DATINGS)[number];
/** What became of a person, in the seeds' own terms; "purged" = arrested, tried or condemned, end not given. */
export const FATES = [
  'shot', 'killed', 'sentenced_to_death', 'purged', 'died_in_custody', 'suicide', 'assassinated', 'died',
  'survived', 'unknown',
] as const;
/** Where the readings of a disagreement really differ (disagreements.csv differs_in); the summaries say which. */
export const DIFFERS_IN = ['figure', 'date', 'person', 'certainty', 'fate', 'event'] as const;
/** Fates after which a person takes no further part (their relations end there). */
export const FATAL_FATES: ReadonlySet<string> = new Set(['shot', 'killed', 'died_in_custody', 'suicide', 'assassinated', 'died']);
export const FACTION_KINDS = ['leadership', 'opposition', 'faction', 'bloc', 'party', 'police'] as const;
export const SOURCE_KINDS = ['history', 'article', 'forum_thread', 'book_chapter'] as const;

/** Provenance columns carried by every row of every table except sources.csv. */
const provenance = {
  source: col('string', true, 'Seed file name in shared/seeds the row comes from, e.g. 001_fbb34e55a54b9f3d.txt.'),
  locator: col('integer', true, 'Line number (1-based) in the seed where the quote starts.'),
  quote: col('string', true, 'Short verbatim excerpt (at most 300 characters) of the seed at that line, containing the figure or fact.'),
} as const;

export const statColumns = {
  id: col('id', true, 'Unique row id (lower-case letters, digits, underscores), unique across all statistics tables.'),
  topic: col('string', true, 'Sub-topic inside the theme, e.g. collective_farms, livestock, executed_by_rank.'),
  measure: col('id', true, 'Key of the quantity measured. Rows with the same measure and period are estimates of one thing; when they differ they are a disagreement and are shown side by side.'),
  label: col('string', true, 'Short human label for charts and tables.'),
  period_start: col('year', false, 'First year the figure covers (empty when the document gives no date).'),
  period_end: col('year', false, 'Last year the figure covers (equal to period_start for a single year).'),
  dating: col('enum', false, 'How the document dates the period: empty or in (the figure is for those years); by (a count reached at the latest by period_end, e.g. "by 1940"; the document gives no earlier bound); between (at a time within the period the document does not fix).', DATINGS),
  place: col('string', true, 'Where: USSR unless the document says otherwise (Leningrad, Vorkuta, ...).'),
  value: col('number', false, 'The figure in base units (19 million is 19000000). Empty when the document gives only a range.'),
  low: col('number', false, 'Lower bound when the document gives a range.'),
  high: col('number', false, 'Upper bound when the document gives a range.'),
  unit: col('enum', true, 'Unit of value, low and high. percent is a share, 0–100; percent_change a rise or fall, which may pass 100; times a ratio ("one and a half times").', UNITS),
  approx: col('enum', true, 'How the document qualifies the figure: exact, about, at_least, at_most, nearly, over.', APPROX),
  ...provenance,
  attributed_to: col('string', true, 'Whom the document credits for the figure (a 1956 KGB report, Roy Medvedev, Khrushchev, ...), or "uncredited" when it gives no source.'),
  derivation: col('string', false, 'When the value is not written in the quote as such: an arithmetic expression over the figures of the quote (and 100 for a share as a percentage), e.g. 2/3*100.'),
  notes: col('string', false, 'Ambiguities, readings and caveats, shown on the page.'),
} as const;

export const sourceColumns = {
  file: col('string', true, 'Seed file name in shared/seeds.'),
  title: col('string', true, 'Title as the document gives it, or a descriptive title in brackets when it has none.'),
  author: col('string', true, 'Author(s) as the document names them, or "not named in the document".'),
  kind: col('enum', true, 'history, article, forum_thread or book_chapter.', SOURCE_KINDS),
  lines: col('integer', true, 'Number of lines in the seed file (checked against the file).'),
  description: col('string', true, 'What the document is and covers.'),
  notes: col('string', false, 'Caveats about the document.'),
} as const;

export const peopleColumns = {
  id: col('id', true, 'Unique node id (shared namespace with factions.csv).'),
  name: col('string', true, 'Name as the seeds spell it most often.'),
  roles: col('list', false, 'Roles the seeds give, separated by "; ".'),
  fate: col('enum', true, 'shot; killed (liquidated, manner not given); sentenced_to_death; purged (arrested, tried or condemned, end not given); died_in_custody; suicide; assassinated; died (cause not given or natural); survived; unknown.', FATES),
  fate_year: col('year', false, 'Year of the fate, when a seed gives it; with fate_dating between, the last year of the range; with by, the latest year.'),
  fate_year_from: col('year', false, 'First year of the range when the seed gives only a range ("between 1936–8"); empty otherwise.'),
  fate_dating: col('enum', false, 'How the seed dates the fate: empty or in (in fate_year); between (some time from fate_year_from to fate_year); by (at the latest in fate_year, e.g. "by 1940").', DATINGS),
  ...provenance,
  dated_by: col('string', false, 'When fate_year is not written in the quote: how the year follows from the seed.'),
  notes: col('string', false, 'Ambiguities and other readings.'),
} as const;

export const factionColumns = {
  id: col('id', true, 'Unique node id (shared namespace with people.csv).'),
  name: col('string', true, 'Name of the faction, bloc or body.'),
  short_name: col('string', true, 'Its label in the network drawing, at most 22 characters (the full name stays in the panel, the table and the accessible name).'),
  kind: col('enum', true, 'leadership, opposition, faction, bloc, party or police.', FACTION_KINDS),
  start: col('year', true, 'Year the seeds date its start.'),
  end: col('year', false, 'Year the seeds date its end; empty when they give none.'),
  description: col('string', true, 'One or two sentences from the seeds in our words.'),
  ...provenance,
  dated_by: col('string', false, 'When start is not written in the quote: how the year follows from the seed.'),
  notes: col('string', false, 'Ambiguities.'),
} as const;

export const relationColumns = {
  id: col('id', true, 'Unique edge id.'),
  from: col('id', true, 'Person or faction id the relation starts from.'),
  to: col('id', true, 'Person or faction id the relation points to.'),
  type: col('enum', true, 'member_of, led, allied, bloc, approached (an overture, no alliance), opposed, capitulated (from gave in to to), expelled (from was expelled from or by to), exiled (from was exiled by to), removed (from was removed from a post by to), arrested_by, prosecuted_by (to was the prosecutor at from\'s trial), executed_by, assassinated_by (to did the killing), organised_by (from\'s killing was organised or arranged by to, as the seed claims), family_of (from is a relative of to; the kinship is in notes).', RELATION_TYPES),
  start: col('year', false, 'First year the relation holds; required except for family_of, which the seeds do not date.'),
  end: col('year', false, 'Last year it holds; empty when open (it then lasts to the end of the data or to a fate). With dating between, the last year of the range.'),
  dating: col('enum', false, 'How the seed dates it: empty or in (in start, or throughout start–end); between (once, at a time the seed does not fix, within start–end); by (at the latest in start).', DATINGS),
  until: col('enum', false, 'Only for a lasting relation (member_of, led, allied, bloc, opposed) with an empty end: why it has none. fate: it lasts until the fate of a person at either end; faction_end: until the faction at either end ends. An act (approached, capitulated, expelled, exiled, removed, arrested_by, prosecuted_by, executed_by, assassinated_by, organised_by) never has one: it is drawn in its years only, and an empty end means its start year alone.', OPEN_ENDS),
  ...provenance,
  dated_by: col('string', false, 'When start is not written in the quote: how the year follows from the seed.'),
  notes: col('string', false, 'Ambiguities.'),
} as const;

export const EVENT_THEMES = ['collectivisation', 'agriculture', 'officer_corps', 'repression', 'congress', 'party'] as const;

export const eventColumns = {
  id: col('id', true, 'Unique event id.'),
  theme: col('enum', true, 'The theme (statistics table) the event belongs to.', EVENT_THEMES),
  start: col('year', true, 'Year the event starts, as the seed dates it.'),
  end: col('year', false, 'Last year, for a period (e.g. a famine); empty for a single year.'),
  dating: col('enum', false, 'How the seed dates it: empty or in (in start, or throughout start–end); between (once, within start–end); by (at the latest in start).', DATINGS),
  label: col('string', true, 'Short label drawn on time axes.'),
  ...provenance,
  dated_by: col('string', false, 'When the year is not written in the quote: how it follows from the seed.'),
  notes: col('string', false, 'Ambiguities, e.g. where the seed\'s date differs from the usual one.'),
} as const;

/** Tables whose rows a disagreement can name. */
export const DISPUTABLE_TABLES = [...EVENT_THEMES, 'events', 'people', 'factions', 'relations'] as const;

/**
 * One row per reading: two or more readings with the same `dispute` are documents (or lines of one document)
 * that disagree about one thing. Each reading names the row of data it concerns and carries its own quote.
 */
export const disagreementColumns = {
  id: col('id', true, 'Unique id of this reading.'),
  dispute: col('id', true, 'Id of the disagreement; every reading of one disagreement carries it (at least two, from different documents or lines).'),
  about: col('string', true, 'What the documents disagree about, the same on every reading of the disagreement.'),
  differs_in: col('enum', true, 'Where the readings really differ, the same on every reading: figure (a number), date (a year or month), person (who did it or who it was), certainty (how sure the document is, or whether someone acted in person or through others), fate (what became of someone: whether, how or when they died or survived), event (which event it was, or whether it happened).', DIFFERS_IN),
  table: col('enum', true, 'The table of the row this reading concerns (its file name without .csv).', DISPUTABLE_TABLES),
  row: col('id', true, 'Id of the row in that table.'),
  column: col('string', false, 'The column of that row the reading bears on (fate_year, end, to, ...); empty for the row as a whole.'),
  reading: col('string', true, 'What this document says, in a few words (e.g. "shot in 1938").'),
  ...provenance,
  notes: col('string', false, 'How the reading was made, and what it leaves open.'),
} as const;

/**
 * Why a seed line that holds a figure is not cited by any row (ledger.csv). A statistic on a theme the site covers is
 * never ledgered: it becomes a row.
 */
export const LEDGER_REASONS = ['date_only', 'off_theme', 'repeats', 'rhetorical', 'document_meta'] as const;
export const ledgerColumns = {
  source: col('string', true, 'Seed file name in shared/seeds.'),
  locator: col('integer', true, 'Line number (1-based) in the seed: a line that holds a figure and that no row of data cites.'),
  figures: col('string', true, 'The figures on the line as written, separated by " | ".'),
  reason: col('enum', true, 'Why no row cites it: date_only (the figures only date something), off_theme (a quantity outside the themes of the site), repeats (a figure a cited line already gives; the note names it), rhetorical (a number as a figure of speech, an ordinal or a name), document_meta (references, footnotes, page numbers, publication data).', LEDGER_REASONS),
  note: col('string', false, 'A few words; for repeats, the line repeated (e.g. "repeats 004:163").'),
} as const;

export type Columns = Record<string, Column>;

type CellValue<C> = C extends { type: 'integer' | 'number' | 'year' }
  ? number
  : C extends { type: 'enum'; values: infer V extends readonly string[] }
    ? V[number]
    : C extends { type: 'list' }
      ? string[]
      : string;

export type RowOf<S extends Columns> = {
  -readonly [K in keyof S as S[K]['required'] extends true ? K : never]: CellValue<S[K]>;
} & {
  -readonly [K in keyof S as S[K]['required'] extends true ? never : K]?: CellValue<S[K]>;
};

export type StatRow = RowOf<typeof statColumns>;
export type SourceRow = RowOf<typeof sourceColumns>;
export type PersonRow = RowOf<typeof peopleColumns>;
export type FactionRow = RowOf<typeof factionColumns>;
export type RelationRow = RowOf<typeof relationColumns>;
export type EventRow = RowOf<typeof eventColumns>;
export type DisagreementRow = RowOf<typeof disagreementColumns>;
export type LedgerRow = RowOf<typeof ledgerColumns>;

export interface TableSpec<S extends Columns = Columns> {
  readonly name: string;
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly columns: S;
  readonly kind: 'stats' | 'sources' | 'people' | 'factions' | 'relations' | 'events' | 'disagreements' | 'ledger' | 'nodes';
}

const stat = (name: string, title: string, description: string): TableSpec<typeof statColumns> => ({
  name, file: `${name}.csv`, title, description, columns: statColumns, kind: 'stats',
});

export const STAT_TABLES = [
  stat('collectivisation', 'Collectivisation', 'The proportion of collective farms by year, the share of crop area collectivised, the pace the documents describe, and the economy of the first plans: growth targets, output, machine tools, work norms, prices and wages.'),
  stat('agriculture', 'Agriculture and famine', 'Grain, sugar beet and livestock losses, dekulakisation and famine deaths.'),
  stat('officer_corps', 'The officer corps', 'Red Army and Navy officers executed or arrested by rank, the share of generals and colonels, and the state of the command in 1940.'),
  stat('repression', 'Arrests, prisoners and executions', 'Arrests, prisoners, executions, deaths in the camps, the secret police forces and its own purges.'),
  stat('congress', 'The 17th Congress and the Central Committee', 'Delegates of the 1934 Congress and members of its Central Committee, and what became of them; party members arrested; the 1917 Central Committee.'),
  stat('party', 'The party', 'Party membership and composition, the size of the oppositions, the apparatus and the bureaucracy, the country of 1921 and the Red Army of the civil war.'),
] as const;

export const SOURCES_TABLE: TableSpec<typeof sourceColumns> = {
  name: 'sources', file: 'sources.csv', title: 'Sources', kind: 'sources', columns: sourceColumns,
  description: 'One row per seed document: file, title, author, kind, line count, description.',
};
export const PEOPLE_TABLE: TableSpec<typeof peopleColumns> = {
  name: 'people', file: 'people.csv', title: 'People', kind: 'people', columns: peopleColumns,
  description: 'People of the party struggle of the 1920s and 1930s the seeds name, with their fate.',
};
export const FACTIONS_TABLE: TableSpec<typeof factionColumns> = {
  name: 'factions', file: 'factions.csv', title: 'Factions', kind: 'factions', columns: factionColumns,
  description: 'Factions, blocs and leading bodies of the party struggle, with the years the seeds give.',
};
export const RELATIONS_TABLE: TableSpec<typeof relationColumns> = {
  name: 'relations', file: 'relations.csv', title: 'Relations', kind: 'relations', columns: relationColumns,
  description: 'Typed, dated and sourced edges between people and factions: membership, alliances, blocs, capitulations, expulsions, exiles, executions.',
};

export const EVENTS_TABLE: TableSpec<typeof eventColumns> = {
  name: 'events', file: 'events.csv', title: 'Events', kind: 'events', columns: eventColumns,
  description: 'Dated events the seeds give, drawn as annotations on the time axes of the charts.',
};

export const DISAGREEMENTS_TABLE: TableSpec<typeof disagreementColumns> = {
  name: 'disagreements', file: 'disagreements.csv', title: 'Disagreements', kind: 'disagreements', columns: disagreementColumns,
  description: 'Where documents (or lines of one document) disagree about a person, faction, relation or event: one row per reading, each with its quote, grouped by dispute. Disagreements between statistics rows are also found from their shared measure.',
};

export const LEDGER_TABLE: TableSpec<typeof ledgerColumns> = {
  name: 'ledger', file: 'ledger.csv', title: 'Ledger of figures not in the data', kind: 'ledger', columns: ledgerColumns,
  description: 'Every seed line that holds a figure and that no row of data cites, with the reason: so "not in the documents" can be told from "not copied".',
};

export const ALL_TABLES: readonly TableSpec[] = [...STAT_TABLES, EVENTS_TABLE, SOURCES_TABLE, PEOPLE_TABLE, FACTIONS_TABLE, RELATIONS_TABLE, DISAGREEMENTS_TABLE, LEDGER_TABLE];

export const NODE_KINDS = ['person', 'faction'] as const;

export const nodeColumns = {
  id: col('id', true, 'Node id: the id of a row of people.csv or of factions.csv.'),
  kind: col('enum', true, 'person (a row of people.csv) or faction (a row of factions.csv).', NODE_KINDS),
  name: col('string', true, 'The person\'s or faction\'s name.'),
} as const;
export type NodeRow = RowOf<typeof nodeColumns>;

/**
 * Generated at build time from people.csv and factions.csv, not kept in data/: relations.csv points at
 * either table, and a data-package foreign key can reference only one resource, so the package carries
 * the union of both as nodes.csv and the `from`/`to` keys reference it.
 */
export const NODES_TABLE: TableSpec<typeof nodeColumns> = {
  name: 'nodes', file: 'nodes.csv', title: 'Network nodes', kind: 'nodes', columns: nodeColumns,
  description: 'Generated from people.csv and factions.csv: every id a relation may point at, with its kind and name.',
};

export const QUOTE_MAX = 300;
/** Longest faction short_name: a label the network draws whole, never cut. */
export const SHORT_NAME_MAX = 22;

/** zod schema for one cell (given as trimmed non-empty text) of a column. */
export function cellSchema(c: Column): z.ZodType<unknown> {
  switch (c.type) {
    case 'id':
      return z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and underscores');
    case 'integer':
      return z.string().regex(/^\d+$/, 'is not a whole number').transform(Number);
    case 'year':
      return z
        .string()
        .regex(/^\d{4}$/, 'is not a four-digit year')
        .transform(Number)
        .pipe(z.number().min(1890, 'is before 1890').max(1995, 'is after 1995'));
    case 'number':
      return z.string().regex(/^-?\d+(\.\d+)?$/, 'is not a plain number (digits, optional decimal point, no thousands separators)').transform(Number);
    case 'enum':
      return z.enum(c.values as [string, ...string[]], { error: `must be one of: ${(c.values ?? []).join(', ')}` });
    case 'list':
      return z.string().transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean));
    case 'string':
      return z.string();
  }
}

/** Every table the downloads and the data package hold: the CSVs of data/ and the generated nodes table. */
export const PACKAGE_TABLES: readonly TableSpec[] = [...ALL_TABLES, NODES_TABLE];

/**
 * The Frictionless Data Package descriptor (datapackage.json) of every table, derived from lib/data/schema.ts,
 * the same declaration the loader validates with: fields, types, constraints, keys and sources.
 * Written at build time to public/data/datapackage.json and into /downloads/all.zip.
 */
import { NODES_TABLE, PACKAGE_TABLES, QUOTE_MAX, SHORT_NAME_MAX, type Column, type SourceRow, type TableSpec } from '../data/schema';
import { DATASET_TITLE, SITE_AUTHOR } from '../site/names';

export interface FieldDescriptor {
  name: string;
  type: 'string' | 'integer' | 'number' | 'year';
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: typeof DIALECT;
  schema: { fields: FieldDescriptor[]; missingValues: string[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[] };
}

/** How every CSV of the package is written (RFC 4180: comma, double quotes doubled, CRLF line ends, a header row). */
export const DIALECT = { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', skipInitialSpace: false, header: true } as const;

/** An RFC 3339 date-time, as the Data Package spec wants for `created`: a build date alone becomes its midnight UTC. */
export function createdAt(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

export interface PackageDescriptor {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  homepage?: string;
  contributors: { title: string; role: string }[];
  /** The seed documents, by title: they are not served with the site, so no path is given. */
  sources: { title: string; description: string }[];
  keywords: string[];
  resources: ResourceDescriptor[];
}

/** The Table Schema type of a column type of lib/data/schema.ts. */
export function fieldType(c: Column): FieldDescriptor['type'] {
  switch (c.type) {
    case 'integer': return 'integer';
    case 'number': return 'number';
    case 'year': return 'year';
    default: return 'string';
  }
}

function field(name: string, c: Column): FieldDescriptor {
  const constraints: NonNullable<FieldDescriptor['constraints']> = {};
  if (c.required) constraints.required = true;
  if (c.type === 'enum') constraints.enum = [...(c.values ?? [])];
  if (c.type === 'id') constraints.pattern = '^[a-z0-9_]+$';
  if (c.type === 'year') { constraints.minimum = 1890; constraints.maximum = 1995; }
  if (c.type === 'integer') constraints.minimum = 0;
  if (name === 'quote') constraints.maxLength = QUOTE_MAX;
  if (name === 'short_name') constraints.maxLength = SHORT_NAME_MAX;
  const description = c.type === 'list' ? `${c.description} A list written as one text field, items separated by "; ".` : c.description;
  return { name, type: fieldType(c), description, ...(c.type === 'list' ? { format: 'default' } : {}), ...(Object.keys(constraints).length ? { constraints } : {}) };
}

function resource(t: TableSpec): ResourceDescriptor {
  const names = Object.keys(t.columns);
  const foreignKeys: ForeignKey[] = [];
  if (names.includes('source')) foreignKeys.push({ fields: 'source', reference: { resource: 'sources', fields: 'file' } });
  if (t.kind === 'relations') {
    for (const f of ['from', 'to']) foreignKeys.push({ fields: f, reference: { resource: NODES_TABLE.name, fields: 'id' } });
  }
  return {
    name: t.name,
    path: t.file,
    title: t.title,
    description: t.description,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: DIALECT,
    schema: {
      fields: names.map((n) => field(n, t.columns[n])),
      missingValues: [''],
      primaryKey: t.kind === 'sources' ? 'file' : t.kind === 'ledger' ? ['source', 'locator'] : 'id',
      ...(foreignKeys.length ? { foreignKeys } : {}),
    },
  };
}

export function dataPackage(opts: { version: string; created: string; siteUrl?: string; sources: readonly SourceRow[] }): PackageDescriptor {
  return {
    profile: 'tabular-data-package',
    name: 'purge-atlas',
    title: DATASET_TITLE,
    description:
      'Figures on collectivisation, famine, the purge of the officer corps, arrests, prisoners and executions, the 17th Party Congress and the party, '
      + 'and the people, factions and relations of the party struggle of the 1920s, distilled by hand from five source documents. '
      + 'Every row carries its document (source), line (locator), a verbatim quote containing the figure, and whom the document credits (attributed_to). '
      + 'Where documents disagree, every figure is kept.',
    version: opts.version,
    created: createdAt(opts.created),
    ...(opts.siteUrl ? { homepage: opts.siteUrl } : {}),
    contributors: [{ title: SITE_AUTHOR, role: 'author' }],
    sources: opts.sources.map((s) => ({ title: `${s.title} (seed document ${s.file})`, description: /not named/i.test(s.author) ? s.description : `${s.author}. ${s.description}` })),
    keywords: ['USSR', 'collectivisation', 'famine', 'Great Purge', 'Red Army', '17th Party Congress', 'Left Opposition'],
    resources: PACKAGE_TABLES.map(resource),
  };
}

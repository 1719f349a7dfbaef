/**
 * Citations of a chart, of the dataset and of the seed documents behind them: plain text (APA style) and
 * BibTeX. Pure functions of their inputs, so the page, the metadata files and the tests agree.
 */
import type { SourceInfo } from '../charts/format';
import type { SourceRow } from '../data/schema';
import { DATASET_TITLE, SITE_AUTHOR as AUTHOR } from '../site/names';

export type CitedSource = SourceInfo;

export interface CiteContext {
  version: string;
  /** Build date, YYYY-MM-DD. */
  built: string;
  /** Absolute address of the cited page, or its path when the site's address is not known. */
  url: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  /** The seed documents the cited figures come from, one plain-text reference each. */
  seeds: string[];
}

const KIND_WORDS: Record<SourceRow['kind'], string> = {
  history: 'History', article: 'Article', forum_thread: 'Forum thread', book_chapter: 'Book chapter',
};

const unnamed = (author: string) => /not named/i.test(author);
const year = (built: string) => built.slice(0, 4);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "27 November 2026", as en-GB writes a date (without Intl, whose first date format loads locale data while the page hydrates). */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A seed document as a reference: author (when named), title, kind and the file name it is kept under. */
export function seedReference(s: CitedSource): string {
  const who = unnamed(s.author) ? '' : `${s.author}. `;
  return `${who}${s.title} [${KIND_WORDS[s.kind]}, undated; seed document ${s.file}].`;
}

/** Escapes the characters BibTeX treats as special and protects capitals with braces. */
export function bibEscape(s: string): string {
  return s.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

function bibKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function bibtex(kind: 'misc' | 'dataset', key: string, title: string, ctx: CiteContext, note: string): string {
  const fields: [string, string][] = [
    ['author', `{${AUTHOR}}`],
    ['title', `{${bibEscape(title)}}`],
    ['year', year(ctx.built)],
    ['version', ctx.version],
    ['howpublished', `\\url{${ctx.url}}`],
    ['urldate', ctx.built],
    ['note', bibEscape(note)],
  ];
  return `@${kind}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

function seedsUsed(files: readonly string[], sources: readonly CitedSource[]): CitedSource[] {
  return [...new Set(files)].sort().map((f) => sources.find((s) => s.file === f)).filter((s): s is CitedSource => !!s);
}

/** A page of the site (a chart, a person's page), with the seed documents its facts come from. */
function citeItem(item: { slug: string; title: string }, kind: 'Chart' | 'Web page', files: readonly string[], sources: readonly CitedSource[], ctx: CiteContext): Citation {
  const seeds = seedsUsed(files, sources).map(seedReference);
  const based = `${kind === 'Chart' ? 'Figures' : 'Facts'} from ${seeds.length} source document${seeds.length === 1 ? '' : 's'}, each traced to a line: ${seeds.join(' ')}`;
  return {
    text: `${AUTHOR}. (${year(ctx.built)}). ${item.title} [${kind}]. In Purge Atlas (Version ${ctx.version}). Retrieved ${longDate(ctx.built)}, from ${ctx.url}`,
    bibtex: bibtex('misc', `purgeatlas_${bibKey(item.slug)}`, `${item.title} [${kind}], Purge Atlas`, ctx, `Version ${ctx.version}. ${based}`),
    seeds,
  };
}

/** "Cite this chart": the chart as a figure of the site, with the seed documents its rows come from. */
export function citeChart(chart: { slug: string; title: string }, files: readonly string[], sources: readonly CitedSource[], ctx: CiteContext): Citation {
  return citeItem(chart, 'Chart', files, sources, ctx);
}

/** "Cite this page": a person's page, with the seed documents of its quotes. */
export function citePage(page: { slug: string; title: string }, files: readonly string[], sources: readonly CitedSource[], ctx: CiteContext): Citation {
  return citeItem(page, 'Web page', files, sources, ctx);
}

/** "Cite this dataset": every table of the site, with all seed documents. */
export function citeDataset(sources: readonly CitedSource[], ctx: CiteContext): Citation {
  const seeds = seedsUsed(sources.map((s) => s.file), sources).map(seedReference);
  const title = DATASET_TITLE;
  return {
    text: `${AUTHOR}. (${year(ctx.built)}). ${title} (Version ${ctx.version}) [Data set]. Retrieved ${longDate(ctx.built)}, from ${ctx.url}`,
    bibtex: bibtex('dataset', `purgeatlas_data_${ctx.version.replace(/\W+/g, '_')}`, title, ctx, `CSV tables with a Frictionless data package descriptor. Distilled by hand from: ${seeds.join(' ')}`),
    seeds,
  };
}

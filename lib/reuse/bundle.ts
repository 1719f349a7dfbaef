/**
 * The per-chart download bundle, written at build time: /charts/<slug>.csv (exactly the plotted rows),
 * /charts/<slug>.metadata.json (title, subtitle, unit, sources with seed and line, notes, citation, build
 * date) and /charts/<slug>.zip (both plus a README); the addresses are in lib/charts/paths.ts.
 */
import { strToU8, zipSync } from 'fflate';
import type { ResolvedChart } from '../charts/charts';
import { citeChart, type CitedSource } from './cite';
import { plottedCsv } from './exports';
import { summarySentence } from '../charts/format';
import { chartFiles, chartPage } from '../charts/paths';
import { formatFigure } from '../data/stats';


export interface ChartMetadata {
  slug: string;
  title: string;
  subtitle: string;
  kind: string;
  units: string[];
  summary: string;
  page: string;
  files: ReturnType<typeof chartFiles>;
  fullTable: string;
  columns: string;
  rows: { id: string; label: string; figure: string; source: string; locator: number; attributed_to: string; quote: string; disputed: boolean }[];
  sources: { file: string; title: string; author: string; lines: number[]; attributed_to: string[] }[];
  notes: string[];
  citation: { text: string; bibtex: string };
  version: string;
  built: string;
}

export interface BundleContext {
  themeSlug: string;
  sources: readonly CitedSource[];
  version: string;
  built: string;
  /** The site's address when known at build time, else ''. */
  siteUrl: string;
}

export function chartMetadata(chart: ResolvedChart, ctx: BundleContext): ChartMetadata {
  const { spec, rows } = chart;
  const page = chartPage(spec.slug, ctx.themeSlug);
  const bySource = new Map<string, { lines: Set<number>; credit: Set<string> }>();
  for (const { row } of rows) {
    const e = bySource.get(row.source) ?? { lines: new Set(), credit: new Set() };
    e.lines.add(row.locator);
    e.credit.add(row.attributed_to);
    bySource.set(row.source, e);
  }
  const cite = citeChart(spec, rows.map((r) => r.row.source), ctx.sources, { version: ctx.version, built: ctx.built, url: `${ctx.siteUrl}${page}` });
  return {
    slug: spec.slug,
    title: spec.title,
    subtitle: spec.subtitle,
    kind: spec.kind,
    units: [...new Set(rows.map((r) => r.row.unit))],
    summary: summarySentence(chart),
    page,
    files: chartFiles(spec.slug),
    fullTable: `/data/${spec.theme}.csv`,
    columns: 'The CSV has the columns of the full table; they are described in /data/datapackage.json (resource "' + spec.theme + '").',
    rows: rows.map(({ row, disputed }) => ({
      id: row.id, label: row.label, figure: formatFigure(row), source: row.source, locator: row.locator,
      attributed_to: row.attributed_to, quote: row.quote, disputed,
    })),
    sources: [...bySource].sort(([a], [b]) => a.localeCompare(b)).map(([file, e]) => {
      const s = ctx.sources.find((x) => x.file === file);
      return { file, title: s?.title ?? file, author: s?.author ?? '', lines: [...e.lines].sort((a, b) => a - b), attributed_to: [...e.credit].sort() };
    }),
    notes: [...new Set([spec.note, ...rows.filter((r) => r.row.notes).map((r) => `${r.row.label}: ${r.row.notes}`)].filter((n): n is string => !!n))],
    citation: { text: cite.text, bibtex: cite.bibtex },
    version: ctx.version,
    built: ctx.built,
  };
}

export function bundleReadme(m: ChartMetadata): string {
  return [
    `# ${m.title}`,
    '',
    m.subtitle,
    '',
    m.summary,
    '',
    '## Files',
    '',
    `- \`${m.slug}.csv\`: the ${m.rows.length} rows this chart plots, in the columns of the full table (${m.fullTable}).`,
    `- \`${m.slug}.metadata.json\`: title, units, every row's document, line and quote, notes and the citation.`,
    '',
    '## Sources',
    '',
    ...m.sources.map((s) => `- ${s.title} (${s.file}), line${s.lines.length > 1 ? 's' : ''} ${s.lines.join(', ')}; credited to: ${s.attributed_to.join('; ')}`),
    '',
    ...(m.notes.length ? ['## Notes', '', ...m.notes.map((n) => `- ${n}`), ''] : []),
    '## Cite',
    '',
    m.citation.text,
    '',
    '```bibtex',
    m.citation.bibtex,
    '```',
    '',
    `Purge Atlas ${m.version}, built ${m.built}. Chart page: ${m.page}`,
    '',
  ].join('\n');
}

/** The chart's zip: CSV, metadata and README under one folder; a fixed timestamp keeps it reproducible. */
export function chartZip(chart: ResolvedChart, m: ChartMetadata): Uint8Array {
  const dir = `purge-atlas-${m.slug}`;
  return zipSync({
    [`${dir}/${m.slug}.csv`]: strToU8(plottedCsv(chart)),
    [`${dir}/${m.slug}.metadata.json`]: strToU8(`${JSON.stringify(m, null, 2)}\n`),
    [`${dir}/README.md`]: strToU8(bundleReadme(m)),
  }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

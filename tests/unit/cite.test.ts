import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleReadme, chartMetadata, chartZip } from '@/lib/reuse/bundle';
import { CHARTS, resolveChart } from '@/lib/charts/charts';
import { bibEscape, citeChart, citeDataset, seedReference } from '@/lib/reuse/cite';
import { readDataset } from '@/lib/data/data';
import { plottedCsv } from '@/lib/reuse/exports';
import { csvSnippets, integerColumns, SITE_PLACEHOLDER } from '@/lib/reuse/snippets';
import { statColumns } from '@/lib/data/schema';
import pkg from '../../package.json';
import { requireSeeds } from './helpers';

const { dataset } = readDataset(undefined, requireSeeds());
const ctx = { version: '0.1.0', built: '2026-11-24', url: 'https://example.org/officer-corps#officers-liquidated' };
const root = path.resolve(__dirname, '../..');

describe('citations', () => {
  it('cite a chart with its title, version, date and address, and the seeds its rows come from', () => {
    const spec = CHARTS.find((c) => c.slug === 'officers-liquidated')!;
    const chart = resolveChart(spec, dataset);
    const c = citeChart(spec, chart.rows.map((r) => r.row.source), dataset.sources, ctx);
    expect(c.text).toBe(`Purge Atlas contributors. (2026). ${spec.title} [Chart]. In Purge Atlas (Version 0.1.0). Retrieved 24 November 2026, from ${ctx.url}`);
    // the disputed figure comes from two documents (000 and 001): both are cited
    expect(c.seeds.map((s) => s.match(/seed document (\S+)\]/)?.[1])).toEqual(['000_447e1e6c3ae67c0a.txt', '001_fbb34e55a54b9f3d.txt']);
    expect(c.bibtex).toMatch(/^@misc\{purgeatlas_officers_liquidated,\n/);
    expect(c.bibtex).toContain('  year = {2026},');
    expect(c.bibtex).toContain(`  howpublished = {\\url{${ctx.url}}},`);
    expect(c.bibtex.trim().endsWith('}')).toBe(true);
  });

  it('escape BibTeX specials, so "&" in a seed title does not break the entry', () => {
    expect(bibEscape('Methods & Purges 100% #1 {x}_y')).toBe('Methods \\& Purges 100\\% \\#1 \\{x\\}\\_y');
    const d = citeDataset(dataset.sources, { ...ctx, url: 'https://example.org/' });
    expect(d.bibtex).toContain('On Socialist Methods \\& Stalin-Era Purges');
    expect(d.bibtex).not.toMatch(/[^\\]&/);
    expect(d.seeds).toHaveLength(dataset.sources.length);
  });

  it('name the author only when the document names one', () => {
    const named = dataset.sources.find((s) => s.file.startsWith('003'))!;
    const unnamed = dataset.sources.find((s) => s.file.startsWith('000'))!;
    expect(seedReference(named)).toMatch(/^Paul Thompson & Guy Lewis\. The Revolution Unfinished\?/);
    expect(seedReference(unnamed)).toMatch(/^The Degeneration of the Soviet Secret Police/);
  });

  it('CITATION.cff matches the package version, the dataset title and every seed', () => {
    const cff = fs.readFileSync(path.join(root, 'CITATION.cff'), 'utf8');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toContain(`version: ${pkg.version}\n`);
    expect(cff).toContain(`title: "${citeDataset(dataset.sources, ctx).text.match(/\(2026\)\. (.*) \(Version/)![1]}"`);
    for (const s of dataset.sources) expect(cff, s.file).toContain(s.file);
  });
});

describe('chart bundle', () => {
  const spec = CHARTS.find((c) => c.slug === 'central-committee-1934')!;
  const chart = resolveChart(spec, dataset);
  const meta = chartMetadata(chart, { themeSlug: 'congress', sources: dataset.sources, version: '0.1.0', built: '2026-11-24', siteUrl: '' });

  it('metadata carries every plotted row with its seed line, the disputes, the notes and the citation', () => {
    expect(meta.rows.map((r) => r.id)).toEqual(chart.rows.map((r) => r.row.id));
    expect(meta.rows.filter((r) => r.disputed).map((r) => r.figure).sort()).toEqual(['110', '110', '98']);
    expect(meta.sources.map((s) => s.file)).toEqual(['000_447e1e6c3ae67c0a.txt', '001_fbb34e55a54b9f3d.txt', '004_0a22335e3317a430.txt']);
    expect(meta.citation.text).toContain('from /congress#central-committee-1934');
    expect(meta.files).toEqual({
      csv: '/charts/central-committee-1934.csv', metadata: '/charts/central-committee-1934.metadata.json',
      zip: '/charts/central-committee-1934.zip', embed: '/embed/central-committee-1934',
    });
  });

  it('the zip holds the CSV of the plotted rows, the metadata and a README naming every seed line', () => {
    const files = unzipSync(chartZip(chart, meta));
    const dir = 'purge-atlas-central-committee-1934';
    expect(Buffer.from(files[`${dir}/central-committee-1934.csv`]).toString("utf8")).toBe(plottedCsv(chart)); // byte for byte, the byte-order mark included
    expect(JSON.parse(strFromU8(files[`${dir}/central-committee-1934.metadata.json`]))).toEqual(meta);
    const readme = strFromU8(files[`${dir}/README.md`]);
    expect(readme).toBe(bundleReadme(meta));
    for (const s of meta.sources) expect(readme).toContain(`${s.file}), line${s.lines.length > 1 ? 's' : ''} ${s.lines.join(', ')}`);
  });

  it('code snippets load the given address in Python, R and JavaScript, years and line numbers as whole numbers', () => {
    const s = csvSnippets('https://example.org/charts/x.csv', statColumns);
    expect(s.map((x) => x.lang)).toEqual(['python', 'r', 'javascript']);
    for (const x of s) expect(x.code).toContain('"https://example.org/charts/x.csv"');
    expect(integerColumns(statColumns)).toEqual(['period_start', 'period_end', 'locator']);
    expect(s[0].code).toContain('dtype={"period_start": "Int64", "period_end": "Int64", "locator": "Int64"}');
    expect(s[1].code).toContain('colClasses = c(period_start = "integer", period_end = "integer", locator = "integer")');
    for (const x of s) expect(x.code).not.toContain('Replace');
  });

  it('say what to replace when the build did not know the site\'s address', () => {
    for (const x of csvSnippets(`${SITE_PLACEHOLDER}/charts/x.csv`, statColumns)) expect(x.code).toContain(`Replace ${SITE_PLACEHOLDER} with the address this site is served from.`);
  });
});

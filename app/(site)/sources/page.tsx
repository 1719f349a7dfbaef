import type { Metadata } from 'next';
import { loadDataset } from '@/lib/data/data';
import { CHARTS, chartIds } from '@/lib/charts/charts';
import { ALL_TABLES, STAT_TABLES } from '@/lib/data/schema';
import { disagreements, formatFigure, formatPeriod, formatYears } from '@/lib/data/stats';
import { indexDisputes, rowKey } from '@/lib/data/disputes';
import { fateYears, relationYears } from '@/lib/network/network';
import { docTag } from '@/lib/charts/format';
import { SourcesBrowser, type SourceRowView } from '@/components/sources/SourcesBrowser';
import { CiteDataset } from '@/components/reuse/CiteDataset';
import { siteInfo, siteSources } from '@/lib/site/site';
import { canonical } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'The five source documents and every data row with its verbatim quote and line.',
  ...canonical('/sources'),
};

export default function SourcesPage() {
  const d = loadDataset();
  const title = (name: string) => ALL_TABLES.find((t) => t.name === name)?.title ?? name;
  // a row is disputed when a disagreement names it, or when its figure differs from another document's for the same measure
  const index = indexDisputes(d.disagreements);
  const disputedStats = new Set(STAT_TABLES.flatMap((t) => disagreements(d.stats[t.name]).flatMap((g) => g.rows.map((r) => r.id))));
  const isDisputed = (table: string, id: string) => rowKey(table, id) in index || disputedStats.has(id);
  const all: Omit<SourceRowView, 'disputed'>[] = [
    ...STAT_TABLES.flatMap((t) => d.stats[t.name].map((r) => ({
      id: r.id, table: t.name, tableTitle: t.title, label: r.label, figure: `${formatFigure(r)} ${r.unit.replace(/_/g, ' ')} · ${formatPeriod(r)}`,
      source: r.source, locator: r.locator, quote: r.quote, attributedTo: r.attributed_to, notes: r.notes ?? '',
    }))),
    ...d.events.map((r) => ({ id: r.id, table: 'events', tableTitle: title('events'), label: r.label, figure: formatYears(r.start, r.end, r.dating), source: r.source, locator: r.locator, quote: r.quote, attributedTo: '', notes: r.notes ?? '' })),
    ...d.people.map((r) => ({ id: r.id, table: 'people', tableTitle: title('people'), label: r.name, figure: `fate: ${r.fate.replace(/_/g, ' ')}${r.fate_year ? `, ${fateYears(r)}` : ''}`, source: r.source, locator: r.locator, quote: r.quote, attributedTo: '', notes: r.notes ?? '' })),
    ...d.factions.map((r) => ({ id: r.id, table: 'factions', tableTitle: title('factions'), label: r.name, figure: `${r.start}–${r.end ?? ''}`, source: r.source, locator: r.locator, quote: r.quote, attributedTo: '', notes: r.notes ?? '' })),
    ...d.relations.map((r) => ({ id: r.id, table: 'relations', tableTitle: title('relations'), label: `${r.from} ${r.type.replace(/_/g, ' ')} ${r.to}`, figure: relationYears(r), source: r.source, locator: r.locator, quote: r.quote, attributedTo: '', notes: r.notes ?? '' })),
    ...d.disagreements.map((r) => ({ id: r.id, table: 'disagreements', tableTitle: title('disagreements'), label: `${r.about}: ${r.reading}`, figure: `on ${r.table} ${r.row}${r.column ? ` (${r.column})` : ''}`, source: r.source, locator: r.locator, quote: r.quote, attributedTo: '', notes: r.notes ?? '' })),
  ];
  const rows: SourceRowView[] = all.map((r) => ({ ...r, disputed: r.table === 'disagreements' || isDisputed(r.table, r.id) }));
  const charts = Object.fromEntries(CHARTS.map((c) => [c.slug, { title: c.title, ids: chartIds(c) }]));
  return (
    <article>
      <h1>Sources</h1>
      <p className="lede">
        Every figure on this site comes from one of these {d.sources.length} documents. Each data row names its
        document and line and quotes the passage; search the quotes, or filter by table and document.
      </p>
      <h2 id="documents">The documents</h2>
      <ul className="sources-list">
        {d.sources.map((s) => (
          <li key={s.file} id={`doc-${docTag(s.file)}`} data-source={s.file}>
            <h3>{docTag(s.file)}: {s.title}</h3>
            <p className="meta">{s.author} · {s.kind.replace(/_/g, ' ')} · {s.lines} lines · <code>{s.file}</code></p>
            <p>{s.description}</p>
            {s.notes && <p className="meta">{s.notes}</p>}
          </li>
        ))}
      </ul>
      <CiteDataset sources={siteSources()} site={siteInfo()} />
      <h2 id="rows">Every row and its quote</h2>
      <SourcesBrowser rows={rows} charts={charts}
        tables={ALL_TABLES.filter((t) => t.kind !== 'sources').map((t) => ({ name: t.name, title: t.title }))}
        documents={d.sources.map((s) => ({ file: s.file, title: s.title }))} />
    </article>
  );
}

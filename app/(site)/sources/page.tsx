import type { Metadata } from 'next';
import { loadDataset } from '@/lib/data/data';
import { CHARTS, chartIds } from '@/lib/charts/charts';
import { ALL_TABLES, LEDGER_REASONS, STAT_TABLES } from '@/lib/data/schema';
import { citedLines, citingTables } from '@/lib/data/validate';
import { lineFigures } from '@/lib/data/numbers';
import { readSeeds } from '@/lib/data/seeds';
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
  // per document: the lines that hold a figure, how many rows cite, and the rest with the ledger's reasons
  const seeds = readSeeds();
  const cited = citedLines(citingTables(d));
  const accounts = new Map(d.sources.map((s) => {
    const lines = seeds?.get(s.file) ?? [];
    const withFigures = lines.map((text, i) => i + 1).filter((n) => lineFigures(lines[n - 1]).length > 0);
    const ledger = d.ledger.filter((l) => l.source === s.file);
    return [s.file, { withFigures: withFigures.length, cited: withFigures.filter((n) => cited.has(`${s.file}:${n}`)).length, ledger }];
  }));
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
            <FigureAccount file={s.file} account={accounts.get(s.file)} />
          </li>
        ))}
      </ul>
      <CiteDataset sources={siteSources()} site={siteInfo()} />
      <h2 id="rows">Every row and its quote</h2>
      <SourcesBrowser rows={rows} charts={charts}
        tables={ALL_TABLES.filter((t) => t.kind !== 'sources' && t.kind !== 'ledger').map((t) => ({ name: t.name, title: t.title }))}
        documents={d.sources.map((s) => ({ file: s.file, title: s.title }))} />
    </article>
  );
}

const REASON_WORDS: Record<(typeof LEDGER_REASONS)[number], string> = {
  date_only: 'a date only', off_theme: 'outside the themes', repeats: 'repeats another line', rhetorical: 'a figure of speech or a name', document_meta: 'references and publication data',
};

/** How many of a document's lines with figures are in the data, and the rest with the reason each is not (data/ledger.csv). */
function FigureAccount({ file, account }: { file: string; account?: { withFigures: number; cited: number; ledger: readonly { locator: number; figures: string; reason: (typeof LEDGER_REASONS)[number]; note?: string }[] } }) {
  if (!account) return null;
  const { withFigures, cited, ledger } = account;
  const by = LEDGER_REASONS.map((r) => [r, ledger.filter((l) => l.reason === r).length] as const).filter(([, n]) => n > 0);
  return (
    <details className="figure-account" data-figure-account={file}>
      <summary>
        {withFigures > 0 ? `${withFigures} lines hold a figure: ${cited} are in the data, ${ledger.length} are not` : `${ledger.length} lines with a figure are not in the data`}
        {by.length > 0 && ` (${by.map(([r, n]) => `${n} ${REASON_WORDS[r]}`).join(', ')})`}
      </summary>
      <table>
        <caption className="meta">Lines with a figure that no row cites, and why (data/ledger.csv)</caption>
        <thead><tr><th scope="col">Line</th><th scope="col">Figures</th><th scope="col">Why not in the data</th></tr></thead>
        <tbody>
          {ledger.map((l) => (
            <tr key={l.locator} data-ledger-line={l.locator}><td className="num">{l.locator}</td><td>{l.figures}</td><td>{REASON_WORDS[l.reason]}{l.note ? `: ${l.note}` : ''}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { loadDataset } from '@/lib/data/data';
import { summarise } from '@/lib/data/catalog';
import { formatFigure, formatPeriod } from '@/lib/data/stats';
import { THEMES, chartsOfTheme, resolveChart } from '@/lib/charts/charts';
import { docTag } from '@/lib/charts/format';
import { ChartBody } from '@/components/chart/ChartBody';
import { DisputeList } from '@/components/shared/DisputeList';
import { groupDisputes } from '@/lib/data/disputes';
import { CiteDataset } from '@/components/reuse/CiteDataset';
import { canonical, siteInfo, siteSources } from '@/lib/site/site';
import { withBase } from '@/lib/charts/paths';

export const metadata: Metadata = { ...canonical('/') };

export default function HomePage() {
  const data = loadDataset();
  const summary = summarise(data);
  const stats = summary.filter((s) => s.spec.kind === 'stats');
  const other = summary.filter((s) => s.spec.kind !== 'stats');
  const disputes = stats.flatMap((s) => s.disputes.map((g) => ({ table: s.spec, group: g })));
  const srcTitle = new Map(data.sources.map((s) => [s.file, s.title]));
  const otherDisputes = groupDisputes(data.disagreements);
  return (
    <>
      <h1>Purge Atlas</h1>
      <p className="lede">
        Soviet repression in figures, from collectivisation to the purge of the Red Army and the 17th Party
        Congress, distilled by hand from {data.sources.length} source documents. Every number carries its
        document, line and verbatim quote; where documents disagree, both figures stay.
      </p>

      <h2 id="themes">Themes</h2>
      <ul className="cards" aria-label="Themes">
        {THEMES.map((theme) => {
          const s = stats.find((x) => x.spec.name === theme.table);
          if (!s) return null;
          const first = resolveChart(chartsOfTheme(theme.table)[0], data);
          const headline = theme.headline.map((id) => data.stats[theme.table].find((r) => r.id === id)).filter((r) => r !== undefined);
          // documents that give the same figure share it ("110 (000, 001)"): equal figures are not set against each other
          const figures = [...new Map(headline.map((r) => [formatFigure(r), [] as string[]])).entries()];
          for (const r of headline) figures.find(([f]) => f === formatFigure(r))![1].push(docTag(r.source));
          return (
            <li key={theme.table} id={theme.table} className="card theme-card" data-table={theme.table}>
              <h3><Link href={`/${theme.slug}`}>{theme.title}</Link></h3>
              <p className="headline">
                {figures.map(([figure, docs], i) => (
                  <span key={figure} className="headline-figure">
                    {i > 0 && <span className="vs"> or </span>}
                    <strong>{figure}</strong>{headline.length > 1 && <span className="meta"> ({docs.join(', ')})</span>}
                  </span>
                ))}
                <span className="headline-label">{theme.headlineText}</span>
              </p>
              <div className="mini-chart" aria-hidden="true" inert><ChartBody chart={first} rows={first.rows} scale="linear" mini /></div>
              <p>{theme.intro}</p>
              <p className="meta">
                <span data-testid="row-count">{s.rows}</span> rows from {s.sources.length} document{s.sources.length === 1 ? '' : 's'}
                {' '}· {chartsOfTheme(theme.table).length} charts
                {s.disputes.length > 0 && <> · <span className="badge">{s.disputes.length} disputed</span></>}
              </p>
              <p><Link href={`/${theme.slug}`}>Open {theme.title.toLowerCase()}</Link> · <a href={withBase(`/data/${s.spec.file}`)} download>{s.spec.file}</a></p>
            </li>
          );
        })}
      </ul>

      <h2 id="disagreements">Where the documents disagree</h2>
      <p>Each row is one document&apos;s figure; nothing is averaged.</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Where the documents disagree (scrollable table)">
        <table className="cards-on-phone">
          <caption className="meta">Measures for which the documents give different figures</caption>
          <thead><tr><th scope="col">Measure</th><th scope="col">Figure</th><th scope="col">Period</th><th scope="col">Document</th><th scope="col">Quote</th></tr></thead>
          <tbody>
            {disputes.flatMap(({ table, group }) => group.rows.map((r, i) => (
              <tr key={r.id} data-measure={group.measure}>
                {i === 0 && <th scope="rowgroup" rowSpan={group.rows.length}>{table.title}: {group.measure.replace(/_/g, ' ')}</th>}
                <td className="num" data-label="Figure">{formatFigure(r)}</td>
                <td data-label="Period">{formatPeriod(r)}</td>
                <td data-label="Document">{srcTitle.get(r.source)} (line {r.locator})</td>
                <td data-label="Quote"><q>{r.quote}</q></td>
              </tr>
            )))}
          </tbody>
        </table>
      </div>

      <h3 id="disagreements-other">About people, factions, relations and events</h3>
      <p>
        {otherDisputes.length} disagreements in <a href={withBase('/data/disagreements.csv')} download>disagreements.csv</a>,
        one row per reading; the network, the chronologies and the <Link href="/sources?disputed=1">sources page</Link> mark
        the rows they name.
      </p>
      <DisputeList disputes={otherDisputes} level="h4" />

      <h2 id="downloads">Data</h2>
      <p>
        All tables, with the schema documentation and the data package descriptor:{' '}
        <a href={withBase('/downloads/all.zip')} download>all.zip</a>. Each table is also at a stable address under{' '}
        <code>/data/</code>, described field by field in{' '}
        <a href={withBase('/data/datapackage.json')}>datapackage.json</a> (a{' '}
        <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package</a>: types,
        keys and sources, readable by pandas, R and the <code>frictionless</code> tools). Each chart has its
        own bundle (the rows it plots, its metadata and citation) under its Download buttons.
      </p>
      <CiteDataset sources={siteSources()} site={siteInfo()} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Tables to download (scrollable table)">
        <table>
          <thead><tr><th scope="col">Table</th><th scope="col" className="num">Rows</th><th scope="col">Download</th></tr></thead>
          <tbody>
            {summary.map((s) => (
              <tr key={s.spec.name} data-table={s.spec.name}>
                <td>{s.spec.title}</td>
                <td className="num">{s.rows}</td>
                <td><a href={withBase(`/data/${s.spec.file}`)} download>{s.spec.file}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta">
        Network tables: {other.filter((s) => s.spec.kind !== 'sources').map((s) => `${s.spec.file} (${s.rows})`).join(', ')}.
        {' '}<Link href="/#themes">Back to themes</Link>
      </p>
      {!data.seedsChecked && <p role="note" className="badge">Built without the seed documents: quotes were not re-checked in this build.</p>}
    </>
  );
}

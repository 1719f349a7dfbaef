import Link from 'next/link';
import { loadDataset } from '@/lib/data';
import { summarise } from '@/lib/catalog';
import { formatFigure, formatPeriod } from '@/lib/stats';

export default function HomePage() {
  const data = loadDataset();
  const summary = summarise(data);
  const stats = summary.filter((s) => s.spec.kind === 'stats');
  const other = summary.filter((s) => s.spec.kind !== 'stats');
  const disputes = stats.flatMap((s) => s.disputes.map((g) => ({ table: s.spec, group: g })));
  const srcTitle = new Map(data.sources.map((s) => [s.file, s.title]));
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
        {stats.map((s) => (
          <li key={s.spec.name} id={s.spec.name} className="card" data-table={s.spec.name}>
            <h3>{s.spec.title}</h3>
            <p>{s.spec.description}</p>
            <p className="meta">
              <span data-testid="row-count">{s.rows}</span> rows from {s.sources.length} document{s.sources.length === 1 ? '' : 's'}
              {s.disputes.length > 0 && <> · <span className="badge">{s.disputes.length} disputed</span></>}
            </p>
            <p><a href={`/data/${s.spec.file}`} download>Download {s.spec.file}</a></p>
          </li>
        ))}
      </ul>

      <h2 id="disagreements">Where the documents disagree</h2>
      <p>Each row is one document&apos;s figure; nothing is averaged.</p>
      <div className="table-scroll">
        <table>
          <caption className="meta">Measures for which the documents give different figures</caption>
          <thead><tr><th scope="col">Measure</th><th scope="col">Figure</th><th scope="col">Period</th><th scope="col">Document</th><th scope="col">Quote</th></tr></thead>
          <tbody>
            {disputes.flatMap(({ table, group }) => group.rows.map((r, i) => (
              <tr key={r.id} data-measure={group.measure}>
                {i === 0 && <th scope="rowgroup" rowSpan={group.rows.length}>{table.title}: {group.measure.replace(/_/g, ' ')}</th>}
                <td className="num">{formatFigure(r)}</td>
                <td>{formatPeriod(r)}</td>
                <td>{srcTitle.get(r.source)} (line {r.locator})</td>
                <td><q>{r.quote}</q></td>
              </tr>
            )))}
          </tbody>
        </table>
      </div>

      <h2 id="downloads">Data</h2>
      <p>
        All tables, with the schema documentation: <a href="/downloads/all.zip" download>all.zip</a>.
        Each table is also at a stable address under <code>/data/</code>.
      </p>
      <div className="table-scroll">
        <table>
          <thead><tr><th scope="col">Table</th><th scope="col" className="num">Rows</th><th scope="col">Download</th></tr></thead>
          <tbody>
            {summary.map((s) => (
              <tr key={s.spec.name} data-table={s.spec.name}>
                <td>{s.spec.title}</td>
                <td className="num">{s.rows}</td>
                <td><a href={`/data/${s.spec.file}`} download>{s.spec.file}</a></td>
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

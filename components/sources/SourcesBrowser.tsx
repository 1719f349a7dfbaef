'use client';
import { withBase } from '@/lib/paths';
import { useEffect, useMemo, useState } from 'react';
import { replaceQuery } from '@/components/chart/url';
import { docTag } from '@/lib/format';

export interface SourceRowView {
  id: string;
  table: string;
  tableTitle: string;
  label: string;
  figure: string;
  source: string;
  locator: number;
  quote: string;
  attributedTo: string;
  notes: string;
  /** Documents disagree about this row (a disagreement names it, or another document gives another figure). */
  disputed: boolean;
}

interface Props {
  rows: readonly SourceRowView[];
  tables: readonly { name: string; title: string }[];
  documents: readonly { file: string; title: string }[];
  charts: Readonly<Record<string, { title: string; ids: readonly string[] }>>;
}

interface Filter { q: string; table: string; source: string; chart: string; disputed: boolean }

function readFilter(props: Props): Filter {
  const p = new URLSearchParams(window.location.search);
  const pick = (k: string, ok: (v: string) => boolean) => { const v = p.get(k) ?? ''; return ok(v) ? v : ''; };
  return {
    q: (p.get('q') ?? '').slice(0, 100),
    table: pick('theme', (v) => props.tables.some((t) => t.name === v)),
    source: pick('source', (v) => props.documents.some((d) => d.file === v)),
    chart: pick('chart', (v) => Object.hasOwn(props.charts, v)),
    disputed: p.get('disputed') === '1',
  };
}

const norm = (s: string) => s.toLowerCase().normalize('NFKD');

/** Search and filters over every row; state mirrors the query string so a filtered view can be linked. */
export function SourcesBrowser(props: Props) {
  const { rows, tables, documents, charts } = props;
  const [f, setF] = useState<Filter>({ q: '', table: '', source: '', chart: '', disputed: false });
  useEffect(() => {
     
    setF(readFilter(props));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const set = (patch: Partial<Filter>) => {
    const next = { ...f, ...patch };
    setF(next);
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.table) p.set('theme', next.table);
    if (next.source) p.set('source', next.source);
    if (next.chart) p.set('chart', next.chart);
    if (next.disputed) p.set('disputed', '1');
    replaceQuery(p, false);
  };
  const visible = useMemo(() => {
    const ids = f.chart ? new Set(charts[f.chart]?.ids ?? []) : null;
    const q = norm(f.q.trim());
    return new Set(rows.filter((r) =>
      (!ids || ids.has(r.id)) && (!f.disputed || r.disputed) && (!f.table || r.table === f.table) && (!f.source || r.source === f.source) &&
      (!q || norm(`${r.label} ${r.figure} ${r.quote} ${r.attributedTo} ${r.notes} ${r.id}`).includes(q)),
    ).map((r) => r.id));
  }, [rows, charts, f]);

  return (
    <div className="sources-browser">
      <form className="filters no-print" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>Search <input type="search" value={f.q} onChange={(e) => set({ q: e.target.value })} placeholder="a word, a figure, a name" /></label>
        <label>Table
          <select value={f.table} onChange={(e) => set({ table: e.target.value })}>
            <option value="">All tables</option>
            {tables.map((t) => <option key={t.name} value={t.name}>{t.title}</option>)}
          </select>
        </label>
        <label>Document
          <select value={f.source} onChange={(e) => set({ source: e.target.value })}>
            <option value="">All documents</option>
            {documents.map((d) => <option key={d.file} value={d.file}>{docTag(d.file)}: {d.title}</option>)}
          </select>
        </label>
        {/* the list filters as you type; the button is there for Enter and for tools that expect a form to submit */}
        <button type="submit" className="visually-hidden">Search</button>
        <label className="check"><input type="checkbox" checked={f.disputed} onChange={(e) => set({ disputed: e.target.checked })} /> Only disputed rows</label>
        {f.chart && (
          <p className="chip">Rows of the chart <strong>{charts[f.chart]?.title}</strong>{' '}
            <button type="button" onClick={() => set({ chart: '' })}>Show all rows</button></p>
        )}
      </form>
      <p role="status" aria-live="polite" className="meta" data-testid="row-status">{visible.size} of {rows.length} rows</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Rows and quotes (scrollable table)">
        <table className="data-table sources-table cards-on-phone">
          <caption className="visually-hidden">Every data row with its document, line and quote</caption>
          <thead>
            <tr><th scope="col">Row</th><th scope="col">Figure or fact</th><th scope="col">Document, line</th><th scope="col">Credited to</th><th scope="col">Quote and notes</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} id={`row-${r.id}`} data-row={r.id} data-disputed={r.disputed ? 'true' : undefined} className={r.disputed ? 'disputed' : undefined} hidden={!visible.has(r.id)}>
                <td data-label="Row"><code>{r.id}</code><br /><span className="meta">{r.tableTitle}</span>{r.disputed && <><br /><span className="badge">disputed</span></>}</td>
                <th scope="row">{r.table === 'people' ? <a href={withBase(`/people/${r.id}`)}>{r.label}</a> : r.label}{r.figure && <><br /><span className="num">{r.figure}</span></>}</th>
                <td data-label="Document, line">{docTag(r.source)}, line {r.locator}</td>
                <td data-label="Credited to">{r.attributedTo}</td>
                <td data-label="Quote and notes"><q>{r.quote}</q>{r.notes && <><br /><span className="meta">{r.notes}</span></>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

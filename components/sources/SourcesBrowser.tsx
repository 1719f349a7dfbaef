'use client';
import { withBase } from '@/lib/charts/paths';
import { useEffect, useMemo, useState } from 'react';
import { replaceQuery } from '@/components/shared/url';
import { docTag } from '@/lib/charts/format';
import { SOURCES_PAGE_SIZE, pageCount, pageOf, pageRange, parsePage } from '@/lib/site/paging';

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

interface Filter { q: string; table: string; source: string; chart: string; disputed: boolean; page: number }

function readFilter(props: Props): Filter {
  const p = new URLSearchParams(window.location.search);
  const pick = (k: string, ok: (v: string) => boolean) => { const v = p.get(k) ?? ''; return ok(v) ? v : ''; };
  return {
    q: (p.get('q') ?? '').slice(0, 100),
    table: pick('theme', (v) => props.tables.some((t) => t.name === v)),
    source: pick('source', (v) => props.documents.some((d) => d.file === v)),
    chart: pick('chart', (v) => Object.hasOwn(props.charts, v)),
    disputed: p.get('disputed') === '1',
    page: 0,
  };
}

const norm = (s: string) => s.toLowerCase().normalize('NFKD');

/**
 * Search and filters over every row, a page of rows at a time; state mirrors the query string (`page=N` too)
 * so a filtered view can be linked, and a link to `#row-ID` opens the page that holds the row.
 */
export function SourcesBrowser(props: Props) {
  const { rows, tables, documents, charts } = props;
  const [f, setF] = useState<Filter>({ q: '', table: '', source: '', chart: '', disputed: false, page: 0 });
  const matching = (g: Filter) => {
    const ids = g.chart ? new Set(charts[g.chart]?.ids ?? []) : null;
    const q = norm(g.q.trim());
    return rows.filter((r) =>
      (!ids || ids.has(r.id)) && (!g.disputed || r.disputed) && (!g.table || r.table === g.table) && (!g.source || r.source === g.source) &&
      (!q || norm(`${r.label} ${r.figure} ${r.quote} ${r.attributedTo} ${r.notes} ${r.id}`).includes(q)));
  };
  const [target, setTarget] = useState('');
  useEffect(() => {
    // the filters and page of the link; a #row-ID opens the row's page (and the row is scrolled to below)
    const open = () => {
      const g = readFilter(props);
      const list = matching(g);
      let hash = '';
      try { hash = decodeURIComponent(window.location.hash.replace(/^#row-/, '')); } catch { /* a malformed link opens the first page */ }
      const at = hash ? list.findIndex((r) => r.id === hash) : -1;
      setF({ ...g, page: at >= 0 ? pageOf(at) : parsePage(new URLSearchParams(window.location.search).get('page'), list.length) });
      setTarget(at >= 0 ? hash : '');
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (target) document.getElementById(`row-${target}`)?.scrollIntoView();
  }, [target, f.page]);
  const set = (patch: Partial<Filter>) => {
    // a new filter starts at its first page
    const next = { ...f, page: 0, ...patch };
    setF(next);
    setTarget('');
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.table) p.set('theme', next.table);
    if (next.source) p.set('source', next.source);
    if (next.chart) p.set('chart', next.chart);
    if (next.disputed) p.set('disputed', '1');
    if (next.page > 0) p.set('page', String(next.page + 1));
    replaceQuery(p, false);
  };
  const visible = useMemo(() => matching(f), [rows, charts, f.q, f.table, f.source, f.chart, f.disputed]); // eslint-disable-line react-hooks/exhaustive-deps
  const pages = pageCount(visible.length);
  const [from, to] = pageRange(f.page, visible.length);
  const shown = visible.slice(from, to);
  const pager = (where: string) => pages > 1 && (
    <nav className="pager no-print" aria-label={`Pages of rows (${where})`}>
      <button type="button" disabled={f.page === 0} onClick={() => set({ page: f.page - 1 })}>Previous {SOURCES_PAGE_SIZE}</button>
      <label>Page <select value={f.page} onChange={(e) => set({ page: Number(e.target.value) })}>
        {Array.from({ length: pages }, (_, i) => <option key={i} value={i}>{i + 1} of {pages}</option>)}
      </select></label>
      <button type="button" disabled={f.page >= pages - 1} onClick={() => set({ page: f.page + 1 })}>Next {SOURCES_PAGE_SIZE}</button>
    </nav>
  );

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
      <p role="status" aria-live="polite" className="meta"><span data-testid="row-status">{visible.length} of {rows.length} rows</span>
        {visible.length > 0 && <span data-testid="row-range">, rows {from + 1}–{to} shown</span>}</p>
      <noscript><p className="meta">Without JavaScript the first {SOURCES_PAGE_SIZE} rows are listed; every row, with its quote, is in the <a href={withBase('/#downloads')}>data tables (CSV)</a>.</p></noscript>
      {pager('top')}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Rows and quotes (scrollable table)">
        <table className="data-table sources-table cards-on-phone">
          <caption className="visually-hidden">Every data row with its document, line and quote</caption>
          <thead>
            <tr><th scope="col">Row</th><th scope="col">Figure or fact</th><th scope="col">Document, line</th><th scope="col">Credited to</th><th scope="col">Quote and notes</th></tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} id={`row-${r.id}`} data-row={r.id} data-disputed={r.disputed ? 'true' : undefined} className={[r.disputed ? 'disputed' : '', r.id === target ? 'target' : ''].join(' ').trim() || undefined}>
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
      {pager('bottom')}
    </div>
  );
}

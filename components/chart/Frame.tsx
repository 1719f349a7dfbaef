'use client';
import { useRef, useState, type ReactNode } from 'react';
import { exportImage, saveAs } from '../shared/download';
import { withBase } from '@/lib/charts/paths';

export type FrameView = 'chart' | 'table' | 'timeline';

export interface FrameProps {
  id: string;
  title: string;
  subtitle: string;
  kind: string;
  view: FrameView;
  onView: (v: FrameView) => void;
  /** A third view beside Chart and Table (the network's Timeline), drawn in the chart's place. */
  timeline?: ReactNode;
  /** Controls after the Chart | Table toggle (scale, series, year, filters). */
  controls?: ReactNode;
  /** The chart itself. */
  body: ReactNode;
  /** Key to the chart's encodings, under it. */
  legend?: ReactNode;
  summary: string;
  /** The data behind the current view as a real table. */
  table: ReactNode;
  source: string;
  sourceHref: string;
  notes?: readonly string[];
  footer?: ReactNode;
  /** CSV of exactly the rows in view; href is the static fallback without JavaScript. make may load the CSV writer on demand. */
  csv: { name: string; href: string; make: () => string | Promise<string> };
  /** Further files: the full table, the chart's bundle and metadata. */
  fullTables?: readonly { href: string; label: string }[];
  /** Under the downloads: code snippets, citation, embed code. */
  reuse?: ReactNode;
  /** More buttons in the downloads row (e.g. Add to deck). */
  actions?: ReactNode;
  link: () => string;
  /** Extra attributes for the section, e.g. data-chart. */
  data?: Record<`data-${string}`, string>;
}

/**
 * The frame every chart and the network share (the "sandwich"): header, controls, the chart or its table,
 * summary, source line and notes, and the downloads. What is exported as PNG or SVG is the header, the
 * chart and the source line, without the controls.
 */
export function Frame(p: FrameProps) {
  const exportRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const run = async (done: string, f: () => Promise<void> | void) => {
    try {
      await f();
      setStatus(done);
    } catch (e) {
      setStatus(`Failed: ${(e as Error).message}`);
    }
  };
  return (
    <section className="chart-frame" id={p.id} data-kind={p.kind} data-view={p.view} aria-labelledby={`${p.id}-title`} {...p.data}>
      <div ref={exportRef} className="chart-export">
        <header className="chart-header">
          <h2 id={`${p.id}-title`}><a href={`#${p.id}`} className="anchor">{p.title}</a></h2>
          <p className="chart-subtitle">{p.subtitle}</p>
        </header>

        <div className="chart-controls no-export no-print" role="toolbar" aria-label={`Controls for ${p.title}`}>
          <div className="segmented" role="group" aria-label="View">
            <button type="button" aria-pressed={p.view === 'chart'} onClick={() => p.onView('chart')}>Chart</button>
            <button type="button" aria-pressed={p.view === 'table'} onClick={() => p.onView('table')}>Table</button>
            {p.timeline !== undefined && <button type="button" aria-pressed={p.view === 'timeline'} onClick={() => p.onView('timeline')}>Timeline</button>}
          </div>
          {p.controls}
        </div>

        <div className="chart-area" aria-hidden={p.view === 'table' ? true : undefined}>
          {p.view === 'timeline' && p.timeline !== undefined ? p.timeline : <>{p.body}{p.legend}</>}
        </div>

        <p className="chart-summary">{p.summary}</p>

        <div className={`chart-table table-scroll${p.view === 'table' ? '' : ' visually-hidden'}`}
          tabIndex={p.view === 'table' ? 0 : undefined} role="region" aria-label={`Data table: ${p.title}`}>{p.table}</div>

        <footer className="chart-footer">
          <p className="chart-source">
            {p.source} <a className="no-export" href={withBase(p.sourceHref)}>The rows and quotes behind this chart</a>
          </p>
          {p.footer}
          {p.notes && p.notes.length > 0 && (
            <details className="chart-notes">
              <summary>Notes ({p.notes.length})</summary>
              <ul>{p.notes.map((n) => <li key={n}>{n}</li>)}</ul>
            </details>
          )}
        </footer>
      </div>

      <div className="chart-downloads no-print" role="group" aria-label={`Downloads for ${p.title}`}>
        <a href={withBase(p.csv.href)} download={p.csv.name} className="button"
          onClick={(e) => { e.preventDefault(); void run('CSV downloaded', async () => saveAs(p.csv.name, new Blob([await p.csv.make()], { type: 'text/csv;charset=utf-8' }))); }}>
          Data in this view (CSV)
        </a>
        {p.fullTables?.map((t) => <a key={t.href} href={withBase(t.href)} download className="button">{t.label}</a>)}
        <button type="button" onClick={() => void run('PNG downloaded', () => exportImage(exportRef.current as HTMLElement, 'png', p.id))}>Download PNG</button>
        <button type="button" onClick={() => void run('SVG downloaded', () => exportImage(exportRef.current as HTMLElement, 'svg', p.id))}>Download SVG</button>
        <button type="button" onClick={() => void run('Link copied', async () => {
          const url = p.link();
          setLink(url);
          if (!navigator.clipboard) throw new Error('no clipboard here; the link is in the box');
          await navigator.clipboard.writeText(url);
        })}>Copy link</button>
        {p.actions}
        {link && <input className="share-link" aria-label="Link to this chart" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />}
        <span className="status" role="status" aria-live="polite">{status}</span>
      </div>
      {p.reuse}
    </section>
  );
}

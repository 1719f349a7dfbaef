'use client';
import { useMemo, useRef, useState } from 'react';
import type { ResolvedChart } from '@/lib/charts';
import { scaleOffered } from '@/lib/chartState';
import { sourceLine, summarySentence, type SourceInfo } from '@/lib/format';
import { plottedCsv } from '@/lib/exports';
import { ChartBody } from './ChartBody';
import { DataTable } from './DataTable';
import { colourAt } from './palette';
import { exportImage, saveAs } from './download';
import { chartLink, useChartState } from './useChartState';

interface Props {
  chart: ResolvedChart;
  sources: readonly SourceInfo[];
}

/**
 * Every chart's frame: header (title, subtitle, summary), controls, the chart or its table, and a footer
 * with the source line, notes and downloads. Title, summary, source line and table are in the server HTML.
 */
export function ChartFrame({ chart, sources }: Props) {
  const { spec } = chart;
  const [state, update] = useChartState(spec);
  const exportRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const rows = useMemo(() => chart.rows.filter((r) => !state.hidden.includes(r.series)), [chart.rows, state.hidden]);
  const multiSeries = (spec.kind === 'bar' || spec.kind === 'line') && spec.series.length > 1 ? spec.series : null;
  const seriesNames = multiSeries ? Object.fromEntries(multiSeries.map((s) => [s.key, s.name])) : undefined;
  const source = sourceLine(rows, sources);
  const notes = [...new Set([spec.note, ...rows.filter((r) => r.row.notes).map((r) => `${r.row.label}: ${r.row.notes}`)].filter(Boolean))] as string[];
  const hasApprox = rows.some((r) => r.row.approx !== 'exact' || r.row.value === undefined);
  const hasDispute = rows.some((r) => r.disputed);

  const run = async (label: string, f: () => Promise<void> | void) => {
    try {
      await f();
      setStatus(label);
    } catch (e) {
      setStatus(`Could not ${label.toLowerCase()}: ${(e as Error).message}`);
    }
  };

  return (
    <section className="chart-frame" id={spec.slug} data-chart={spec.slug} data-kind={spec.kind} data-view={state.view} aria-labelledby={`${spec.slug}-title`}>
      <div ref={exportRef} className="chart-export">
        <header className="chart-header">
          <h2 id={`${spec.slug}-title`}><a href={`#${spec.slug}`} className="anchor">{spec.title}</a></h2>
          <p className="chart-subtitle">{spec.subtitle}</p>
        </header>

        <div className="chart-controls no-export no-print" role="toolbar" aria-label={`Controls for ${spec.title}`}>
          <div className="segmented" role="group" aria-label="View">
            <button type="button" aria-pressed={state.view === 'chart'} onClick={() => update({ view: 'chart' })}>Chart</button>
            <button type="button" aria-pressed={state.view === 'table'} onClick={() => update({ view: 'table' })}>Table</button>
          </div>
          {scaleOffered(spec) && (
            <div className="segmented" role="group" aria-label="Scale">
              <button type="button" aria-pressed={state.scale === 'linear'} onClick={() => update({ scale: 'linear' })}>Linear</button>
              <button type="button" aria-pressed={state.scale === 'log'} onClick={() => update({ scale: 'log' })}>Log</button>
            </div>
          )}
          {multiSeries && (
            <div className="series-toggles" role="group" aria-label="Series">
              {multiSeries.map((s, i) => {
                const on = !state.hidden.includes(s.key);
                return (
                  <button key={s.key} type="button" aria-pressed={on} data-series={s.key}
                    disabled={on && state.hidden.length === multiSeries.length - 1}
                    onClick={() => update({ hidden: on ? [...state.hidden, s.key] : state.hidden.filter((k) => k !== s.key) })}>
                    <span className="swatch" style={{ background: colourAt(i) }} aria-hidden="true" /> {s.name}
                  </button>
                );
              })}
            </div>
          )}
        </div>

        <div className="chart-area" aria-hidden={state.view === 'table' ? true : undefined}>
          <ChartBody chart={chart} rows={rows} scale={state.scale} />
          {(hasApprox || hasDispute) && (
            <p className="chart-key meta">
              {hasApprox && <span><span className="swatch hatch" aria-hidden="true" /> hatched or hollow, marked ≈: approximate or a range</span>}
              {hasDispute && <span><span className="swatch disputed" aria-hidden="true" /> dashed red outline: disputed between documents</span>}
            </p>
          )}
        </div>

        <p className="chart-summary">{summarySentence(chart, rows)}</p>

        <div className={`chart-table table-scroll${state.view === 'table' ? '' : ' visually-hidden'}`}>
          <DataTable rows={rows} caption={`Data for "${spec.title}"`} seriesNames={seriesNames} />
        </div>

        <footer className="chart-footer">
          <p className="chart-source">
            {source} <a className="no-export" href={`/sources?chart=${spec.slug}`}>The rows and quotes behind this chart</a>
          </p>
          {chart.events.length > 0 && (
            <ul className="chart-events">
              {chart.events.map((e) => (
                <li key={e.id} data-event={e.id}>
                  Marked on the time axis: <strong>{e.label}</strong>, {e.start}{e.end !== undefined ? `–${e.end}` : ''}: <q>{e.quote}</q>{' '}
                  (<a href={`/sources#row-${e.id}`}>{e.source.slice(0, 3)}, line {e.locator}</a>){e.notes ? ` ${e.notes}` : ''}
                </li>
              ))}
            </ul>
          )}
          {notes.length > 0 && (
            <details className="chart-notes">
              <summary>Notes ({notes.length})</summary>
              <ul>{notes.map((n) => <li key={n}>{n}</li>)}</ul>
            </details>
          )}
        </footer>
      </div>

      <div className="chart-downloads no-print" role="group" aria-label={`Downloads for ${spec.title}`}>
        <a href={`/charts/${spec.slug}.csv`} download={`${spec.slug}.csv`} className="button"
          onClick={(e) => { e.preventDefault(); void run('CSV downloaded', () => saveAs(`${spec.slug}.csv`, new Blob([plottedCsv(chart, state.hidden)], { type: 'text/csv;charset=utf-8' }))); }}>
          Download CSV
        </a>
        <a href={`/data/${spec.theme}.csv`} download className="button">Full table</a>
        <button type="button" onClick={() => void run('PNG downloaded', () => exportImage(exportRef.current as HTMLElement, 'png', spec.slug))}>Download PNG</button>
        <button type="button" onClick={() => void run('SVG downloaded', () => exportImage(exportRef.current as HTMLElement, 'svg', spec.slug))}>Download SVG</button>
        <button type="button" onClick={() => void run('Link copied', async () => {
          const url = chartLink(spec, state);
          setLink(url);
          await navigator.clipboard?.writeText(url);
        })}>Copy link</button>
        {link && <input className="share-link" aria-label="Link to this chart" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />}
        <span className="status" role="status" aria-live="polite">{status}</span>
      </div>
    </section>
  );
}

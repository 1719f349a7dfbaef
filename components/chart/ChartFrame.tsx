'use client';
import { useMemo } from 'react';
import type { ResolvedChart } from '@/lib/charts/charts';
import { scaleOffered } from '@/lib/charts/chartState';
import { chartFiles, chartPage } from '@/lib/charts/paths';
import type { SiteInfo } from '@/lib/site/site';
import { ChartReuse } from '@/components/reuse/ChartReuse';
import { AddToDeck } from '@/components/deck/AddToDeck';
import { sourceLine, summarySentence, type SourceInfo } from '@/lib/charts/format';
import { disagreements, formatFigure } from '@/lib/data/stats';
import { ChartBody } from './ChartBody';
import { DataTable } from './DataTable';
import { DocLink } from '../shared/DocLink';
import { Frame } from './Frame';
import { SeriesSample } from './SeriesSample';
import { chartLink, useChartState } from './useChartState';

interface Props {
  chart: ResolvedChart;
  sources: readonly SourceInfo[];
  site: SiteInfo;
  /** Slug of the theme page the chart lives on. */
  themeSlug: string;
  /** In an embed: no reuse panel, and the link goes to the chart on the site. */
  embed?: boolean;
}

/** A statistics chart in the shared frame: scale and series controls, its marks, table, sources and downloads. */
export function ChartFrame({ chart, sources, site, themeSlug, embed = false }: Props) {
  const { spec } = chart;
  const [state, update] = useChartState(spec);
  const rows = useMemo(() => chart.rows.filter((r) => !state.hidden.includes(r.series)), [chart.rows, state.hidden]);
  const multiSeries = (spec.kind === 'bar' || spec.kind === 'line') && spec.series.length > 1 ? spec.series : null;
  const seriesNames = multiSeries ? Object.fromEntries(multiSeries.map((s) => [s.key, s.name])) : undefined;
  const notes = [...new Set([spec.note, ...rows.filter((r) => r.row.notes).map((r) => `${r.row.label}: ${r.row.notes}`)].filter(Boolean))] as string[];
  const hasApprox = rows.some((r) => r.row.approx !== 'exact' || r.row.value === undefined);
  const hasDispute = rows.some((r) => r.disputed);
  const files = chartFiles(spec.slug);
  const page = chartPage(spec.slug, themeSlug);

  const controls = (
    <>
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
                <SeriesSample index={i} line={spec.kind === 'line'} /> {s.name}
              </button>
            );
          })}
        </div>
      )}
    </>
  );

  const legend = (hasApprox || hasDispute) && (
    <p className="chart-key meta">
      {hasApprox && <span><span className="swatch hatch" aria-hidden="true" /> hatched or hollow: approximate or a range; an arrow: &quot;more than&quot; or &quot;at least&quot;</span>}
      {hasDispute && <span><span className="swatch disputed" aria-hidden="true" /> dashed red outline: disputed between documents</span>}
    </p>
  );

  // where documents disagree, each document's figure, line and quote beside the chart, not only in the notes
  const disputes = disagreements(rows.map((r) => r.row));
  const disagreement = disputes.length > 0 && (
    <div className="chart-disputes" data-chart-disputes={spec.slug}>
      {disputes.map((g) => (
        <div key={g.key} className="dispute" data-measure={g.measure}>
          <p><span className="badge">Disputed</span> The documents give {g.rows.length} figures for one measure:</p>
          <ul>
            {g.rows.map((r) => (
              <li key={r.id} data-reading={r.id}>
                <strong>{formatFigure(r)}</strong>, {r.label}{' '}
                (<DocLink id={r.id} source={r.source} locator={r.locator} />): <q>{r.quote}</q>{r.notes ? <span className="meta"> {r.notes}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );

  const events = chart.events.length > 0 && (
    <ul className="chart-events">
      {chart.events.map((e) => (
        <li key={e.id} data-event={e.id}>
          Marked on the time axis: <strong>{e.label}</strong>, {e.start}{e.end !== undefined ? `–${e.end}` : ''}: <q>{e.quote}</q>{' '}
          (<DocLink id={e.id} source={e.source} locator={e.locator} />){e.notes ? ` ${e.notes}` : ''}
        </li>
      ))}
    </ul>
  );

  return (
    <Frame id={spec.slug} kind={spec.kind} title={spec.title} subtitle={spec.subtitle} data={{ 'data-chart': spec.slug }}
      view={state.view} onView={(view) => { if (view !== 'timeline') update({ view }); }} controls={controls}
      body={<ChartBody chart={chart} rows={rows} scale={state.scale} />} legend={legend}
      summary={summarySentence(chart, rows)}
      table={<DataTable rows={rows} caption={`Data for "${spec.title}"`} seriesNames={seriesNames} />}
      source={sourceLine(rows, sources)} sourceHref={`/sources?chart=${spec.slug}`} notes={notes} footer={<>{disagreement}{events}</>}
      csv={{ name: `${spec.slug}.csv`, href: files.csv, make: async () => (await import('@/lib/reuse/exports')).plottedCsv(chart, state.hidden) }}
      fullTables={[
        { href: `/data/${spec.theme}.csv`, label: 'Full table (CSV)' },
        { href: files.zip, label: 'Chart bundle (ZIP)' },
        { href: files.metadata, label: 'Metadata (JSON)' },
      ]}
      actions={embed ? undefined : <AddToDeck slug={spec.slug} title={spec.title} />}
      reuse={embed ? undefined : (
        <ChartReuse slug={spec.slug} title={spec.title} page={page} files={chart.rows.map((r) => r.row.source)} sources={sources} site={site} />
      )}
      link={() => chartLink(spec, state, embed ? page : undefined)} />
  );
}

'use client';
import dynamic from 'next/dynamic';
import type { ResolvedChart, PlotRow } from '@/lib/charts';
import type { Scale } from '@/lib/chartState';
import type { SlideFit } from '@/lib/slideFit';
import { UnitView } from './UnitView';
import { FigureView } from './FigureView';
import { Hatches } from './Hatches';
import { useWidth } from './useWidth';

// recharts is the largest library of the site: its chart kinds load as their own chunk after the page is
// interactive (the page's HTML already has the title, summary, table and source line; see BENCHMARKS.md)
const BarView = dynamic(() => import('./BarView').then((m) => m.BarView), { ssr: false });
const LineView = dynamic(() => import('./LineView').then((m) => m.LineView), { ssr: false });

/**
 * A chart drawn for a lecture hall or a printed page: the box to fill, the base font (every text of the
 * chart), for a bar chart split across build steps the rows that set its scale, and the layout functions
 * (lib/slideFit.ts SLIDE_FIT; passed in so chart pages do not load them).
 */
export interface PresentSize { width: number; height: number; font: number; domainRows?: readonly PlotRow[]; fit: SlideFit }

/** The marks of a chart, whatever its kind; recharts kinds draw once the width is known (client only). */
export function ChartBody({ chart, rows, scale, mini, present }: { chart: ResolvedChart; rows: readonly PlotRow[]; scale: Scale; mini?: boolean; present?: PresentSize }) {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const width = present ? present.width : measured;
  const { spec } = chart;
  const uid = `${spec.slug}${mini ? '-mini' : ''}`;
  return (
    <div ref={ref} className="chart-body" data-kind={spec.kind}>
      {spec.kind === 'units' && <UnitView rows={rows} panels={spec.panels} mini={mini} present={present} />}
      {spec.kind === 'figures' && <FigureView rows={rows} mini={mini} present={present} />}
      {(spec.kind === 'bar' || spec.kind === 'line') && width > 0 && (
        <>
          <Hatches uid={uid} />
          {spec.kind === 'bar'
            ? <BarView uid={uid} rows={rows} series={spec.series} scale={scale} width={width} xLabel={spec.xLabel} mini={mini} present={present ? { font: present.font, height: present.height, domainRows: present.domainRows ?? chart.rows } : undefined} />
            : <LineView rows={rows} series={spec.series} scale={scale} width={width} yLabel={spec.yLabel} events={chart.events} mini={mini}
                font={present?.font} height={present?.height} frameRows={present ? chart.rows : undefined} />}
        </>
      )}
    </div>
  );
}

import type { ComponentProps, ComponentType } from 'react';
import type { ResolvedChart, PlotRow } from '@/lib/charts/charts';
import type { Scale } from '@/lib/charts/chartState';
import type { BarView } from './BarView';
import type { LineView } from './LineView';

/** The recharts views to draw with: ChartBody's lazily loaded ones, or the build step's (scripts/chart-svg.tsx). */
export interface Views { Bar: ComponentType<ComponentProps<typeof BarView>>; Line: ComponentType<ComponentProps<typeof LineView>> }

/**
 * A bar or line chart as recharts draws it, with every prop in one place: ChartBody mounts it live and the
 * build draws its pictures from it, so a picture is the live chart (tests/e2e/static-charts.spec.ts). `present`:
 * a slide's or printed page's font, height and, for a split bar chart, the rows that set its scale.
 */
export function chartView(v: Views, { chart, rows, scale, width, uid, mini, present }: {
  chart: ResolvedChart; rows: readonly PlotRow[]; scale: Scale; width: number; uid: string; mini?: boolean;
  present?: { font: number; height: number; domainRows?: readonly PlotRow[] };
}) {
  const { spec } = chart;
  if (spec.kind === 'bar') {
    return <v.Bar uid={uid} rows={rows} series={spec.series} scale={scale} width={width} xLabel={spec.xLabel} mini={mini}
      present={present ? { font: present.font, height: present.height, domainRows: present.domainRows ?? chart.rows } : undefined} />;
  }
  if (spec.kind === 'line') {
    return <v.Line rows={rows} series={spec.series} scale={scale} width={width} yLabel={spec.yLabel} events={chart.events} mini={mini}
      font={present?.font} height={present?.height} frameRows={present ? chart.rows : undefined} />;
  }
  return null;
}

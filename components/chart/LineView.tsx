'use client';
import { CartesianGrid, LabelList, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { EventRow } from '@/lib/schema';
import type { PlotRow, SeriesSpec } from '@/lib/charts';
import type { Scale } from '@/lib/chartState';
import { formatFigure } from '@/lib/stats';
import { colourAt, dashAt } from './palette';
import { Tip } from './Tip';
import { compactNumber, logDomain } from './scales';

interface Props {
  rows: readonly PlotRow[];
  series: readonly SeriesSpec[];
  scale: Scale;
  width: number;
  yLabel: string;
  events?: readonly EventRow[];
  mini?: boolean;
  /** Lecture slides: base font size in px and the height to fill. */
  font?: number;
  height?: number;
  /** Rows that fix the axes (all of the chart's) while `rows` are drawn: build steps keep the axes still. */
  frameRows?: readonly PlotRow[];
}

interface Point { x: number; y: number; p: PlotRow; label: string }

/** Series over years on one time axis; hollow points are approximate figures. */
export function LineView({ rows, series, scale, width, yLabel, events = [], mini, font, height: fixedHeight, frameRows = rows }: Props) {
  const f = font ?? 12;
  const visible = series.filter((s) => rows.some((r) => r.series === s.key));
  const pts = (key: string): Point[] => rows
    .filter((r) => r.series === key && r.row.period_start !== undefined && r.row.value !== undefined)
    .map((p) => ({ x: p.row.period_start as number, y: p.row.value as number, p, label: formatFigure(p.row) }))
    .sort((a, b) => a.x - b.x);
  const shownEvents = mini ? [] : events;
  const years = [...new Set([...frameRows.map((r) => r.row.period_start), ...shownEvents.flatMap((e) => [e.start, e.end])]
    .filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  const values = frameRows.map((r) => r.row.value).filter((v): v is number => v !== undefined);
  const percent = frameRows.every((r) => r.row.unit === 'percent');
  const log = scale === 'log';
  const yDomain: [number, number] = log ? logDomain(values) : [0, percent ? 100 : Math.max(...values) * 1.1];
  const height = fixedHeight ?? (mini ? 120 : Math.max(260, Math.min(420, Math.round(width * 0.55))));
  const k = f / 12;
  return (
    <LineChart width={width} height={height} accessibilityLayer margin={{ top: Math.round(16 * k), right: mini ? 8 : Math.round(40 * k), bottom: mini ? 4 : Math.round(24 * k), left: mini ? 4 : Math.round(16 * k) }}>
      {!mini && <CartesianGrid strokeDasharray="2 3" />}
      <XAxis type="number" dataKey="x" domain={[years[0] - 0.5, years[years.length - 1] + 0.5]} ticks={years} hide={mini}
        tickFormatter={(y: number) => String(y)} allowDuplicatedCategory={false} tick={{ fontSize: f }} />
      <YAxis type="number" dataKey="y" scale={log ? 'log' : 'linear'} domain={yDomain} allowDataOverflow hide={mini}
        tickFormatter={(v: number) => (percent ? `${v}%` : compactNumber(v))} tick={{ fontSize: f }} width={Math.round(60 * k)}
        label={{ value: `${yLabel}${log ? ' (log scale)' : ''}`, angle: -90, position: 'insideLeft', offset: -4, fontSize: f }} />
      {shownEvents.map((e, i) => (e.end !== undefined && e.end > e.start
        ? <ReferenceArea key={e.id} x1={e.start - 0.4} x2={e.end + 0.4} ifOverflow="extendDomain" data-event={e.id}
            style={{ fill: 'var(--muted)', fillOpacity: 0.12 }}
            label={{ value: `${e.label}, ${e.start}–${e.end}`, position: 'insideTop', fontSize: f, offset: 6 + (i % 2) * Math.round(16 * k) }} />
        : <ReferenceLine key={e.id} x={e.start} ifOverflow="extendDomain" data-event={e.id} strokeDasharray="4 3" style={{ stroke: 'var(--muted)' }}
            label={{ value: `${e.label}, ${e.start}`, position: 'insideTopLeft', fontSize: f, offset: 6 + (i % 2) * Math.round(16 * k) }} />))}
      {!mini && (
        <Tooltip content={({ active, payload }) => {
          if (!active || !payload?.length) return null;
          const ps = payload.map((e) => (e.payload as Point).p);
          return <Tip rows={ps} />;
        }} />
      )}
      {visible.map((s) => {
        const ci = series.indexOf(s);
        const data = pts(s.key);
        return (
          <Line key={s.key} data={data} dataKey="y" name={s.name} isAnimationActive={false}
            style={{ stroke: colourAt(ci) }} strokeWidth={2.5 * k} strokeDasharray={dashAt(ci)}
            dot={(props: unknown) => {
              const { cx, cy, index } = props as { cx: number; cy: number; index: number };
              const p = data[index]?.p;
              if (!p) return <g key={`none-${index}`} />;
              const approx = p.row.approx !== 'exact';
              return (
                <circle key={p.row.id} data-mark="point" data-row={p.row.id} cx={cx} cy={cy} r={mini ? 3 : Math.round(5 * k)}
                  style={{ fill: approx ? 'var(--bg)' : colourAt(ci), stroke: colourAt(ci), strokeWidth: 2 }} />
              );
            }}
            activeDot={{ r: 7 }}>
            {!mini && <LabelList dataKey="label" position={data.length === 1 ? 'right' : 'top'} style={{ fontSize: f, fill: 'var(--fg)' }} />}
          </Line>
        );
      })}
    </LineChart>
  );
}

'use client';
import { CartesianGrid, LabelList, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { EventRow } from '@/lib/data/schema';
import type { PlotRow, SeriesSpec } from '@/lib/charts/charts';
import type { Scale } from '@/lib/charts/chartState';
import { formatFigure } from '@/lib/data/stats';
import { colourAt, dashAt } from './palette';
import { Tip } from './Tip';
import { compactNumber, logDomain } from './scales';
import { placeLabels, type LabelRequest, type PlacedLabel, type Rect } from '@/lib/text/labelPlacement';
import { textWidth } from '@/lib/text/measure';

/** recharts' default height of the x axis, px (ticks and their text). */
const X_AXIS_HEIGHT = 30;

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
  const margin = { top: Math.round(16 * k), right: mini ? 8 : Math.round(40 * k), bottom: mini ? 4 : Math.round(24 * k), left: mini ? 4 : Math.round(16 * k) };
  const yAxisWidth = Math.round(60 * k);
  const xDomain: [number, number] = [years[0] - 0.5, years[years.length - 1] + 0.5];
  const dotR = mini ? 3 : Math.round(5 * k);
  // a slide or printed page: value and event labels placed clear of each other and of the points (lib/labelPlacement)
  const placed = font !== undefined && fixedHeight !== undefined && !mini
    ? lineLabels({ width, height, margin, yAxisWidth, xDomain, yDomain, log, font: f, dotR, points: visible.flatMap((s) => pts(s.key)), events: shownEvents })
    : null;
  const chart = (
    <LineChart width={width} height={height} accessibilityLayer margin={margin}>
      {!mini && <CartesianGrid strokeDasharray="2 3" />}
      <XAxis type="number" dataKey="x" domain={xDomain} ticks={years} hide={mini} height={X_AXIS_HEIGHT}
        tickFormatter={(y: number) => String(y)} allowDuplicatedCategory={false} tick={{ fontSize: f }} />
      <YAxis type="number" dataKey="y" scale={log ? 'log' : 'linear'} domain={yDomain} allowDataOverflow hide={mini}
        tickFormatter={(v: number) => (percent ? `${v}%` : compactNumber(v))} tick={{ fontSize: f }} width={yAxisWidth}
        label={{ value: `${yLabel}${log ? ' (log scale)' : ''}`, angle: -90, position: 'insideLeft', offset: -4, fontSize: f }} />
      {shownEvents.map((e, i) => (e.end !== undefined && e.end > e.start
        ? <ReferenceArea key={e.id} x1={e.start - 0.4} x2={e.end + 0.4} ifOverflow="extendDomain" data-event={e.id}
            style={{ fill: 'var(--muted)', fillOpacity: 0.12 }}
            label={placed ? undefined : { value: eventText(e), position: 'insideTop', fontSize: f, offset: 6 + (i % 2) * Math.round(16 * k) }} />
        : <ReferenceLine key={e.id} x={e.start} ifOverflow="extendDomain" data-event={e.id} strokeDasharray="4 3" style={{ stroke: 'var(--muted)' }}
            label={placed ? undefined : { value: eventText(e), position: 'insideTopLeft', fontSize: f, offset: 6 + (i % 2) * Math.round(16 * k) }} />))}
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
                <circle key={p.row.id} data-mark="point" data-row={p.row.id} cx={cx} cy={cy} r={dotR}
                  style={{ fill: approx ? 'var(--bg)' : colourAt(ci), stroke: colourAt(ci), strokeWidth: 2 }} />
              );
            }}
            activeDot={{ r: 7 }}>
            {!mini && !placed && <LabelList dataKey="label" position={data.length === 1 ? 'right' : 'top'} style={{ fontSize: f, fill: 'var(--fg)' }} />}
          </Line>
        );
      })}
    </LineChart>
  );
  if (!placed) return chart;
  return (
    <div className="line-placed" style={{ position: 'relative', width, height }}>
      {chart}
      <svg className="line-labels" width={width} height={height} aria-hidden="true" data-placed={placed.size}>
        {[...placed.values()].map((l) => (
          <text key={l.id} data-label-for={l.id} x={l.x} y={l.y + l.h / 2} dy="0.35em" fontSize={f} className={l.id.startsWith('event:') ? 'line-event-label' : 'line-value-label'}>{l.text}</text>
        ))}
      </svg>
    </div>
  );
}

const eventText = (e: EventRow) => (e.end !== undefined && e.end > e.start ? `${e.label}, ${e.start}–${e.end}` : `${e.label}, ${e.start}`);

interface LineLabelInput {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xDomain: [number, number];
  yDomain: [number, number];
  log: boolean;
  font: number;
  dotR: number;
  points: readonly Point[];
  events: readonly EventRow[];
}

/**
 * Labels of a line chart drawn for a slide or a page, placed where recharts draws the points (the same plot
 * area and scales, from the chart's fixed domains and margins): the events' labels first, along the top of the
 * plot, then each point's figure at the first free place round it. A label with no free place is left out
 * (the figure is in the notes, the table and the handout's list).
 */
function lineLabels(o: LineLabelInput): Map<string, PlacedLabel & { text: string }> {
  const left = o.margin.left + o.yAxisWidth;
  const right = o.width - o.margin.right;
  const top = o.margin.top;
  const bottom = o.height - o.margin.bottom - X_AXIS_HEIGHT;
  const sx = (v: number) => left + ((v - o.xDomain[0]) / (o.xDomain[1] - o.xDomain[0])) * (right - left);
  const [y0, y1] = o.yDomain;
  const sy = (v: number) => (o.log
    ? bottom - ((Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * (bottom - top)
    : bottom - ((v - y0) / (y1 - y0)) * (bottom - top));
  const family = typeof document !== 'undefined' ? getComputedStyle(document.body).fontFamily : undefined;
  const h = Math.ceil(o.font * 1.25);
  const texts = new Map<string, string>();
  const requests: LabelRequest[] = [];
  o.events.forEach((e) => {
    const id = `event:${e.id}`;
    const text = eventText(e);
    texts.set(id, text);
    const x = e.end !== undefined && e.end > e.start ? sx((e.start + e.end) / 2) : sx(e.start);
    requests.push({ id, x, y: top + h / 2 + 2, r: 0, w: Math.ceil(textWidth(text, o.font, false, family)) + 4, h, priority: 2 });
  });
  for (const p of o.points) {
    const id = p.p.row.id;
    texts.set(id, p.label);
    requests.push({ id, x: sx(p.x), y: sy(p.y), r: o.dotR + 1, w: Math.ceil(textWidth(p.label, o.font, false, family)) + 4, h, priority: 1 });
  }
  const marks: Rect[] = o.points.map((p) => ({ x: sx(p.x) - o.dotR, y: sy(p.y) - o.dotR, w: 2 * o.dotR, h: 2 * o.dotR }));
  // the box stops a quarter of a line above the axis: the year labels' text boxes rise that far above it
  const placed = placeLabels(requests, marks, { x: left, y: top, w: o.width - left - 2, h: bottom - top - Math.ceil(o.font * 0.25) });
  return new Map([...placed].map(([id, l]) => [id, { ...l, text: texts.get(id) ?? '' }]));
}

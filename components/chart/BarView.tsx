'use client';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts';
import type { PlotRow, SeriesSpec } from '@/lib/charts/charts';
import type { Scale } from '@/lib/charts/chartState';
import { formatFigure } from '@/lib/data/stats';
import { docTag } from '@/lib/charts/format';
import { colourAt, hatchId } from './palette';
import { Tip } from './Tip';
import { logDomain, compactNumber, niceCeil } from './scales';
import { barGeometry } from '@/lib/lecture/slideFit';
import { CHAR_EM, wrapWords } from '@/lib/text/measure';

interface Props {
  uid: string;
  rows: readonly PlotRow[];
  series: readonly SeriesSpec[];
  scale: Scale;
  width: number;
  xLabel: string;
  mini?: boolean;
  /**
   * Lecture slides and the handout: the base font (every text of the chart is this size), the height to fill
   * (bands share it; bars thicken up to a limit), and the rows that set the value axis (all of the chart's,
   * so a chart split across build steps keeps one scale).
   */
  present?: { font: number; height: number; domainRows: readonly PlotRow[] };
}

type Datum = { category: string } & Record<string, unknown>;

/** A bar's value label: the figure as the documents give it, and whose it is when disputed. */
const labelOf = (p: PlotRow) => `${formatFigure(p.row)}${p.disputed ? ` · disputed (${docTag(p.row.source)})` : ''}`;

/** Horizontal bars, one per row; ranges float from low to high; approximate figures are hatched. */
export function BarView({ uid, rows, series, scale, width, xLabel, mini, present }: Props) {
  const visible = series.filter((s) => rows.some((r) => r.series === s.key));
  const cats: string[] = [];
  for (const r of rows) if (!cats.includes(r.category)) cats.push(r.category);
  const values = (present?.domainRows ?? rows).flatMap(({ row }) => [row.value, row.low, row.high]).filter((v): v is number => v !== undefined);
  const max = Math.max(...values, 1);
  const log = scale === 'log';
  const domain: [number, number] = log ? logDomain(values) : [0, niceCeil(max)];
  const base = domain[0];
  const data: Datum[] = cats.map((category) => {
    const d: Datum = { category };
    for (const s of visible) {
      const p = rows.find((r) => r.category === category && r.series === s.key);
      if (!p) continue;
      const { row } = p;
      const lo = row.value !== undefined ? base : Math.max(row.low ?? base, base);
      const hi = Math.max(row.value ?? row.high ?? base, base);
      d[s.key] = [lo, hi];
      d[`${s.key}__row`] = p;
      d[`${s.key}__label`] = labelOf(p);
    }
    return d;
  });
  const f = present?.font ?? 13;
  const k = f / 13;
  // a slide: every text at the slide's font, label columns wide enough for the longest text, bands share the height
  const geo = present ? barGeometry(width, f, cats, (present.domainRows).map(labelOf)) : null;
  const natural = mini ? visible.length * 10 + 6 : Math.round((visible.length * 20 + 14) * k);
  const height = present ? present.height : cats.length * natural + (mini ? 20 : Math.round(56 * k));
  const labelWidth = mini ? 0 : geo ? geo.labelWidth : Math.min(Math.round(260 * k), Math.max(Math.round(110 * k), Math.round(width * 0.34)));
  const chars = geo ? geo.chars : Math.floor((labelWidth - 8) / (0.56 * f));
  const valueFont = present ? f : Math.round(12 * k);
  return (
    <BarChart layout="vertical" width={width} height={height} data={data} barGap={2} accessibilityLayer maxBarSize={present ? Math.round(f * 2.4) : undefined}
      margin={{ top: 4, right: mini ? 8 : geo ? geo.right : Math.round(150 * k), bottom: mini ? 4 : geo ? Math.round(f * 1.6) : Math.round(24 * k), left: 4 }}>
      {!mini && <CartesianGrid horizontal={false} strokeDasharray="2 3" />}
      <XAxis type="number" scale={log ? 'log' : 'linear'} domain={domain} allowDataOverflow hide={mini} height={geo ? Math.round(f * 1.5) + 6 : undefined}
        tickFormatter={compactNumber} tick={{ fontSize: f }}
        label={{ value: `${xLabel}${log ? ' (log scale)' : ''}`, position: 'insideBottom', offset: geo ? -Math.round(f * 1.3) : -Math.round(16 * k), fontSize: f }} />
      <YAxis type="category" dataKey="category" width={labelWidth} hide={mini} interval={0}
        tick={(t: { x: number | string; y: number | string; payload: { value: unknown } }) => {
          // long labels wrap onto a second line instead of being cut at the axis
          // on a slide every word of the label is shown, on as many lines as its band has room for (split steps see to that)
          const lines = geo ? wrapWords(String(t.payload.value), chars) : wrapLabel(String(t.payload.value), chars);
          const y = Number(t.y) - ((lines.length - 1) * f * 1.1) / 2;
          return (
            <text x={Number(t.x)} y={y} textAnchor="end" fontSize={f} className="recharts-text recharts-cartesian-axis-tick-value">
              {lines.map((l, i) => <tspan key={i} x={Number(t.x)} dy={i === 0 ? '0.355em' : `${1.1}em`}>{l}</tspan>)}
            </text>
          );
        }} />
      {!mini && (
        <Tooltip cursor={{ fillOpacity: 0.08 }} content={({ active, payload }) => {
          if (!active || !payload?.length) return null;
          const d = payload[0].payload as Datum;
          const ps = visible.map((s) => d[`${s.key}__row`] as PlotRow | undefined).filter((p): p is PlotRow => !!p);
          return <Tip rows={ps} />;
        }} />
      )}
      {visible.map((s) => {
        const ci = series.indexOf(s);
        return (
          <Bar key={s.key} dataKey={s.key} name={s.name} isAnimationActive={false}
            shape={(props: unknown) => {
              const { x, y, width: w, height: h, payload } = props as { x: number; y: number; width: number; height: number; payload: Datum };
              const p = payload[`${s.key}__row`] as PlotRow | undefined;
              if (!p) return <g />;
              const approx = p.row.approx !== 'exact' || p.row.value === undefined;
              const open = p.row.approx === 'over' || p.row.approx === 'at_least';
              return (
                <g>
                  <rect data-mark="bar" data-row={p.row.id} x={x} y={y} width={Math.max(w, 1)} height={h}
                    style={{ fill: approx ? `url(#${hatchId(uid, ci)})` : colourAt(ci), stroke: p.disputed ? 'var(--accent)' : colourAt(ci), strokeWidth: p.disputed ? 2 : 1, strokeDasharray: p.disputed ? '4 2' : undefined }} />
                  {open && h > 4 && <path d={`M${x + w + 1},${y} l${Math.min(h / 2, 8)},${h / 2} l${-Math.min(h / 2, 8)},${h / 2} z`} style={{ fill: colourAt(ci) }} aria-hidden="true" />}
                </g>
              );
            }}>
            {!mini && <LabelList dataKey={`${s.key}__label`} position="right" style={{ fontSize: valueFont, fill: 'var(--fg)' }}
              content={geo ? (l: LabelProps) => {
                // recharts' place for a label right of its bar: past the bar's end by the offset, centred on the bar
                const b = (l.viewBox ?? {}) as { x?: number; y?: number; width?: number; height?: number };
                // clear of the arrowhead an open figure ("at least", "over") has at its bar's end
                const row = data[Number(l.index)]?.[`${s.key}__row`] as PlotRow | undefined;
                const open = row?.row.approx === 'over' || row?.row.approx === 'at_least';
                const h = b.height ?? 0;
                const past = (l.offset ?? 5) + (open && h > 4 ? Math.min(h / 2, 8) : 0);
                return <SlideValue x={(b.x ?? NaN) + Math.max(0, b.width ?? 0) + past} y={(b.y ?? NaN) + h / 2} value={String(l.value ?? '')} font={f} room={width} />;
              } : undefined} />}
          </Bar>
        );
      })}
    </BarChart>
  );
}

/** Splits a label into at most two lines of about `chars` characters at spaces; a longer rest ends in an ellipsis. */
/**
 * A bar's value label on a slide or a printed page: wrapped at words to the room left of the chart's right edge,
 * counted in characters (lib/text/measure.ts CHAR_EM), not measured, so the build's picture and the live chart wrap
 * alike whatever the browser's font metrics (recharts wraps by measure, and a label at the edge could go either way).
 */
function SlideValue({ x, y, value, font, room }: { x: number; y: number; value: string; font: number; room: number }) {
  if (!value || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  const lines = wrapWords(value, Math.max(4, Math.floor((room - 2 - x) / (CHAR_EM * font))));
  return (
    <text x={x} y={y} fontSize={font} style={{ fontSize: font, fill: 'var(--fg)' }} className="recharts-text recharts-label">
      {lines.map((l, i) => <tspan key={i} x={x} dy={i === 0 ? `${0.355 - ((lines.length - 1) * 1.1) / 2}em` : '1.1em'}>{l}</tspan>)}
    </text>
  );
}

export function wrapLabel(label: string, chars: number): string[] {
  if (label.length <= chars || chars < 4) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length && (first ? `${first} ${words[0]}` : words[0]).length <= chars) first = first ? `${first} ${words.shift()}` : (words.shift() as string);
  if (!first) first = words.shift() as string;
  const rest = words.join(' ');
  if (!rest) return [first];
  return [first, rest.length > chars ? `${rest.slice(0, chars - 1).trimEnd()}…` : rest];
}

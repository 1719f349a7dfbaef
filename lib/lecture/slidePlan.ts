/** A chart slide's plan in a room: its header, a tall bar chart's split into build steps, the rows and label of a step, and the box its chart gets on paper. */
import type { PlotRow, ResolvedChart } from '../charts/charts';
import { chartSteps, rowsAtStep } from './deck';
import { barGeometry, chartArea, slideType, splitBars, type Room } from './slideFit';

/** A bar chart laid out for a room: its categories split into build steps that fit (one step when all fit). */
export interface ChartPlan { steps: number; chunks: [number, number][]; cats: string[]; fits: boolean }
const plans = new Map<string, ChartPlan>();

/** What a chart slide shows in its header at a step: the subtitle with the step's label, and the series key. */
export function chartHead(chart: ResolvedChart, stepLabel: string | null) {
  const series = (chart.spec.kind === 'bar' || chart.spec.kind === 'line') && chart.spec.series.length > 1 ? chart.spec.series : [];
  return { title: chart.spec.title, subtitle: `${chart.spec.subtitle}${stepLabel ? ` · ${stepLabel}` : ''}`, key: series.map((s) => s.name), series };
}

/** A bar chart's categories in the order drawn. */
const categoriesOf = (rows: readonly PlotRow[]) => [...new Set(rows.map((r) => r.category))];

/** The plan of a chart slide in a room: a bar chart with more categories than the height holds is split across build steps. */
export function chartPlan(chart: ResolvedChart, room: Room): ChartPlan {
  const key = `${chart.spec.slug}|${room.width}x${room.height}@${room.font}${room.print ? 'p' : ''}`;
  const known = plans.get(key);
  if (known) return known;
  const cats = categoriesOf(chart.rows);
  let plan: ChartPlan = { steps: 1, chunks: [[0, cats.length]], cats, fits: true };
  if (chart.spec.kind === 'bar') {
    const font = slideType(room).chart;
    // the header as the longest step label would make it
    const area = chartArea(room, chartHead(chart, `rows ${cats.length}–${cats.length} of ${cats.length}`));
    const series = chart.spec.series.filter((s) => chart.rows.some((r) => r.series === s.key)).length;
    // the split depends on the category labels' lines only (the value labels' column does not change it)
    const geo = barGeometry(area.width, font, cats, []);
    const split = splitBars(geo, Math.max(1, series), font, area.height);
    plan = { steps: split.chunks.length, chunks: split.chunks, cats, fits: split.fits };
  } else if (chart.spec.kind === 'line') plan = { ...plan, steps: Math.max(1, chartSteps(chart).length) };
  plans.set(key, plan);
  return plan;
}

/** The rows a chart slide shows at a step, and the step's label ("to 1931", "rows 8–14 of 14"). */
export function chartStep(chart: ResolvedChart, step: number, room: Room): { rows: PlotRow[]; label: string | null } {
  if (chart.spec.kind === 'line') {
    const years = chartSteps(chart);
    return { rows: rowsAtStep(chart, step), label: years.length > 1 ? `to ${years[Math.min(step, years.length - 1)]}` : null };
  }
  const plan = chartPlan(chart, room);
  if (plan.steps <= 1) return { rows: chart.rows, label: null };
  const [a, b] = plan.chunks[Math.min(step, plan.chunks.length - 1)];
  const keep = new Set(plan.cats.slice(a, b));
  return { rows: chart.rows.filter((r) => keep.has(r.category)), label: `rows ${a + 1}–${b} of ${plan.cats.length}` };
}

/** The steps a printed page shows of a chart: every part of a bar chart split across build steps, the last step of the others. */
export function printedSteps(chart: ResolvedChart, room: Room): number[] {
  const steps = chartPlan(chart, room).steps;
  return chart.spec.kind === 'bar' ? Array.from({ length: steps }, (_, k) => k) : [steps - 1];
}

/**
 * The box a chart gets on a printed page: the estimate the split was planned with (lib/lecture/slideFit.ts chartArea,
 * which never exceeds what the page leaves). On paper the layout is fixed, so the chart is drawn for this box
 * without measuring it, in the HTML as served and at build time alike (scripts/chart-svg.tsx).
 */
export function printedBox(chart: ResolvedChart, step: number, room: Room): { width: number; height: number } {
  return chartArea(room, chartHead(chart, chartStep(chart, step, room).label));
}

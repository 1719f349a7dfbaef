/** Files derived from a chart: the CSV of exactly its plotted rows, in the schema of data/. */
import type { ResolvedChart } from '../charts/charts';
import { toCsv } from '../data/load';
import { STAT_TABLES } from '../data/schema';

/** RFC 4180 CSV of the rows a chart plots (minus hidden series), same columns as data/<theme>.csv. */
export function plottedCsv(chart: ResolvedChart, hidden: readonly string[] = []): string {
  const spec = STAT_TABLES.find((t) => t.name === chart.spec.theme);
  if (!spec) throw new Error(`unknown theme ${chart.spec.theme}`);
  return toCsv(spec, chart.rows.filter((r) => !hidden.includes(r.series)).map((r) => r.row));
}

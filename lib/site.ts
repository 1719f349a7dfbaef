/** Data the pages hand to charts: resolved charts per theme and the source list, from the validated dataset. */
import { chartsOfTheme, resolveChart, type ResolvedChart, type ThemeSpec } from './charts';
import { loadDataset } from './data';
import type { SourceInfo } from './format';

export function siteSources(): SourceInfo[] {
  return loadDataset().sources.map(({ file, title, author }) => ({ file, title, author }));
}

export function themeCharts(theme: ThemeSpec): ResolvedChart[] {
  const data = loadDataset();
  return chartsOfTheme(theme.table).map((c) => resolveChart(c, data));
}

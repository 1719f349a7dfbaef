/** Data the pages hand to charts: resolved charts per theme, the source list and the build facts, from the validated dataset. */
import { BUILD_DATE, SITE_URL, VERSION } from './build';
import { chartsOfTheme, resolveChart, type ResolvedChart, type ThemeSpec } from '../charts/charts';
import { loadDataset } from '../data/data';
import type { SourceInfo } from '../charts/format';

export function siteSources(): SourceInfo[] {
  return loadDataset().sources.map(({ file, title, author, kind }) => ({ file, title, author, kind }));
}

export function themeCharts(theme: ThemeSpec): ResolvedChart[] {
  const data = loadDataset();
  return chartsOfTheme(theme.table).map((c) => resolveChart(c, data));
}

/** What a chart's citation, code snippets and embed code need to know about the build (serialisable, for client components). */
export interface SiteInfo {
  version: string;
  built: string;
  /** The site's address when known at build time, else '' (the page's own address is used). */
  siteUrl: string;
}

export function siteInfo(): SiteInfo {
  return { version: VERSION, built: BUILD_DATE, siteUrl: SITE_URL };
}

/** The canonical address of a page (root-relative path) when the build knows the site's address (SITE_URL). */
export function canonical(path: string): { alternates?: { canonical: string } } {
  return SITE_URL ? { alternates: { canonical: `${SITE_URL}${path === '/' ? '/' : path}` } } : {};
}

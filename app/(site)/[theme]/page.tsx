import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { THEMES, themeBySlug } from '@/lib/charts';
import { siteInfo, siteSources, themeCharts } from '@/lib/site';
import { ChartFrame } from '@/components/chart/ChartFrame';

export const dynamicParams = false;

export function generateStaticParams() {
  return THEMES.map((t) => ({ theme: t.slug }));
}

type Params = { params: Promise<{ theme: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const theme = themeBySlug((await params).theme);
  return theme ? { title: theme.title, description: theme.intro } : {};
}

export default async function ThemePage({ params }: Params) {
  const theme = themeBySlug((await params).theme);
  if (!theme) notFound();
  const charts = themeCharts(theme);
  const sources = siteSources();
  const site = siteInfo();
  return (
    <article className="theme-page" data-theme-page={theme.slug}>
      <h1>{theme.title}</h1>
      <p className="lede">{theme.intro}</p>
      <nav aria-label="Charts on this page" className="toc">
        <ol>{charts.map((c) => <li key={c.spec.slug}><a href={`#${c.spec.slug}`}>{c.spec.title}</a></li>)}</ol>
      </nav>
      {charts.map((c) => <ChartFrame key={c.spec.slug} chart={c} sources={sources} site={site} themeSlug={theme.slug} />)}
      <p className="meta">
        All rows of this theme: <a href={`/data/${theme.table}.csv`} download>{theme.table}.csv</a> ·{' '}
        <Link href={`/sources?theme=${theme.table}`}>quotes and sources</Link>
      </p>
    </article>
  );
}

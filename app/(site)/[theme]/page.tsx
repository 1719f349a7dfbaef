import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { THEMES, themeBySlug } from '@/lib/charts/charts';
import { siteInfo, siteSources, themeCharts } from '@/lib/site/site';
import { ChartFrame } from '@/components/chart/ChartFrame';
import { Chronology } from '@/components/chart/Chronology';
import { loadDataset } from '@/lib/data/data';
import { indexDisputes } from '@/lib/data/disputes';
import { withBase } from '@/lib/charts/paths';
import { canonical } from '@/lib/site/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return THEMES.map((t) => ({ theme: t.slug }));
}

type Params = { params: Promise<{ theme: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const theme = themeBySlug((await params).theme);
  return theme ? { title: theme.title, description: theme.intro, ...canonical(`/${theme.slug}`) } : {};
}

export default async function ThemePage({ params }: Params) {
  const theme = themeBySlug((await params).theme);
  if (!theme) notFound();
  const charts = themeCharts(theme);
  const sources = siteSources();
  const site = siteInfo();
  const data = loadDataset();
  const events = data.events.filter((e) => e.theme === theme.table);
  return (
    <article className="theme-page" data-theme-page={theme.slug}>
      <h1>{theme.title}</h1>
      <p className="lede">{theme.intro}</p>
      <nav aria-label="Charts on this page" className="toc">
        <ol>
          {events.length > 0 && <li><a href="#chronology">Chronology: the events on one time axis</a></li>}
          {charts.map((c) => <li key={c.spec.slug}><a href={`#${c.spec.slug}`}>{c.spec.title}</a></li>)}
        </ol>
      </nav>
      <Chronology id="chronology" title={`Chronology: ${theme.title.toLowerCase()}`} events={events} disputes={indexDisputes(data.disagreements)} />
      {charts.map((c) => <ChartFrame key={c.spec.slug} chart={c} sources={sources} site={site} themeSlug={theme.slug} />)}
      <p className="meta">
        All rows of this theme: <a href={withBase(`/data/${theme.table}.csv`)} download>{theme.table}.csv</a> ·{' '}
        <Link href={`/sources?theme=${theme.table}`}>quotes and sources</Link>
      </p>
    </article>
  );
}

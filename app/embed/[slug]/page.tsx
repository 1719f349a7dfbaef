import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CHARTS, chartBySlug, resolveChart, themeOfTable } from '@/lib/charts/charts';
import { loadDataset } from '@/lib/data/data';
import { chartPage } from '@/lib/charts/paths';
import { siteInfo, siteSources } from '@/lib/site/site';
import { ChartFrame } from '@/components/chart/ChartFrame';
import { withBase } from '@/lib/charts/paths';
import { canonical } from '@/lib/site/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return CHARTS.map((c) => ({ slug: c.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const spec = chartBySlug((await params).slug);
  return spec ? { title: spec.title, description: spec.subtitle, robots: { index: false }, ...canonical(`/embed/${spec.slug}`) } : {};
}

/** One chart with its title, source line and downloads and nothing of the site around it, for iframes. */
export default async function EmbedPage({ params }: Params) {
  const spec = chartBySlug((await params).slug);
  if (!spec) notFound();
  const themeSlug = themeOfTable(spec.theme)?.slug ?? spec.theme;
  const page = chartPage(spec.slug, themeSlug);
  return (
    <main id="main" className="embed">
      <ChartFrame chart={resolveChart(spec, loadDataset())} sources={siteSources()} site={siteInfo()} themeSlug={themeSlug} embed />
      <p className="embed-credit meta">
        <a href={withBase(page)} target="_blank" rel="noopener">Purge Atlas: open this chart with its sources</a>
      </p>
    </main>
  );
}

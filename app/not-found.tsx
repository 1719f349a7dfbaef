import type { Metadata } from 'next';
import { THEMES } from '@/lib/charts/charts';
import { PACKAGE_TABLES } from '@/lib/data/schema';
import { PlainHeader } from '@/components/layout/PlainHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { MissingPath } from '@/components/layout/MissingPath';
import { withBase } from '@/lib/charts/paths';

export const metadata: Metadata = { title: 'Not found', robots: { index: false } };

/**
 * Every unknown address, pages and files alike: the site's navigation stays, and a missing data file is named.
 * Plain links and no client component but MissingPath: this page is in every page's tree, so its client code loads on every page.
 */
export default function NotFound() {
  return (
    <>
      <PlainHeader />
      <main id="main">
        <h1>Not found</h1>
        <MissingPath />
        <p>Nothing is at this address. From here:</p>
        <ul>
          <li><a href={withBase('/')}>the home page</a>, with every theme and the downloads</li>
          {THEMES.map((t) => <li key={t.slug}><a href={withBase(`/${t.slug}`)}>{t.title}</a></li>)}
          <li><a href={withBase('/network')}>the network of the party struggle</a></li>
          <li><a href={withBase('/sources')}>the sources and every quote</a></li>
        </ul>
        <h2 id="files">Data files</h2>
        <p>
          The tables are at <code>/data/NAME.csv</code>:{' '}
          {PACKAGE_TABLES.map((t, i) => <span key={t.file}>{i > 0 && ', '}<a href={withBase(`/data/${t.file}`)}>{t.file}</a></span>)};
          all of them in <a href={withBase('/downloads/all.zip')}>all.zip</a>, described in <a href={withBase('/data/datapackage.json')}>datapackage.json</a>.
          Each chart&apos;s files are linked under the chart.
        </p>
      </main>
      <SiteFooter />
    </>
  );
}

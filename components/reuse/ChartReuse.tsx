'use client';
import { chartFiles } from '@/lib/charts/paths';
import { citeChart } from '@/lib/reuse/cite';
import type { SourceInfo } from '@/lib/charts/format';
import type { SiteInfo } from '@/lib/site/site';
import { csvSnippets } from '@/lib/reuse/snippets';
import { statColumns } from '@/lib/data/schema';
import { CopyBlock } from './CopyBlock';
import { useOrigin } from './useOrigin';
import { withBase } from '@/lib/charts/paths';

interface Props {
  slug: string;
  title: string;
  /** The chart's page with its anchor, e.g. /collectivisation#collective-farms. */
  page: string;
  /** Seed files of the rows plotted. */
  files: readonly string[];
  sources: readonly SourceInfo[];
  site: SiteInfo;
}

/** Under a chart: the data in code, the citation (text, BibTeX, the seeds behind it) and the embed code. */
export function ChartReuse({ slug, title, page, files, sources, site }: Props) {
  const origin = useOrigin(site.siteUrl);
  const paths = chartFiles(slug);
  const cite = citeChart({ slug, title }, files, sources, { version: site.version, built: site.built, url: `${origin}${page}` });
  const iframe = `<iframe src="${origin}${paths.embed}" title="${title.replace(/"/g, '&quot;')} (Purge Atlas)" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
  return (
    <div className="reuse no-print no-export" data-reuse={slug}>
      <details className="reuse-section" data-section="code">
        <summary>Use the data in code</summary>
        <p className="meta">
          The CSV holds exactly the rows of this chart, in the columns of the full table (described in{' '}
          <a href={withBase('/data/datapackage.json')}>datapackage.json</a>). The bundle adds the metadata and a README.
        </p>
        {csvSnippets(`${origin}${paths.csv}`, statColumns).map((s) => <CopyBlock key={s.lang} label={s.label} text={s.code} lang={s.lang} />)}
      </details>
      <details className="reuse-section" data-section="cite">
        <summary>Cite this chart</summary>
        <CopyBlock label="Citation (APA)" text={cite.text} />
        <CopyBlock label="BibTeX" text={cite.bibtex} lang="bibtex" />
        <p className="meta">The figures come from these documents; cite them too when you quote a figure:</p>
        <ul className="seed-refs">{cite.seeds.map((s) => <li key={s}>{s}</li>)}</ul>
      </details>
      <details className="reuse-section" data-section="embed">
        <summary>Embed</summary>
        <p className="meta">
          The chart with its title and source line, without the site around it, for a course page.{' '}
          <a href={withBase(paths.embed)}>Preview the embed</a>.
        </p>
        <CopyBlock label="Embed code" text={iframe} lang="html" />
      </details>
    </div>
  );
}

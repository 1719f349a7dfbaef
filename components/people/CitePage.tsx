'use client';
import { citePage } from '@/lib/reuse/cite';
import type { SourceInfo } from '@/lib/charts/format';
import type { SiteInfo } from '@/lib/site/site';
import { CopyBlock } from '@/components/reuse/CopyBlock';
import { useOrigin } from '@/components/reuse/useOrigin';

/** "Cite this page": plain text and BibTeX for a person's page, with the seed documents of its quotes. */
export function CitePage({ slug, path, title, files, sources, site }: { slug: string; path: string; title: string; files: readonly string[]; sources: readonly SourceInfo[]; site: SiteInfo }) {
  const origin = useOrigin(site.siteUrl);
  const cite = citePage({ slug, title }, files, sources, { version: site.version, built: site.built, url: `${origin}${path}` });
  return (
    <details className="reuse-section" data-section="cite-page">
      <summary>Cite this page</summary>
      <CopyBlock label="Citation (APA)" text={cite.text} />
      <CopyBlock label="BibTeX" text={cite.bibtex} lang="bibtex" />
      <p className="meta">The seed documents its quotes come from:</p>
      <ul className="seed-refs">{cite.seeds.map((s) => <li key={s}>{s}</li>)}</ul>
    </details>
  );
}

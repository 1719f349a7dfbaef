'use client';
import { citeDataset } from '@/lib/reuse/cite';
import type { SourceInfo } from '@/lib/charts/format';
import type { SiteInfo } from '@/lib/site/site';
import { CopyBlock } from './CopyBlock';
import { useOrigin } from './useOrigin';

/** "Cite this dataset": plain text and BibTeX for the whole dataset, and the seed documents it is drawn from. */
export function CiteDataset({ sources, site }: { sources: readonly SourceInfo[]; site: SiteInfo }) {
  const origin = useOrigin(site.siteUrl);
  const cite = citeDataset(sources, { version: site.version, built: site.built, url: `${origin}/` });
  return (
    <details className="reuse-section" data-section="cite-dataset">
      <summary>Cite this dataset</summary>
      <CopyBlock label="Citation (APA)" text={cite.text} />
      <CopyBlock label="BibTeX" text={cite.bibtex} lang="bibtex" />
      <p className="meta">The seed documents the figures are drawn from:</p>
      <ul className="seed-refs">{cite.seeds.map((s) => <li key={s}>{s}</li>)}</ul>
      <p className="meta">The repository also carries <code>CITATION.cff</code> with the same reference.</p>
    </details>
  );
}

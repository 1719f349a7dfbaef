/** The addresses of a chart: its place on its theme page, its download bundle and its embed. Declared once for pages, builds and tests. */
export const chartPage = (slug: string, themeSlug: string) => `/${themeSlug}#${slug}`;

export const chartFiles = (slug: string) => ({
  csv: `/charts/${slug}.csv`,
  metadata: `/charts/${slug}.metadata.json`,
  zip: `/charts/${slug}.zip`,
  embed: `/embed/${slug}`,
});

/** "/purge-atlas" from "purge-atlas", "/purge-atlas/" or "/purge-atlas"; "" for none. */
export function normaliseBasePath(raw: string | undefined): string {
  const p = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (p && !/^[A-Za-z0-9._~\-/]+$/.test(p)) throw new Error(`BASE_PATH "${raw}" may hold only letters, digits and . _ ~ - /`);
  return p ? `/${p}` : '';
}

/** The path the site is served under ("" at the root of a host), fixed at build time. */
export const BASE_PATH: string = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/**
 * A site address for a plain link, fetch or file: next/link adds the base path itself, an <a href>, a
 * fetch, the service worker and the embed and citation codes need it added.
 */
export const withBase = (p: string): string => `${BASE_PATH}${p}`;

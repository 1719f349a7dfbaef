/** The addresses of a chart: its place on its theme page, its download bundle and its embed. Declared once for pages, builds and tests. */
export const chartPage = (slug: string, themeSlug: string) => `/${themeSlug}#${slug}`;

export const chartFiles = (slug: string) => ({
  csv: `/charts/${slug}.csv`,
  metadata: `/charts/${slug}.metadata.json`,
  zip: `/charts/${slug}.zip`,
  embed: `/embed/${slug}`,
});

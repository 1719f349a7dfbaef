/** The site's name, the dataset's title and its authors, declared once for pages, citations and the data package (no imports: safe in any bundle). */
export const SITE_NAME = 'Purge Atlas';
export const SITE_AUTHOR = 'Purge Atlas contributors';
export const DATASET_TITLE = `${SITE_NAME}: Soviet repression statistics from five source documents`;

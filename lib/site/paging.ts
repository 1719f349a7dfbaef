/** Pages of a long list (the sources page's rows): the size, the page a row is on, and the range a page shows. */

/** Rows per page on /sources: a page of 50 rows is about 400 DOM elements, not the 1,900+ of every row at once. */
export const SOURCES_PAGE_SIZE = 50;

export function pageCount(total: number, size = SOURCES_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page (0-based) a 0-based index is on; 0 when the index is not in the list (-1). */
export function pageOf(index: number, size = SOURCES_PAGE_SIZE): number {
  return index < 0 ? 0 : Math.floor(index / size);
}

/** A page number read from a link (1-based text), clamped into the list; 0-based. Anything else is the first page. */
export function parsePage(text: string | null, total: number, size = SOURCES_PAGE_SIZE): number {
  const n = /^\d{1,6}$/.test(text ?? '') ? Number(text) - 1 : 0;
  return Math.min(Math.max(n, 0), pageCount(total, size) - 1);
}

/** [start, end) of a page's rows. */
export function pageRange(page: number, total: number, size = SOURCES_PAGE_SIZE): [number, number] {
  const p = Math.min(Math.max(page, 0), pageCount(total, size) - 1);
  return [p * size, Math.min(total, (p + 1) * size)];
}

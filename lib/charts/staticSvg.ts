/** The build-time pictures of the recharts charts (scripts/chart-svg.tsx): their widths, and the CSS that shows the one that fits. */

/**
 * Widths (CSS px) each bar and line chart is drawn at: the chart column at common phone (320, 360, 390, 412),
 * tablet (600, 768) and desktop (1024, ≥ 1152) viewports (the column is the viewport less 2 rem, at most 1,120 px).
 * The picture shown is the widest that fits its box, at its own size, so its text is the live chart's size.
 */
export const STATIC_WIDTHS = [288, 328, 358, 380, 568, 736, 992, 1120] as const;

/**
 * The order the pictures come in the HTML (CSS picks by width, whatever the order): the widths most readers'
 * boxes have first, so the parser reaches the picture it will show early (desktop, then the common phones).
 */
export const SERVE_ORDER: readonly number[] = [1120, 358, 380, 328, 736, 992, 568, 288];

/** Home-page cards draw a small chart with no text: one picture, stretched to the card. */
export const MINI_WIDTH = 320;

/**
 * The uid of a chart's picture drawn for a printed page (the handout): its slug, box, type and the rows it shows
 * (a tall bar chart prints in parts). The build and the page compute it alike, so a page finds the picture made for it.
 */
export function printUid(slug: string, rows: readonly { row: { id: string } }[], box: { width: number; height: number; font: number }): string {
  return `${slug}.print.${box.width}x${box.height}.${box.font}.${rows[0]?.row.id ?? ''}.${rows.length}`;
}

/** One picture of a chart at one width. */
export interface StaticPicture { w: number; h: number; svg: string }

/** Every chart's pictures by uid (`slug`, `slug-mini` for a card, printUid for a handout page), as written to lib/generated/chart-svg.json. */
export type StaticPictures = Record<string, StaticPicture[]>;

/**
 * The CSS that shows, in each chart box (a container named `chart`), the widest picture that fits it; below the
 * narrowest width, the narrowest picture shrinks to the box.
 */
export function staticCss(widths: readonly number[] = STATIC_WIDTHS): string {
  const sel = (w: number) => `.chart-static>svg[data-w="${w}"]`;
  const rules = [`.chart-static>svg{display:none}${sel(widths[0])}{display:block;max-width:100%;height:auto}`];
  for (let i = 1; i < widths.length; i++) {
    rules.push(`@container chart (min-width:${widths[i]}px){${sel(widths[i - 1])}{display:none}${sel(widths[i])}{display:block}}`);
  }
  return rules.join('');
}

/** The markup of a chart's pictures (the SVGs one after the other; CSS picks one). */
export function staticMarkup(pictures: readonly StaticPicture[] | undefined): string {
  return pictures ? pictures.map((p) => p.svg).join('') : '';
}

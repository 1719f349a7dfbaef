/**
 * Text measured in one place: estimates in characters (slides, handout, value labels: the same wrap on the server, in
 * the build's pictures and in the browser), canvas widths in the browser (network and storyline labels), and Chromium's
 * advance widths of the site font for the build's pictures (charWidths.json, written by scripts/char-widths.ts).
 */

/** Average glyph width, in em, that the estimates assume; wider than the site's sans-serif, so text fits. */
export const CHAR_EM = 0.6;

/** Average glyph width, in em, of bold figures (digits are wider than letters). */
export const BOLD_EM = 0.72;

/** Words as a browser may break a line between them: at spaces, and after a dash (as in "20,000,000–25,000,000"). */
export const breakable = (text: string) => text.split(/\s+|(?<=[–—-])/).filter(Boolean);

/** Characters in the longest word of a text. */
export const longestWord = (text: string) => Math.max(0, ...breakable(text).map((w) => w.length));

/** Lines a text takes at a font and width, wrapping at spaces (a word longer than a line takes its own lines). */
export function textLines(text: string, font: number, width: number, em = CHAR_EM): number {
  const per = Math.max(1, Math.floor(width / (em * font)));
  let lines = 1;
  let used = 0;
  for (const word of breakable(text)) {
    const need = word.length + (used ? 1 : 0);
    if (used + need <= per) { used += need; continue; }
    if (used) lines++;
    lines += Math.floor((word.length - 1) / per);
    used = ((word.length - 1) % per) + 1;
  }
  return lines;
}

/** Splits a label into lines of about `chars` characters at spaces (a word longer than a line stands alone). */
export function wrapWords(label: string, chars: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + w.length > chars) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.length ? out : [label];
}

let ctx: CanvasRenderingContext2D | null | undefined;

/**
 * Width of a label in CSS pixels: measured with the page's font (`family`) where a canvas can measure,
 * otherwise (no family given, or no canvas) a generous estimate, so a label never runs past the room kept.
 */
export function textWidth(text: string, size: number, bold: boolean, family?: string): number {
  if (family === undefined) return estimate(text, size, bold);
  if (ctx === undefined) {
    const canMeasure = typeof document !== 'undefined' && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
    ctx = canMeasure ? document.createElement('canvas').getContext('2d') : null;
  }
  if (!ctx) return estimate(text, size, bold);
  ctx.font = `${bold ? 700 : 400} ${size}px ${family}`;
  return ctx.measureText(text).width;
}

const estimate = (text: string, size: number, bold: boolean) => text.length * size * (bold ? 0.66 : 0.6);

/** Chromium's advance widths of the site font (charWidths.json): `size` px per entry. */
export interface CharWidths { size: number; widths: Record<string, number> }

/** Width of a text in the site's font from a table of advance widths; an unknown character counts 0.6 em. */
export function tableWidth(table: CharWidths, text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += table.widths[ch] ?? table.size * 0.6;
  return (w * fontSize) / table.size;
}

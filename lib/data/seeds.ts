/** The seed documents (../shared/seeds, or SEEDS_DIR) read as lines, for checking every quote at its line; null where the folder is not on this machine. */
import fs from 'node:fs';
import path from 'node:path';

/** Seed documents by file name, as arrays of lines (line n is lines[n - 1]). */
export type Seeds = Map<string, string[]>;

export function seedsDir(): string {
  return process.env.SEEDS_DIR ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), '../shared/seeds');
}

export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Reads every .txt seed; returns null when the folder is not there. */
export function readSeeds(dir = seedsDir()): Seeds | null {
  if (!fs.existsSync(dir)) return null;
  const seeds: Seeds = new Map();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    seeds.set(f, splitLines(fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, f), 'utf8')));
  }
  return seeds;
}

export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** How many lines after the cited one a quote may run on (the seeds break paragraphs mid-sentence). */
export const QUOTE_SPAN_LINES = 3;

/** True when `quote` starts on line `locator` of the seed (it may run on over the next lines). */
export function quoteAtLine(lines: readonly string[], locator: number, quote: string): boolean {
  const first = normalizeWhitespace(lines[locator - 1] ?? '');
  const windowText = normalizeWhitespace(lines.slice(locator - 1, locator - 1 + QUOTE_SPAN_LINES).join(' '));
  const q = normalizeWhitespace(quote);
  let at = windowText.indexOf(q);
  while (at !== -1) {
    if (at < first.length) return true;
    at = windowText.indexOf(q, at + 1);
  }
  return false;
}

/** Lines of the seed where the quote does start, to suggest a fix for a wrong locator. */
export function findQuote(lines: readonly string[], quote: string): number[] {
  const hits: number[] = [];
  for (let i = 1; i <= lines.length; i++) if (quoteAtLine(lines, i, quote)) hits.push(i);
  return hits;
}

/** Every hand-written sentence of the site that states figures, years or who did what, with the rows it rests on, gathered for the claim check (lib/data/claims.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { CHARTS, THEMES, chartIds } from '../charts/charts';
import type { Claim } from '../data/claims';
import { NETWORK_LEDE } from './ledes';

const CHARTS_FILE = 'lib/charts/charts.ts';

export function siteClaims(): Claim[] {
  const out: Claim[] = [];
  for (const c of CHARTS) {
    const rows = [...chartIds(c).map((id) => `${c.theme}:${id}`), ...(c.kind === 'line' ? (c.events ?? []).map((id) => `events:${id}`) : []), ...(c.claimRows ?? [])];
    for (const field of ['title', 'subtitle', 'note'] as const) {
      const text = c[field];
      if (text) out.push({ file: CHARTS_FILE, where: `${c.slug}.${field}`, text, rows });
    }
  }
  for (const t of THEMES) {
    out.push({ file: CHARTS_FILE, where: `theme ${t.slug}.intro`, text: t.intro, rows: t.introRows });
    out.push({ file: CHARTS_FILE, where: `theme ${t.slug}.headlineText`, text: t.headlineText, rows: [...t.headline.map((id) => `${t.table}:${id}`), ...(t.headlineRows ?? [])] });
  }
  for (const file of MARKDOWN) out.push(...markdownClaims(file, fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8')));
  out.push(...NETWORK_LEDE.map((p, i) => ({ file: 'lib/site/ledes.ts', where: `network lede, sentence ${i + 1}`, text: p.text, rows: p.rows })));
  return out;
}

/** The documentation whose examples state figures of the documents. */
const MARKDOWN = ['README.md', 'data/README.md'];

/** In Markdown, a sentence's rows are declared in a comment before its paragraph or list item: `<!-- rests on: table:id table:id -->`. */
export function markdownClaims(file: string, text: string): Claim[] {
  const out: Claim[] = [];
  // the sentence runs to the first blank line, or to the next item of a list
  for (const m of text.matchAll(/<!--\s*rests on:([^>]*)-->\n([\s\S]*?)(?=\n\s*\n|\n\s*- |$)/g)) {
    const sentence = m[2].replace(/\s+/g, ' ').trim();
    out.push({ file, where: `paragraph at "${sentence.slice(0, 30)}…"`, text: sentence, rows: m[1].trim().split(/\s+/).filter(Boolean) });
  }
  return out;
}

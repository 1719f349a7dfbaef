/** Text derived from chart rows: summary sentences and source lines, shared by pages, frames and exports. */
import { byCode } from '../util/compare';
import type { PlotRow, ResolvedChart } from './charts';
import { formatFigure, formatPeriod } from '../data/stats';
import type { SourceRow, StatRow } from '../data/schema';

export type SourceInfo = Pick<SourceRow, 'file' | 'title' | 'author' | 'kind'>;

const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Short document tag used in labels: the seed's number, e.g. "001". */
export function docTag(file: string): string {
  return file.slice(0, 3);
}

export function figureText(r: StatRow): string {
  const p = formatPeriod(r);
  const period = r.period_start === undefined || r.label.includes(String(r.period_start)) ? '' : `, ${p}`;
  return `${r.label}: ${formatFigure(r)}${period}`;
}

/** One sentence describing what the chart shows, made from its rows (never hand-written figures). */
export function summarySentence(c: ResolvedChart, rows: readonly PlotRow[] = c.rows): string {
  const docs = [...new Set(rows.map((r) => docTag(r.row.source)))].sort();
  const disputed = rows.filter((r) => r.disputed).length;
  const kind = { line: 'Line chart', bar: 'Bar chart', units: 'Unit chart', figures: 'Figures' }[c.spec.kind];
  const shown = c.spec.kind === 'units'
    ? c.spec.panels.map((p) => {
        const total = rows.find((r) => r.row.id === p.total)?.row;
        const parts = p.parts.map((id) => rows.find((r) => r.row.id === id)?.row).filter((r): r is StatRow => !!r);
        return `${p.name}: ${parts.map((r) => `${formatFigure(r)} ${r.label.toLowerCase()}`).join(', ')} of ${total ? formatFigure(total) : '?'}`;
      }).join('; ')
    : rows.map((r) => figureText(r.row)).join('; ');
  const dispute = disputed ? ` ${disputed} of the figures are disputed between documents and are shown side by side.` : '';
  return `${kind} of ${rows.length} figure${rows.length === 1 ? '' : 's'} from document${docs.length === 1 ? '' : 's'} ${list(docs)}. ${shown}.${dispute}`;
}

export interface Provenance {
  source: string;
  locator: number;
  attributed_to?: string;
}

/** The lines of each document the items cite, documents in order, and the lines said in words ("lines 3, 9"). */
function linesByFile(items: readonly Provenance[], maxLines: number): { file: string; where: string }[] {
  const byFile = new Map<string, Set<number>>();
  for (const r of items) byFile.set(r.source, (byFile.get(r.source) ?? new Set()).add(r.locator));
  return [...byFile].sort(([a], [b]) => byCode(a, b)).map(([file, lines]) => {
    const ls = [...lines].sort((a, b) => a - b);
    return { file, where: ls.length > maxLines ? `${ls.length} passages, lines ${ls[0]}–${ls[ls.length - 1]}` : `line${ls.length > 1 ? 's' : ''} ${ls.join(', ')}` };
  });
}

/**
 * A slide's source line, folded to one line of about `chars` characters: documents and lines, or when that
 * is too long the documents alone; the quotes, titles and credits are in the speaker notes and the handout.
 */
export function slideSourceLine(items: readonly Provenance[], chars: number, none = 'No rows in view.'): string {
  if (!items.length) return none;
  for (const maxLines of [6, 2]) {
    const text = `Sources: ${linesByFile(items, maxLines).map((p) => `${docTag(p.file)}, ${p.where}`).join('; ')}`;
    if (text.length <= chars) return text;
  }
  const docs = linesByFile(items, 1).map((p) => docTag(p.file));
  const short = `Sources: ${docs.join(', ')} (lines in the notes)`;
  return short.length <= chars ? short : `Sources: ${docs.length} documents (in the notes)`;
}

/** "Source: <title> (001, lines 13, 15); credited to: uncredited, N. Ivnitsky." Long line lists are counted. */
export function provenanceLine(items: readonly Provenance[], sources: readonly SourceInfo[], maxLines = 12): string {
  const parts = linesByFile(items, maxLines).map(({ file, where }) => `${sources.find((x) => x.file === file)?.title ?? file} (${docTag(file)}, ${where})`);
  const credited = [...new Set(items.map((r) => r.attributed_to).filter((a): a is string => !!a))];
  const head = parts.length ? `Source${parts.length > 1 ? 's' : ''}: ${parts.join('; ')}.` : 'No rows in view.';
  return credited.length ? `${head} Credited to: ${credited.join('; ')}.` : head;
}

export function sourceLine(rows: readonly PlotRow[], sources: readonly SourceInfo[]): string {
  return provenanceLine(rows.map((r) => r.row), sources);
}

import type { MouseEvent } from 'react';
import type { NetNode } from '@/lib/network/network';
import { relationYears } from '@/lib/network/network';
import type { Storyline as Layout, StoryLine } from '@/lib/network/storyline';
import { withBase } from '@/lib/charts/paths';
import { overlaps, type Rect } from '@/lib/text/labelPlacement';
import { textWidth } from '@/lib/text/measure';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK } from './styles';

/** Sizes of the drawing in CSS pixels: the page's, or a projector's (labels at least 20 px at 1080p). */
export interface StoryGeometry { col: number; row: number; font: number; left: number; top: number }
export const PAGE_GEOMETRY: StoryGeometry = { col: 46, row: 18, font: 12, left: 150, top: 44 };

const CSS = [
  '.story-svg{font-family:inherit}',
  '.story-svg .s-year{fill:var(--muted);font-variant-numeric:tabular-nums}',
  '.story-svg .s-year-link:focus-visible text,.story-svg .s-year-link:hover text{fill:var(--link);text-decoration:underline}',
  '.story-svg .s-grid{stroke:var(--border);stroke-width:1px}',
  '.story-svg .s-now{fill:var(--focus);fill-opacity:.12}',
  '.story-svg .s-line{fill:none;stroke:var(--fg);stroke-width:1.6px;stroke-opacity:.75}',
  '.story-svg .s-hit{fill:none;stroke:transparent;stroke-width:10px;cursor:pointer}',
  '.story-svg .s-dash{stroke-dasharray:3 3}',
  '.story-svg .dim .s-line{stroke-opacity:.18}',
  '.story-svg .on .s-line{stroke:var(--focus);stroke-width:4px;stroke-opacity:1}',
  '.story-svg .s-name{fill:var(--fg);paint-order:stroke;stroke:var(--bg);stroke-width:3px}',
  '.story-svg .s-band-name{pointer-events:none;font-weight:700;fill:var(--fg);paint-order:stroke;stroke:var(--bg);stroke-width:3px}',
  '.story-svg .s-mark{fill:var(--bg);stroke:var(--fg);stroke-width:1.5px}',
  '.story-svg .s-event:focus-visible .s-mark,.story-svg .s-event:hover .s-mark{stroke:var(--focus);stroke-width:3px}',
  '.story-svg .s-fate{fill:var(--fg)}',
  '.story-svg .s-disputed .s-mark{stroke:var(--accent);stroke-dasharray:2 2;stroke-width:2.5px}',
].join('');

interface Props {
  layout: Layout;
  index: ReadonlyMap<string, NetNode>;
  geometry?: StoryGeometry;
  /** Short labels of factions (factions.csv short_name) and people (surnames). */
  labels: ReadonlyMap<string, string>;
  selected?: string | null;
  /** The graph's year, marked on the axis. */
  year?: number;
  /** Draw only up to this year (a slide built up period by period). */
  upTo?: number;
  /** Last year of the axis (a slide's span); the layout's last year by default. */
  until?: number;
  onSelect?: (id: string) => void;
  onYear?: (year: number) => void;
  /** Relation ids the documents disagree about: their marks are ringed. */
  disputed?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Rows the tallest year up to `until` needs. */
export function rowsUntil(layout: Layout, until: number): number {
  let rows = 0;
  for (const l of layout.lines) for (const p of l.points) if (p.year <= until) rows = Math.max(rows, p.y + 0.5);
  return rows;
}

/** The storyline as SVG (no hooks: drawn in the HTML as served, and live in the network page's Timeline view). */
export function Storyline({ layout, index, geometry: g = PAGE_GEOMETRY, labels, selected = null, year, upTo, until, onSelect, onYear, disputed = NONE }: Props) {
  const axis = layout.years.filter((y) => until === undefined || y <= until);
  const years = axis.filter((y) => upTo === undefined || y <= upTo);
  const first = layout.years[0];
  const x = (y: number) => g.left + (y - first + 0.5) * g.col;
  const yy = (row: number) => g.top + row * g.row;
  const width = g.left + axis.length * g.col + g.col;
  const height = g.top + rowsUntil(layout, axis[axis.length - 1]) * g.row + g.row;
  const half = g.col * 0.3;
  const shown = (l: StoryLine) => l.points.filter((p) => p.year <= (upTo ?? Infinity));
  const path = (pts: StoryLine['points']) => pts.map((p, i) => {
    const [px, py] = [x(p.year), yy(p.y)];
    if (i === 0) return `M${px - half},${py} L${px + half},${py}`;
    const q = pts[i - 1];
    const [qx, qy] = [x(q.year) + half, yy(q.y)];
    const mid = (px - half - qx) / 2;
    return `C${qx + mid},${qy} ${px - half - mid},${py} ${px - half},${py} L${px + half},${py}`;
  }).join(' ');
  const name = (id: string) => index.get(id)?.name ?? id;
  const yearClick = (y: number) => (e: MouseEvent) => { if (onYear) { e.preventDefault(); onYear(y); } };
  // a band's name once per run of years, above its first year
  const runStarts = layout.bands.filter((b) => b.year <= (upTo ?? Infinity) && !layout.bands.some((o) => o.faction === b.faction && o.year === b.year - 1));
  const lines = layout.lines.filter((l) => shown(l).length > 0);
  // names: the bands' first, then each line's at its start; a name that would touch one already placed, or a
  // mark, is left out (the people index, the panel and each person's page have every name)
  const taken: Rect[] = [];
  const free = (r: Rect) => !taken.some((o) => overlaps(o, r)) && (taken.push(r), true);
  const box = (text: string, xRight: number, yMid: number, bold: boolean): Rect => {
    const w = textWidth(text, g.font, bold);
    return { x: xRight - w, y: yMid - g.font * 0.65, w, h: g.font * 1.3 };
  };
  const bandNames = runStarts.filter((b) => {
    const t = labels.get(b.faction) ?? name(b.faction);
    const r = box(t, x(b.year) - g.col / 2 + 2 + textWidth(t, g.font, true), yy(b.top) - 3 - g.font * 0.35, true);
    return free(r);
  });
  // a person's name never covers a mark (an event's diamond, a fate's cross): the mark is the only place the drawing shows it
  const markSize = g.font * 0.45;
  const marks: Rect[] = [
    ...layout.events.filter((e) => e.year <= (upTo ?? Infinity)).map((e) => ({ x: x(e.year) - markSize, y: yy(e.y) - markSize, w: 2 * markSize, h: 2 * markSize })),
    ...lines.filter((l) => l.end === 'fatal' && FATE_MARK[l.fate]).map((l) => { const pts = shown(l); const last = pts[pts.length - 1]; return last.year === l.points[l.points.length - 1].year ? { x: x(last.year) + half + 3, y: yy(last.y) - g.font * 0.65, w: g.font * 0.8, h: g.font * 1.3 } : null; })
      .filter((r): r is Rect => r !== null),
  ];
  const named = new Set<string>();
  for (const l of [...lines].sort((a, b) => a.points[0].year - b.points[0].year || a.points[0].y - b.points[0].y)) {
    const p = l.points[0];
    const r = box(labels.get(l.id) ?? l.name, x(p.year) - half - 4, yy(p.y), false);
    if (!marks.some((m) => overlaps(m, r)) && free(r)) named.add(l.id);
  }
  return (
    <svg className="story-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} fontSize={g.font} role="group"
      aria-label={`Storyline, ${first}–${years[years.length - 1]}: ${lines.length} people, one line each, in the bands of the factions they belonged to; ${layout.events.filter((e) => e.year <= (upTo ?? Infinity)).length} events marked`}>
      <style>{CSS}</style>
      <g className="s-axis">
        {years.map((y) => (
          <g key={y}>
            {y === year && <rect className="s-now" data-current-year={y} x={x(y) - g.col / 2} y={0} width={g.col} height={height} />}
            <line className="s-grid" x1={x(y)} x2={x(y)} y1={g.font + 8} y2={height} />
            <a href={withBase(`/network?year=${y}`)} className="s-year-link" data-year-link={y} onClick={yearClick(y)} aria-label={`The network in ${y}`}>
              <text className="s-year" x={x(y)} y={g.font + 4} textAnchor="middle">{(y - first) % 2 === 0 || g.col > 40 ? y : ''}</text>
            </a>
          </g>
        ))}
      </g>
      <g className="s-bands" aria-hidden="true">
        {layout.bands.filter((b) => b.year <= (upTo ?? Infinity)).map((b) => (
          <rect key={`${b.faction}|${b.year}`} data-band={b.faction} data-year={b.year} x={x(b.year) - g.col / 2} width={g.col} y={yy(b.top) + 1} height={(b.bottom - b.top) * g.row - 2}
            style={{ fill: FACTION_FILL[index.get(b.faction)?.faction?.kind ?? 'party'], fillOpacity: 0.22 }} />
        ))}
      </g>
      <g className="s-lines">
        {lines.map((l) => {
          const pts = shown(l);
          const last = pts[pts.length - 1];
          const ended = last.year === l.points[l.points.length - 1].year;
          const d = path(pts);
          const cls = selected === l.id ? 'on' : selected ? 'dim' : '';
          return (
            <g key={l.id} data-line={l.id} className={cls} onClick={onSelect ? () => onSelect(l.id) : undefined}>
              <path d={d} className="s-hit" />
              <path d={d} className="s-line" />
              {ended && l.end === 'dashed' && <path d={`M${x(last.year) + half},${yy(last.y)} h${g.col * 0.5}`} className="s-line s-dash" />}
              {ended && l.end === 'fatal' && FATE_MARK[l.fate] && <text className="s-fate" x={x(last.year) + half + 3} y={yy(last.y)} dy="0.35em" data-fate={l.fate}>{FATE_MARK[l.fate]}<title>{`${l.name}: ${l.fate.replace(/_/g, ' ')}, ${last.year}`}</title></text>}
            </g>
          );
        })}
      </g>
      <g className="s-labels">
        {bandNames.map((b) => (
          <text key={`n-${b.faction}-${b.year}`} className="s-band-name" data-band-name={b.faction} x={x(b.year) - g.col / 2 + 2} y={yy(b.top) - 3}>{labels.get(b.faction) ?? name(b.faction)}</text>
        ))}
        {lines.filter((l) => named.has(l.id)).map((l) => (
          <a key={`n-${l.id}`} href={withBase(`/people/${l.id}`)} data-name-for={l.id}>
            <text className="s-name" x={x(l.points[0].year) - half - 4} y={yy(l.points[0].y)} dy="0.35em" textAnchor="end">{labels.get(l.id) ?? l.name}</text>
          </a>
        ))}
      </g>
      <g className="s-events">
        {layout.events.filter((e) => e.year <= (upTo ?? Infinity)).map((e) => {
          const r = e.relation;
          const text = `${name(r.from)} ${EDGE_STYLES[r.type]?.label ?? r.type} ${name(r.to)}, ${relationYears(r)}: “${r.quote}” (${r.source.slice(0, 3)}, line ${r.locator})${disputed.has(r.id) ? '; disputed between documents (the sources page gives every reading)' : ''}`;
          const s = markSize;
          return (
            <a key={r.id} className={`s-event${disputed.has(r.id) ? ' s-disputed' : ''}`} data-event={r.id} data-type={r.type} data-disputed={disputed.has(r.id) ? 'true' : undefined} href={withBase(`/sources#row-${r.id}`)} aria-label={text}>
              <path className="s-mark" d={`M${x(e.year)},${yy(e.y) - s} l${s},${s} l${-s},${s} l${-s},${-s} z`} />
              <title>{text}</title>
            </a>
          );
        })}
      </g>
    </svg>
  );
}

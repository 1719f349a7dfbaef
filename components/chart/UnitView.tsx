import type { PlotRow, UnitPanelSpec } from '@/lib/charts/charts';
import { formatFigure } from '@/lib/data/stats';
import { docTag } from '@/lib/charts/format';
import { colourAt } from './palette';
import type { PresentSize } from '@/lib/lecture/slideFit';

interface Props {
  rows: readonly PlotRow[];
  panels: readonly UnitPanelSpec[];
  mini?: boolean;
  /** A slide or printed page: panels and squares laid out to fill the box, all text at the base font. */
  present?: PresentSize;
}

const legendText = (p: PlotRow) => `${formatFigure(p.row)} ${p.row.label.toLowerCase()}${p.disputed ? ` disputed · ${docTag(p.row.source)}` : ''}`;

/**
 * One square per person, drawn as one path per part (and one for the rest). Panels sit side by side (they wrap on narrow screens), so conflicting estimates
 * of the same body are compared mark for mark. Pure SVG with a viewBox: it renders on the server too.
 */
/** Squares first … first+count−1 of a grid `cols` wide, as one path (a square per person, in reading order). */
export function squaresPath(first: number, count: number, cols: number, cell: number, gap: number): string {
  let d = '';
  for (let i = first; i < first + count; i++) d += `M${(i % cols) * (cell + gap)} ${Math.floor(i / cols) * (cell + gap)}h${cell}v${cell}h-${cell}z`;
  return d;
}

export function UnitView({ rows, panels, mini, present }: Props) {
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  const shown = panels.filter((p) => byId.has(p.total));
  const f = present?.font ?? 0;
  // a slide: one square size and column count for every panel (they compare mark for mark), as large as the box allows
  const fit = present ? present.fit.unitLayout(present, shown.map((p) => byId.get(p.total)?.row.value ?? 0), (pw) => Math.max(...shown.map((p) => {
    const total = byId.get(p.total)!.row;
    const items = [...p.parts.map((id) => byId.get(id)).filter((x): x is PlotRow => !!x).map(legendText), `of ${formatFigure(total)} (${total.label.toLowerCase()})`];
    // the caption, then each legend item beside its swatch
    return present.fit.textLines(p.name, f, pw) + items.reduce((a, t) => a + present.fit.textLines(t, f, pw - f * 1.6), 0);
  })), f) : null;
  return (
    <div className={`unit-panels${mini ? ' mini' : ''}${fit ? ' unit-panels-fit' : ''}`} data-fits={fit ? String(fit.fits) : undefined}
      style={fit ? { gridTemplateColumns: `repeat(${fit.across}, minmax(0, 1fr))`, gap: `${Math.round(f * 0.8)}px ${f}px`, fontSize: f } : undefined}>
      {shown.map((panel) => {
        const total = byId.get(panel.total);
        if (!total) return null;
        const n = total.row.value ?? 0;
        const cols = fit ? fit.cols : n > 1000 ? 60 : n > 300 ? 40 : n > 100 ? 20 : 10;
        const cell = 10;
        const gap = 2;
        const rowsN = Math.ceil(n / cols);
        const w = cols * (cell + gap);
        const h = rowsN * (cell + gap);
        // squares in order: each part's, then the rest; one path per part and one for the rest (a DOM node per state, not per person)
        const runs: { key: string; ci?: number; count: number }[] = [];
        let at = 0;
        panel.parts.forEach((id, pi) => {
          const v = Math.min(byId.get(id)?.row.value ?? 0, n - at);
          if (v > 0) runs.push({ key: id, ci: pi, count: v });
          at += Math.max(v, 0);
        });
        if (n - at > 0) runs.push({ key: 'rest', count: n - at });
        const parts = panel.parts.map((id) => byId.get(id)).filter((p): p is PlotRow => !!p);
        const title = `${panel.name}: ${parts.map((p) => `${formatFigure(p.row)} ${p.row.label.toLowerCase()}`).join(', ')}, of ${formatFigure(total.row)}`;
        let start = 0;
        return (
          <figure key={panel.name} className="unit-panel" data-panel={panel.name}>
            {!mini && <figcaption><strong>{panel.name}</strong></figcaption>}
            <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet"
              style={fit ? { width: `${Math.floor(cols * fit.cell)}px`, height: `${Math.floor(rowsN * fit.cell)}px`, maxWidth: 'none', maxHeight: 'none' } : { maxWidth: `${Math.round(w * (mini ? 1 : 1.6))}px` }}>
              <title>{title}</title>
              {runs.map((r) => {
                const d = squaresPath(start, r.count, cols, cell, gap);
                start += r.count;
                const filled = r.ci !== undefined;
                return (
                  <path key={r.key} d={d} data-mark="units" data-count={r.count} data-filled={filled ? 'true' : undefined} data-row={filled ? r.key : undefined}
                    style={filled ? { fill: colourAt((r.ci as number) + 5) } : { fill: 'none', stroke: 'var(--muted)', strokeWidth: 1 }} />
                );
              })}
            </svg>
            {!mini && (
              <ul className="unit-legend">
                {parts.map((p, pi) => (
                  <li key={p.row.id}>
                    <span className="swatch" style={{ background: colourAt(pi + 5) }} aria-hidden="true" />
                    <span>{formatFigure(p.row)} {p.row.label.toLowerCase()}{p.disputed ? <> <span className="badge">disputed · {docTag(p.row.source)}</span></> : null}</span>
                  </li>
                ))}
                <li><span className="swatch empty" aria-hidden="true" /> <span>of {formatFigure(total.row)} ({total.row.label.toLowerCase()})</span></li>
              </ul>
            )}
          </figure>
        );
      })}
    </div>
  );
}

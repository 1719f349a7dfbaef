import type { PlotRow, UnitPanelSpec } from '@/lib/charts';
import { formatFigure } from '@/lib/stats';
import { docTag } from '@/lib/format';
import { colourAt } from './palette';

interface Props {
  rows: readonly PlotRow[];
  panels: readonly UnitPanelSpec[];
  mini?: boolean;
}

/**
 * One square per person. Panels sit side by side (they wrap on narrow screens), so conflicting estimates
 * of the same body are compared mark for mark. Pure SVG with a viewBox: it renders on the server too.
 */
export function UnitView({ rows, panels, mini }: Props) {
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  return (
    <div className={`unit-panels${mini ? ' mini' : ''}`}>
      {panels.map((panel) => {
        const total = byId.get(panel.total);
        if (!total) return null;
        const n = total.row.value ?? 0;
        const cols = n > 1000 ? 60 : n > 300 ? 40 : n > 100 ? 20 : 10;
        const cell = 10;
        const gap = 2;
        const rowsN = Math.ceil(n / cols);
        const w = cols * (cell + gap);
        const h = rowsN * (cell + gap);
        // colour index per square: parts in order, then the rest
        const fills: number[] = [];
        panel.parts.forEach((id, pi) => {
          const v = byId.get(id)?.row.value ?? 0;
          for (let i = 0; i < v && fills.length < n; i++) fills.push(pi);
        });
        const parts = panel.parts.map((id) => byId.get(id)).filter((p): p is PlotRow => !!p);
        const title = `${panel.name}: ${parts.map((p) => `${formatFigure(p.row)} ${p.row.label.toLowerCase()}`).join(', ')}, of ${formatFigure(total.row)}`;
        return (
          <figure key={panel.name} className="unit-panel" data-panel={panel.name}>
            {!mini && <figcaption><strong>{panel.name}</strong></figcaption>}
            <svg viewBox={`0 0 ${w} ${h}`} style={{ maxWidth: `${Math.round(w * (mini ? 1 : 1.6))}px` }} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
              <title>{title}</title>
              {Array.from({ length: n }, (_, i) => {
                const ci = fills[i];
                const filled = ci !== undefined;
                return (
                  <rect key={i} data-mark="unit" data-filled={filled ? 'true' : undefined}
                    x={(i % cols) * (cell + gap)} y={Math.floor(i / cols) * (cell + gap)} width={cell} height={cell} rx={1.5}
                    style={filled ? { fill: colourAt(ci + 5) } : { fill: 'none', stroke: 'var(--muted)', strokeWidth: 1 }} />
                );
              })}
            </svg>
            {!mini && (
              <ul className="unit-legend">
                {parts.map((p, pi) => (
                  <li key={p.row.id}>
                    <span className="swatch" style={{ background: colourAt(pi + 5) }} aria-hidden="true" />
                    {formatFigure(p.row)} {p.row.label.toLowerCase()}{p.disputed ? <> <span className="badge">disputed · {docTag(p.row.source)}</span></> : null}
                  </li>
                ))}
                <li><span className="swatch empty" aria-hidden="true" /> of {formatFigure(total.row)} ({total.row.label.toLowerCase()})</li>
              </ul>
            )}
          </figure>
        );
      })}
    </div>
  );
}

import type { PlotRow } from '@/lib/charts/charts';
import { UNIT_SIGNS, formatFigure, formatPeriod } from '@/lib/data/stats';
import { docTag } from '@/lib/charts/format';
import type { CSSProperties } from 'react';
import type { PresentSize } from '@/lib/lecture/slideFit';

const valueText = (row: PlotRow['row']) => `${formatFigure(row)}${!UNIT_SIGNS[row.unit] && row.unit !== 'people' ? ` ${row.unit.replace(/_/g, ' ')}` : ''}`;
const metaText = ({ row, disputed }: PlotRow) => `${formatPeriod(row)} · ${docTag(row.source)}, line ${row.locator}${disputed ? ' · disputed' : ''}`;

/**
 * Figures that share no unit or scale, shown as labelled numbers, each with its document. On a slide or a
 * printed page they are cards in a grid that fills the box, the type as large as fits.
 */
export function FigureView({ rows, mini, present }: { rows: readonly PlotRow[]; mini?: boolean; present?: PresentSize }) {
  const fit = present ? present.fit.figureGrid(present, rows.map((p) => ({ value: valueText(p.row), label: p.row.label, meta: metaText(p) })), present.font) : null;
  return (
    <ul className={`figures${mini ? ' mini' : ''}${fit ? ' figures-fit' : ''}`} data-fits={fit ? String(fit.fits) : undefined}
      style={fit ? { gridTemplateColumns: `repeat(${fit.cols}, minmax(0, 1fr))`, fontSize: fit.font, gap: `${Math.round(fit.font * 0.8)}px ${fit.font}px`, height: present?.height, '--figure-scale': `${fit.value}em` } as CSSProperties : undefined}>
      {rows.map((p) => (
        <li key={p.row.id} data-mark="figure" data-row={p.row.id} className={p.row.approx !== 'exact' ? 'approx' : undefined}>
          <span className="figure-value">{valueText(p.row)}</span>
          <span className="figure-label">{p.row.label}</span>
          {!mini && <span className="meta">{metaText(p)}</span>}
        </li>
      ))}
    </ul>
  );
}

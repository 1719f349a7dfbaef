import type { PlotRow } from '@/lib/charts';
import { formatFigure, formatPeriod } from '@/lib/stats';
import { docTag } from '@/lib/format';

/** Figures that share no unit or scale, shown as labelled numbers, each with its document. */
export function FigureView({ rows, mini }: { rows: readonly PlotRow[]; mini?: boolean }) {
  return (
    <ul className={`figures${mini ? ' mini' : ''}`}>
      {rows.map(({ row, disputed }) => (
        <li key={row.id} data-mark="figure" data-row={row.id} className={row.approx !== 'exact' ? 'approx' : undefined}>
          <span className="figure-value">{formatFigure(row)}{row.unit !== 'percent' && row.unit !== 'people' ? ` ${row.unit.replace(/_/g, ' ')}` : ''}</span>
          <span className="figure-label">{row.label}</span>
          {!mini && <span className="meta">{formatPeriod(row)} · {docTag(row.source)}, line {row.locator}{disputed ? ' · disputed' : ''}</span>}
        </li>
      ))}
    </ul>
  );
}

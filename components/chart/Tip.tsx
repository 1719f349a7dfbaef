import type { PlotRow } from '@/lib/charts/charts';
import { formatFigure, formatPeriod } from '@/lib/data/stats';
import { docTag } from '@/lib/charts/format';

/** Tooltip body for one plotted row: figure with its approximation word, period, document and quote. */
export function Tip({ rows }: { rows: readonly PlotRow[] }) {
  return (
    <div className="chart-tip" role="status">
      {rows.map(({ row, disputed }) => (
        <div key={row.id}>
          <strong>{row.label}</strong>
          <div>{formatFigure(row)} · {formatPeriod(row)}{disputed ? ' · disputed' : ''}</div>
          <div className="meta">{docTag(row.source)}, line {row.locator} · {row.attributed_to}</div>
          <q>{row.quote.length > 180 ? `${row.quote.slice(0, 177)}…` : row.quote}</q>
        </div>
      ))}
    </div>
  );
}

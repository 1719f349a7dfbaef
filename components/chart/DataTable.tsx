import type { PlotRow } from '@/lib/charts/charts';
import { UNIT_SIGNS, formatFigure, formatPeriod } from '@/lib/data/stats';
import { DocLink } from '../shared/DocLink';

/** The plotted rows as a real table, with the quote and seed line of each figure. */
export function DataTable({ rows, caption, seriesNames }: { rows: readonly PlotRow[]; caption: string; seriesNames?: Record<string, string> }) {
  const showSeries = !!seriesNames && new Set(rows.map((r) => r.series)).size > 1;
  return (
    <table className="data-table cards-on-phone">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {showSeries && <th scope="col">Series</th>}
          <th scope="col">Figure</th>
          <th scope="col" className="num">Value</th>
          <th scope="col">Period</th>
          <th scope="col">Document, line</th>
          <th scope="col">Credited to</th>
          <th scope="col">Quote</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row, series, disputed }) => (
          <tr key={row.id} data-row={row.id} className={disputed ? 'disputed' : undefined}>
            {showSeries && <td data-label="Series">{seriesNames?.[series] ?? series}</td>}
            <th scope="row">{row.label}{disputed && <> <span className="badge">disputed</span></>}</th>
            <td className="num" data-label="Value">{formatFigure(row)}{!UNIT_SIGNS[row.unit] ? ` ${row.unit.replace(/_/g, ' ')}` : ''}</td>
            <td data-label="Period">{formatPeriod(row)}</td>
            <td data-label="Document, line"><DocLink id={row.id} source={row.source} locator={row.locator} /></td>
            <td data-label="Credited to">{row.attributed_to}</td>
            <td data-label="Quote"><q>{row.quote}</q></td>
            <td data-label="Notes">{[row.derivation ? `Derived: ${row.derivation}.` : '', row.notes ?? ''].filter(Boolean).join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

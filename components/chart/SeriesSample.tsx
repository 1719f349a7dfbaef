import { colourAt, dashAt } from './palette';

/** The key of one series: a filled square for bars, a short line in the series' colour and dash for lines. */
export function SeriesSample({ index, line }: { index: number; line: boolean }) {
  if (!line) return <span className="swatch" style={{ background: colourAt(index) }} aria-hidden="true" />;
  return (
    <svg className="swatch-line" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line x1="1" y1="6" x2="27" y2="6" style={{ stroke: colourAt(index) }} strokeWidth="3" strokeDasharray={dashAt(index)} />
    </svg>
  );
}

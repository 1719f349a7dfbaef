import { DisputeList } from '@/components/shared/DisputeList';
import { layoutChronology } from '@/lib/charts/chronology';
import { disputesOf, type DisputeIndex } from '@/lib/data/disputes';
import type { EventRow } from '@/lib/data/schema';
import { formatYears } from '@/lib/data/stats';
import { DocLink } from '../shared/DocLink';

const W = 800;
const PAD = 28;
const LANE = 30;
const AXIS = 34;

/**
 * A theme's events on one time axis, drawn at build time as SVG (readable without JavaScript and in print),
 * numbered marks in lanes that never overlap, and below it the same events as a list with their years as the
 * documents give them, document, line, quote and, where documents disagree, every reading.
 */
export function Chronology({ id, title, events, disputes }: { id: string; title: string; events: readonly EventRow[]; disputes: DisputeIndex }) {
  if (!events.length) return null;
  const c = layoutChronology(events);
  const disputesOfMark = new Map(c.marks.map((m) => [m.event.id, disputesOf(disputes, 'events', m.event.id)]));
  const [y0, y1] = c.domain;
  const x = (year: number) => PAD + ((year - y0) / (y1 - y0)) * (W - 2 * PAD);
  const height = c.lanes * LANE + AXIS + 8;
  const step = y1 - y0 > 16 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) ticks.push(y);
  const axisY = c.lanes * LANE + 10;
  return (
    <section className="chronology" id={id} aria-labelledby={`${id}-title`} data-chronology={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="chrono-scroll" tabIndex={0} role="region" aria-label={`${title}: time axis (scrolls sideways on a narrow screen)`}>
      <svg viewBox={`0 0 ${W} ${height}`} className="chrono-svg" role="img"
        aria-label={`Time axis ${y0 + 1}–${y1 - 1} with ${c.marks.length} events; the list below gives each one`}>
        {c.marks.map((m) => {
          const disputed = (disputesOfMark.get(m.event.id) ?? []).length > 0;
          const cy = m.lane * LANE + 14;
          const dating = m.event.dating;
          const x1 = x(m.from);
          const x2 = x(m.to);
          return (
            <g key={m.event.id} data-event={m.event.id} data-lane={m.lane} className={`chrono-mark${disputed ? ' disputed' : ''}`}>
              <title>{`${m.n}. ${m.event.label}, ${formatYears(m.event.start, m.event.end, dating)}${disputed ? ' (disputed)' : ''}`}</title>
              {dating === 'by'
                ? <path d={`M${x2 - 26},${cy} L${x2},${cy} M${x2 - 26},${cy} l6,-5 M${x2 - 26},${cy} l6,5`} className="chrono-by" />
                : x2 > x1
                  ? <rect x={x1} y={cy - 6} width={x2 - x1} height={12} rx={6} className={dating === 'between' ? 'chrono-range' : 'chrono-period'} />
                  : <circle cx={x1} cy={cy} r={6} className="chrono-point" />}
              <text x={(dating === 'by' ? x2 - 26 : x1) - 10} y={cy} dy="0.35em" textAnchor="end" className="chrono-n">{m.n}</text>
            </g>
          );
        })}
        <line x1={PAD} x2={W - PAD} y1={axisY} y2={axisY} className="chrono-axis" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 5} className="chrono-axis" />
            <text x={x(t)} y={axisY + 20} textAnchor="middle" className="chrono-tick">{t}</text>
          </g>
        ))}
      </svg>
      </div>
      <ol className="chrono-list">
        {c.marks.map((m) => (
          <li key={m.event.id} id={`ev-${m.event.id}`} data-event={m.event.id} value={m.n}>
            <strong>{m.event.label}</strong>, {formatYears(m.event.start, m.event.end, m.event.dating)}{' '}
            (<DocLink id={m.event.id} source={m.event.source} locator={m.event.locator} />): <q>{m.event.quote}</q>
            {m.event.dated_by && <span className="meta"> Dated by: {m.event.dated_by}</span>}
            {m.event.notes && <span className="meta"> {m.event.notes}</span>}
            <DisputeList disputes={disputesOfMark.get(m.event.id) ?? []} level="h3" />
          </li>
        ))}
      </ol>
      <p className="meta">
        A dot is a year, a filled bar a period; a hollow bar is a range in which the documents do not fix the year, and
        an arrow ending at a year means &quot;by&quot; that year.
      </p>
    </section>
  );
}

import type { NetNode } from '@/lib/network/network';
import type { StoryEvent, StoryLine } from '@/lib/network/storyline';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK } from '@/components/network/styles';

const COL = 30;
const H = 34;

/** One person's own row of the storyline: the faction band of each year as a coloured cell, events and fate marked. */
export function PersonRow({ line, events, index, span }: { line: StoryLine; events: readonly StoryEvent[]; index: ReadonlyMap<string, NetNode>; span: readonly number[] }) {
  const first = span[0];
  const x = (y: number) => 4 + (y - first) * COL;
  const width = 8 + span.length * COL;
  const last = line.points[line.points.length - 1];
  return (
    <div className="story-scroll person-row">
      <svg viewBox={`0 0 ${width} ${H + 18}`} width={width} height={H + 18} role="img"
        aria-label={`${line.name}, ${line.points[0].year}–${last.year}: ${line.points.map((p) => `${p.year} ${p.band ? index.get(p.band)?.name ?? p.band : 'no faction recorded'}`).join('; ')}`}>
        {span.map((y) => <text key={y} x={x(y) + COL / 2} y={12} fontSize={10} textAnchor="middle" className="s-year">{(y - first) % 5 === 0 ? y : ''}</text>)}
        {line.points.map((p) => (
          <rect key={p.year} data-cell={p.year} data-band={p.band ?? ''} x={x(p.year) + 1} y={16} width={COL - 2} height={H - 14}
            style={{ fill: p.band ? FACTION_FILL[index.get(p.band)?.faction?.kind ?? 'party'] : 'var(--border)', fillOpacity: p.band ? 0.55 : 0.5 }}>
            <title>{`${p.year}: ${p.band ? index.get(p.band)?.name : 'no faction recorded'}`}</title>
          </rect>
        ))}
        {events.map((e) => (
          <path key={e.relation.id} d={`M${x(e.year) + COL / 2},${20} l6,6 l-6,6 l-6,-6 z`} style={{ fill: 'var(--bg)', stroke: 'var(--fg)', strokeWidth: 1.5 }}>
            <title>{`${e.year}: ${EDGE_STYLES[e.relation.type]?.label ?? e.relation.type} ${index.get(e.relation.to)?.name ?? e.relation.to}`}</title>
          </path>
        ))}
        {line.end === 'fatal' && FATE_MARK[line.fate] && <text x={x(last.year) + COL + 3} y={30} fontSize={14}>{FATE_MARK[line.fate]}</text>}
      </svg>
    </div>
  );
}

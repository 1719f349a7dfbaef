/** The key to the network graph's encodings: node shapes and faction fills, regions, leaders, each relation type's line, fate marks and disputes. */
import { REGION_TYPES } from '@/lib/network/regions';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK } from './styles';

export function NetworkLegend() {
  return (
    <div className="net-legend chart-key meta" role="group" aria-label="Legend">
      <span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5.5" style={{ fill: 'var(--bg)', stroke: 'var(--fg)', strokeWidth: 2 }} /></svg> person</span>
      {Object.entries(FACTION_FILL).map(([k, c]) => (
        <span key={k}><svg width="14" height="14" aria-hidden="true"><rect x="1" y="1" width="12" height="12" rx="2" style={{ fill: c, stroke: 'var(--fg)' }} /></svg> {k}</span>
      ))}
      <span data-legend="region"><svg width="34" height="14" aria-hidden="true"><rect x="1" y="1" width="32" height="12" rx="6" className="legend-region" /></svg> a faction&apos;s members: inside its region</span>
      <span data-legend="led"><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" style={{ fill: 'var(--bg)', stroke: 'var(--fg)', strokeWidth: 3.5 }} /></svg> led a faction (thick ring)</span>
      {Object.entries(EDGE_STYLES).filter(([t]) => !REGION_TYPES.has(t)).map(([t, s]) => (
        <span key={t} data-legend={t}><svg width="34" height="10" aria-hidden="true"><line x1="1" y1="5" x2="33" y2="5" strokeDasharray={s.dash} strokeWidth={s.width} style={{ stroke: s.colour }} /></svg> {s.label}</span>
      ))}
      <span>{FATE_MARK.shot} shot or killed · {FATE_MARK.died} died, assassinated or suicide (faded after that year)</span>
      <span data-legend="disputed"><svg width="34" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5.5" className="legend-disputed" /><line x1="16" y1="7" x2="33" y2="7" className="legend-disputed" /></svg> disputed between documents (see the panel)</span>
    </div>
  );
}

/** The network page's controls: the year (steps, slider, play, the years factions begin), the relation-type and faction filters, and the search for a person. */
'use client';
import { useMemo, useState } from 'react';
import type { Network } from '@/lib/network/network';
import type { NetworkState } from '@/lib/network/networkState';
import { RELATION_TYPES } from '@/lib/data/schema';
import { EDGE_STYLES } from './styles';

interface Props {
  network: Network;
  span: [number, number];
  state: NetworkState;
  update: (patch: Partial<NetworkState>) => void;
  playing: boolean;
  setPlaying: (playing: boolean) => void;
}

const toggle = (list: readonly string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export function NetworkControls({ network, span, state, update, playing, setPlaying }: Props) {
  const [query, setQuery] = useState('');
  const factions = useMemo(() => network.nodes.filter((n) => n.kind === 'faction').sort((a, b) => (a.faction?.start ?? 0) - (b.faction?.start ?? 0)), [network]);
  const milestones = useMemo(() => [...new Map(factions.map((f) => [f.first, f.name])).entries()], [factions]);
  const setYear = (y: number) => update({ year: Math.min(span[1], Math.max(span[0], y)) });
  return (
    <>
      <div className="year-control" role="group" aria-label="Year">
        <button type="button" onClick={() => setYear(state.year - 1)} disabled={state.year <= span[0]} aria-label="Previous year">◀</button>
        <label className="year-slider">
          <span className="visually-hidden">Year</span>
          <input type="range" min={span[0]} max={span[1]} step={1} value={state.year}
            onChange={(e) => setYear(Number(e.target.value))} aria-valuetext={String(state.year)} />
        </label>
        <button type="button" onClick={() => setYear(state.year + 1)} disabled={state.year >= span[1]} aria-label="Next year">▶</button>
        <output className="year-value" aria-live="polite" data-testid="year">{state.year}</output>
        <button type="button" aria-pressed={playing} onClick={() => { if (!playing && state.year >= span[1]) setYear(span[0]); setPlaying(!playing); }}>
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
      <div className="milestones" role="group" aria-label="Jump to a year">
        {milestones.map(([y, name]) => (
          <button key={y} type="button" aria-pressed={state.year === y} onClick={() => setYear(y)} title={name}>{y}</button>
        ))}
      </div>
      <details className="filter-box">
        <summary>Relation types{state.types.length ? ` (${state.types.length})` : ''}</summary>
        <fieldset>
          <legend className="visually-hidden">Relation types to draw</legend>
          {RELATION_TYPES.map((t) => (
            <label key={t}><input type="checkbox" checked={state.types.length === 0 || state.types.includes(t)}
              onChange={() => {
                const all = state.types.length === 0 ? [...RELATION_TYPES] : state.types;
                const next = toggle(all, t);
                update({ types: next.length === RELATION_TYPES.length ? [] : next });
              }} /> {EDGE_STYLES[t].label}</label>
          ))}
        </fieldset>
      </details>
      <details className="filter-box">
        <summary>Factions{state.factions.length ? ` (${state.factions.length})` : ''}</summary>
        <fieldset>
          <legend className="visually-hidden">Only these factions and their members</legend>
          {factions.map((f) => (
            <label key={f.id}><input type="checkbox" checked={state.factions.includes(f.id)} onChange={() => update({ factions: toggle(state.factions, f.id) })} /> {f.name}</label>
          ))}
        </fieldset>
      </details>
      <label className="net-search">
        <span>Find a person</span>
        <input type="search" list="net-people" value={query} placeholder="e.g. Bukharin"
          onChange={(e) => {
            setQuery(e.target.value);
            const hit = network.nodes.find((n) => n.name.toLowerCase() === e.target.value.toLowerCase());
            if (hit) update({ node: hit.id, edge: null, year: Math.max(state.year, hit.first) });
          }} />
        <datalist id="net-people">{network.nodes.map((n) => <option key={n.id} value={n.name} />)}</datalist>
      </label>
    </>
  );
}

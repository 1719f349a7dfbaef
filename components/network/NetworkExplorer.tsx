'use client';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Frame } from '@/components/chart/Frame';
import { replaceQuery } from '@/components/shared/url';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { STORYLINE_FILE, asRelationRow, nodeIndex, snapshot, type Network } from '@/lib/network/network';
import { useStaticFile } from '@/components/layout/useStaticFile';
import { disputedRows, type DisputeIndex } from '@/lib/data/disputes';
import type { NetworkLayouts, Positions } from '@/lib/network/layout';
import { defaultNetworkState, parseNetworkState, writeNetworkState, type NetworkState, type StateDomain } from '@/lib/network/networkState';
import { provenanceLine, type SourceInfo } from '@/lib/charts/format';
import { RELATIONS_TABLE, RELATION_TYPES } from '@/lib/data/schema';
import { NetworkGraph } from './NetworkGraph';
import { NodePanel } from './NodePanel';
import { RelationTable } from './RelationTable';
import { EDGE_STYLES, FACTION_FILL, FATE_MARK, nodeLabels } from './styles';
import type { Storyline as StorylineLayout } from '@/lib/network/storyline';
import { REGION_TYPES } from '@/lib/network/regions';

interface Props {
  network: Network;
  /** The layout of every year, computed at build time. */
  layouts: NetworkLayouts;
  sources: readonly SourceInfo[];
  defaultYear: number;
  /** Disagreements between documents, by "table:row". */
  disputes: DisputeIndex;
}

const ID = 'network';

// the Timeline view's drawing loads with its data, when the view is first opened (the page opens on the graph)
const StorylineView = dynamic(() => import('./StorylineView').then((m) => m.StorylineView), { ssr: false });

/** The factional network over time, in the shared frame, with year, selection and filters in the URL. */
export function NetworkExplorer({ network, layouts, sources, defaultYear, disputes }: Props) {
  const disputed = useMemo(() => disputedRows(disputes, ['people', 'factions', 'relations']), [disputes]);
  const index = useMemo(() => nodeIndex(network), [network]);
  const domain = useMemo<StateDomain>(() => ({
    span: network.span, defaultYear,
    nodeIds: new Set(network.nodes.map((n) => n.id)),
    factionIds: new Set(network.nodes.filter((n) => n.kind === 'faction').map((n) => n.id)),
    edgeIds: new Set(network.relations.map((r) => r.id)),
  }), [network, defaultYear]);
  const [state, setState] = useState<NetworkState>(() => defaultNetworkState(domain));
  const [pins, setPins] = useState<Positions>({});
  const [playing, setPlaying] = useState(false);
  const [query, setQuery] = useState('');
  const [ready, setReady] = useState(false);

  useEffect(() => {
     
    setState(parseNetworkState(domain, new URLSearchParams(window.location.search)));
    setReady(true);
  }, [domain]);

  const update = useCallback((patch: Partial<NetworkState>) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      replaceQuery(writeNetworkState(domain, next));
      return next;
    });
  }, [domain]);

  useEffect(() => {
    if (!playing) return;
    const t = setInterval(() => {
      setState((prev) => {
        if (prev.year >= domain.span[1]) { setPlaying(false); return prev; }
        const next = { ...prev, year: prev.year + 1 };
        replaceQuery(writeNetworkState(domain, next));
        return next;
      });
    }, 1200);
    return () => clearInterval(t);
  }, [playing, domain]);

  const snap = useMemo(() => snapshot(network, state.year, { types: state.types, factions: state.factions }, index), [network, state.year, state.types, state.factions, index]);
  const node = state.node ? index.get(state.node) ?? null : null;
  const edge = state.edge ? network.relations.find((r) => r.id === state.edge) ?? null : null;
  const setYear = (y: number) => update({ year: Math.min(domain.span[1], Math.max(domain.span[0], y)) });
  const factions = network.nodes.filter((n) => n.kind === 'faction').sort((a, b) => (a.faction?.start ?? 0) - (b.faction?.start ?? 0));
  const milestones = [...new Map(factions.map((f) => [f.first, f.name])).entries()];
  const people = network.nodes.filter((n) => n.kind === 'person');
  const toggle = (list: readonly string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  const byType = new Map<string, number>();
  for (const r of snap.edges) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const visiblePeople = people.filter((p) => snap.visible.has(p.id));
  const dead = visiblePeople.filter((p) => snap.status.get(p.id) === 'dead').length;
  const summary = `In ${state.year}, ${snap.edges.length} relation${snap.edges.length === 1 ? '' : 's'} hold between ${snap.visible.size} people and factions` +
    `${byType.size ? ` (${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${EDGE_STYLES[t]?.label ?? t}`).join(', ')})` : ''}` +
    `; ${dead} of the ${visiblePeople.length} people shown had died or been killed by then.`;

  const controls = (
    <>
      <div className="year-control" role="group" aria-label="Year">
        <button type="button" onClick={() => setYear(state.year - 1)} disabled={state.year <= domain.span[0]} aria-label="Previous year">◀</button>
        <label className="year-slider">
          <span className="visually-hidden">Year</span>
          <input type="range" min={domain.span[0]} max={domain.span[1]} step={1} value={state.year}
            onChange={(e) => setYear(Number(e.target.value))} aria-valuetext={String(state.year)} />
        </label>
        <button type="button" onClick={() => setYear(state.year + 1)} disabled={state.year >= domain.span[1]} aria-label="Next year">▶</button>
        <output className="year-value" aria-live="polite" data-testid="year">{state.year}</output>
        <button type="button" aria-pressed={playing} onClick={() => { if (!playing && state.year >= domain.span[1]) setYear(domain.span[0]); setPlaying(!playing); }}>
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

  const legend = (
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

  const panel = (
    <aside className="net-panel" aria-label="Details" aria-live="polite">
      <NodePanel network={network} index={index} node={node} edge={edge} year={state.year} disputes={disputes}
        onSelectNode={(id) => update({ node: id, edge: null })} onClose={() => update({ node: null, edge: null })} />
    </aside>
  );
  // the storyline of every year, laid out at build time, is fetched when the Timeline view is first opened
  // (it is not in the HTML as served; /network/timeline serves it whole)
  const { data: storyline, error: storyError } = useStaticFile<StorylineLayout>(STORYLINE_FILE, state.view === 'timeline');
  // the timeline under the same filters: the lines of the chosen factions' members, the events of the chosen types
  const story = useMemo(() => {
    if (!storyline) return null;
    const inFactions = state.factions.length ? new Set(network.relations.filter((r) => REGION_TYPES.has(r.type) && state.factions.includes(r.to)).map((r) => r.from)) : null;
    return {
      ...storyline,
      lines: inFactions ? storyline.lines.filter((l) => inFactions.has(l.id)) : storyline.lines,
      events: storyline.events.filter((e) => (!inFactions || inFactions.has(e.person)) && (!state.types.length || state.types.includes(e.relation.type))),
    };
  }, [storyline, state.factions, state.types, network]);
  const labels = useMemo(() => nodeLabels(network.nodes), [network]);
  const timeline = (
    <div className="net-layout">
      <div className="net-story">
        {story
          ? <StorylineView layout={story} index={index} labels={labels} selected={state.node} year={state.year} disputed={disputed}
            onSelect={(id) => update({ node: state.node === id ? null : id, edge: null })} onYear={(year) => update({ year, view: 'chart' })} />
          : <p className={storyError ? 'slide-clipped' : 'meta'} role={storyError ? 'alert' : 'status'}>{storyError ? `The timeline could not be loaded (${storyError}); the storyline page has it: ` : 'Loading the timeline… It is also on its own page: '}<Link href="/network/timeline">the storyline</Link>.</p>}
        <p className="meta">
          Each person is a line from their first dated relation to their fate (✕ shot or killed, † died; a dashed end where the documents do not say);
          a line runs in a faction&apos;s band while the person is a member (the faction joined last, where there are several).
          {storyline && storyline.undated.length > 0 && ` Not on the time axis, because the documents give them no year: ${storyline.undated.map((id) => index.get(id)?.name ?? id).join(', ')}.`}
        </p>
      </div>
      {panel}
    </div>
  );

  const body = (
    <div className="net-layout">
      <div className="net-graph">
        <NetworkGraph nodes={network.nodes} relations={network.relations} layouts={layouts} snap={snap} selectedNode={state.node} selectedEdge={state.edge} disputed={disputed}
          onSelectNode={(id) => update({ node: state.node === id ? null : id, edge: null })}
          onSelectEdge={(id) => update({ edge: id, node: null })}
          pins={pins} onPin={(id, x, y) => setPins((p) => ({ ...p, [id]: { x, y } }))} />
        {Object.keys(pins).length > 0 && <button type="button" className="unpin" onClick={() => setPins({})}>Release pinned nodes</button>}
      </div>
      {panel}
    </div>
  );

  return (
    <Frame id={ID} kind="network" title={`The party struggle, ${state.year}`}
      subtitle="People and factions of the 1920s–30s and the relations the documents record; move through the years, select a node to read its sources"
      view={state.view} onView={(view) => update({ view })} controls={controls} body={body} timeline={timeline} legend={legend} summary={summary}
      data={{ 'data-year': String(state.year), 'data-ready': String(ready) }}
      table={<RelationTable edges={snap.edges} index={index} year={state.year} disputed={disputed} onSelectNode={(id) => update({ node: id, edge: null, view: 'chart' })} />}
      source={provenanceLine(snap.edges, sources)} sourceHref="/sources?theme=relations"
      notes={['A lasting relation without an end year in the documents holds until a person at either end dies or a faction ends; events (capitulated, expelled, exiled, removed, arrested, prosecuted, executed, assassinated, killing organised, approached) are drawn in their year, or in every year of a range the documents give ("between 1936 and 1938").',
        'Family ties have no year in the documents: they are drawn in the years both relatives are in the picture.',
        'Faction memberships are the relations the documents state; a person may belong to several factions over the years. A faction is drawn as a region round the members and leaders it has that year (a person in two factions sits where the regions meet); the table lists every membership as a row.',
        'Each year has its own layout, computed when the site is built and started from the year before, so people stay near where they were. Names never overlap: where not all fit, factions and the people with most relations that year are named first, and zooming in (the buttons, + and −, a pinch, or ctrl and the wheel) names the rest; every node keeps its full name in the table, the details panel and to screen readers.']}
      csv={{ name: `network-${state.year}.csv`, href: '/data/relations.csv', make: async () => (await import('@/lib/data/load')).toCsv(RELATIONS_TABLE, snap.edges.map(asRelationRow)) }}
      fullTables={[{ href: '/data/people.csv', label: 'people.csv' }, { href: '/data/factions.csv', label: 'factions.csv' }, { href: '/data/relations.csv', label: 'relations.csv' }]}
      link={() => { const q = writeNetworkState(domain, state).toString(); return `${window.location.origin}${window.location.pathname}${q ? `?${q}` : ''}`; }} />
  );
}

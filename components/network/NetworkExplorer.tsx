'use client';
import { useMemo, useState } from 'react';
import { Frame } from '@/components/chart/Frame';
import { STORYLINE_FILE, asRelationRow, nodeIndex, snapshot, type Network, type NetNode, type Snapshot } from '@/lib/network/network';
import { useStaticFile } from '@/components/layout/useStaticFile';
import { disputedRows, type DisputeIndex } from '@/lib/data/disputes';
import type { NetworkLayouts, Positions } from '@/lib/network/layout';
import { writeNetworkState } from '@/lib/network/networkState';
import { provenanceLine, type SourceInfo } from '@/lib/charts/format';
import { RELATIONS_TABLE } from '@/lib/data/schema';
import type { Storyline as StorylineLayout } from '@/lib/network/storyline';
import { NetworkGraph } from './NetworkGraph';
import { NodePanel } from './NodePanel';
import { RelationTable } from './RelationTable';
import { NetworkControls } from './NetworkControls';
import { NetworkLegend } from './NetworkLegend';
import { NetworkTimeline } from './NetworkTimeline';
import { useNetworkState } from './useNetworkState';
import { EDGE_STYLES } from './styles';

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

const NOTES = ['A lasting relation without an end year in the documents holds until a person at either end dies or a faction ends; events (capitulated, expelled, exiled, removed, arrested, prosecuted, executed, assassinated, killing organised, approached) are drawn in their year, or in every year of a range the documents give ("between 1936 and 1938").',
  'Family ties have no year in the documents: they are drawn in the years both relatives are in the picture.',
  'Faction memberships are the relations the documents state; a person may belong to several factions over the years. A faction is drawn as a region round the members and leaders it has that year (a person in two factions sits where the regions meet); the table lists every membership as a row.',
  'Each year has its own layout, computed when the site is built and started from the year before, so people stay near where they were. Names never overlap: where not all fit, factions and the people with most relations that year are named first, and zooming in (the buttons, + and −, a pinch, or ctrl and the wheel) names the rest; every node keeps its full name in the table, the details panel and to screen readers.'];

const FULL_TABLES = [{ href: '/data/people.csv', label: 'people.csv' }, { href: '/data/factions.csv', label: 'factions.csv' }, { href: '/data/relations.csv', label: 'relations.csv' }];

/** The year in words: how many relations of each type hold between how many nodes, and how many of the people shown had died. */
function yearSummary(nodes: readonly NetNode[], snap: Snapshot, year: number): string {
  const byType = new Map<string, number>();
  for (const r of snap.edges) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const visiblePeople = nodes.filter((p) => p.kind === 'person' && snap.visible.has(p.id));
  const dead = visiblePeople.filter((p) => snap.status.get(p.id) === 'dead').length;
  return `In ${year}, ${snap.edges.length} relation${snap.edges.length === 1 ? '' : 's'} hold between ${snap.visible.size} people and factions` +
    `${byType.size ? ` (${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${EDGE_STYLES[t]?.label ?? t}`).join(', ')})` : ''}` +
    `; ${dead} of the ${visiblePeople.length} people shown had died or been killed by then.`;
}

/** The factional network over time, in the shared frame, with year, selection and filters in the URL. */
export function NetworkExplorer({ network, layouts, sources, defaultYear, disputes }: Props) {
  const disputed = useMemo(() => disputedRows(disputes, ['people', 'factions', 'relations']), [disputes]);
  const index = useMemo(() => nodeIndex(network), [network]);
  const { domain, state, update, playing, setPlaying, ready } = useNetworkState(network, defaultYear);
  const [pins, setPins] = useState<Positions>({});
  const snap = useMemo(() => snapshot(network, state.year, { types: state.types, factions: state.factions }, index), [network, state.year, state.types, state.factions, index]);
  const node = state.node ? index.get(state.node) ?? null : null;
  const edge = state.edge ? network.relations.find((r) => r.id === state.edge) ?? null : null;

  const panel = (
    <aside className="net-panel" aria-label="Details" aria-live="polite">
      <NodePanel network={network} index={index} node={node} edge={edge} year={state.year} disputes={disputes}
        onSelectNode={(id) => update({ node: id, edge: null })} onClose={() => update({ node: null, edge: null })} />
    </aside>
  );
  // the storyline of every year, laid out at build time, is fetched when the Timeline view is first opened
  // (it is not in the HTML as served; /network/timeline serves it whole)
  const { data: storyline, error: storyError } = useStaticFile<StorylineLayout>(STORYLINE_FILE, state.view === 'timeline');

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
      view={state.view} onView={(view) => update({ view })}
      controls={<NetworkControls network={network} span={domain.span} state={state} update={update} playing={playing} setPlaying={setPlaying} />}
      body={body} legend={<NetworkLegend />} summary={yearSummary(network.nodes, snap, state.year)}
      timeline={<NetworkTimeline network={network} index={index} storyline={storyline} storyError={storyError} state={state} update={update} disputed={disputed} panel={panel} />}
      data={{ 'data-year': String(state.year), 'data-ready': String(ready) }}
      table={<RelationTable edges={snap.edges} index={index} year={state.year} disputed={disputed} onSelectNode={(id) => update({ node: id, edge: null, view: 'chart' })} />}
      source={provenanceLine(snap.edges, sources)} sourceHref="/sources?theme=relations"
      notes={NOTES}
      csv={{ name: `network-${state.year}.csv`, href: '/data/relations.csv', make: async () => (await import('@/lib/data/load')).toCsv(RELATIONS_TABLE, snap.edges.map(asRelationRow)) }}
      fullTables={FULL_TABLES}
      link={() => { const q = writeNetworkState(domain, state).toString(); return `${window.location.origin}${window.location.pathname}${q ? `?${q}` : ''}`; }} />
  );
}

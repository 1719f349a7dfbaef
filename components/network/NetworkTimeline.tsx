/** The network page's Timeline view: the storyline under the page's filters (the chosen factions' members, the chosen relation types), or word that it is loading or failed, with the details panel. */
'use client';
import dynamic from 'next/dynamic';
import { useMemo, type ReactNode } from 'react';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import type { NetNode, Network } from '@/lib/network/network';
import type { NetworkState } from '@/lib/network/networkState';
import type { Storyline as StorylineLayout } from '@/lib/network/storyline';
import { REGION_TYPES } from '@/lib/network/regions';
import { nodeLabels } from './styles';

// the Timeline view's drawing loads with its data, when the view is first opened (the page opens on the graph)
const StorylineView = dynamic(() => import('./StorylineView').then((m) => m.StorylineView), { ssr: false });

interface Props {
  network: Network;
  index: Map<string, NetNode>;
  /** Every year's storyline, once fetched; null while loading or after an error. */
  storyline: StorylineLayout | null;
  storyError?: string;
  state: NetworkState;
  update: (patch: Partial<NetworkState>) => void;
  disputed: ReadonlySet<string>;
  /** The details panel beside it. */
  panel: ReactNode;
}

export function NetworkTimeline({ network, index, storyline, storyError, state, update, disputed, panel }: Props) {
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
  return (
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
}

import type { Metadata } from 'next';
import { loadDataset } from '@/lib/data/data';
import { buildNetwork, nodeIndex } from '@/lib/network/network';
import { networkComputed } from '@/lib/network/computed';
import { disputedRows, indexDisputes } from '@/lib/data/disputes';
import { canonical } from '@/lib/site/site';
import { withBase } from '@/lib/charts/paths';
import { nodeLabels } from '@/components/network/styles';
import { StorylineView } from '@/components/network/StorylineView';

export const metadata: Metadata = {
  title: 'Who stood with whom, 1917–1953: a storyline of the party struggle',
  description: 'Every person of the party struggle as a line across the years, running in the bands of the factions they belonged to, with their capitulations, expulsions, exiles, arrests and executions marked, each with its document and line.',
  ...canonical('/network/timeline'),
};

/** The storyline in the HTML as served: it reads without JavaScript and prints; /network?view=timeline is the same, live. */
export default function TimelinePage() {
  const d = loadDataset();
  const network = buildNetwork(d);
  const layout = networkComputed(network).storyline;
  const index = nodeIndex(network);
  const crossings = Object.values(layout.crossings).reduce((a, b) => a + b, 0);
  return (
    <article>
      <h1>Who stood with whom: the storyline</h1>
      <p className="lede">
        Time runs left to right, {layout.years[0]}–{layout.years[layout.years.length - 1]}; each of the {layout.lines.length} people with a dated
        relation is a line from their first dated relation to their fate, and lines run together in a faction&apos;s band while the people are
        members. The marks (◇) are capitulations, expulsions, exiles, arrests, removals and executions: each links to its quote, document and
        line. Select a name for the person&apos;s page, a year for the network in that year, or open the{' '}
        <a href={withBase('/network?view=timeline')}>interactive timeline</a> beside the graph.
      </p>
      <StorylineView layout={layout} index={index} labels={nodeLabels(network.nodes)}
        disputed={disputedRows(indexDisputes(d.disagreements), ['relations'])} />
      <p className="meta">
        Lines are ordered to cross as little as they can ({crossings} crossings in all, by the layered barycentre method); a person in
        several factions at once runs in the band of the one joined last.
        {layout.undated.length > 0 && ` Not on the time axis, because the documents give them no year: ${layout.undated.map((id) => index.get(id)?.name ?? id).join(', ')}.`}
      </p>
    </article>
  );
}

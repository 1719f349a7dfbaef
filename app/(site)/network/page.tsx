import type { Metadata } from 'next';
import { loadDataset } from '@/lib/data/data';
import { buildNetwork } from '@/lib/network/network';
import { groupDisputes, indexDisputes } from '@/lib/data/disputes';
import { NETWORK_LEDE } from '@/lib/site/ledes';
import { networkComputed } from '@/lib/network/computed';
import { siteSources } from '@/lib/site/site';
import { NetworkExplorer } from '@/components/network/NetworkExplorer';
import { canonical } from '@/lib/site/site';
import { withBase } from '@/lib/charts/paths';

export const metadata: Metadata = {
  title: 'The party struggle, 1917–1953',
  description: 'The factions, alliances, capitulations, expulsions and executions of the party struggle, year by year, every edge sourced.',
  ...canonical('/network'),
};

/** The year the page opens on: the Joint Opposition. */
const DEFAULT_YEAR = 1926;

export default function NetworkPage() {
  const d = loadDataset();
  const network = buildNetwork(d);
  // computed once per change of the data (lib/generated/network.json): the same pictures on every load
  const { layouts } = networkComputed(network);
  // how many points the documents disagree on about people, factions and relations (counted from disagreements.csv)
  const disputes = groupDisputes(d.disagreements).filter((g) => g.readings.some((r) => r.table !== 'events')).length;
  return (
    <article>
      <h1>The party struggle</h1>
      <p className="lede">
        {NETWORK_LEDE.map((s) => s.text).join(' ')} {network.nodes.length} people and
        factions, {network.relations.length} relations from {network.span[0]} to {network.span[1]}, each with its document,
        line and quote. Where the documents disagree ({disputes} points, each listed with its readings on
        the <a href={withBase('/sources?disputed=1')}>sources page</a>), the node or line is marked as disputed and its panel gives every reading.
      </p>
      <NetworkExplorer network={network} layouts={layouts} sources={siteSources()} defaultYear={DEFAULT_YEAR} disputes={indexDisputes(d.disagreements)} />
    </article>
  );
}

'use client';
import { useMemo } from 'react';
import { snapshot, type Network } from '@/lib/network/network';
import type { NetworkLayouts, Positions } from '@/lib/network/layout';
import { NetworkGraph } from '@/components/network/NetworkGraph';

const none = () => {};
const NO_PINS: Positions = {};

/**
 * The network at one year, for a slide: the same drawing and per-year layout as /network, without its
 * controls, fitted to the slide's free area with the slide's type (labels at the chart font, 25 px at 1080p).
 */
export function NetworkSlide({ network, layouts, year, font }: { network: Network; layouts: NetworkLayouts; year: number; font: number }) {
  const snap = useMemo(() => snapshot(network, year), [network, year]);
  return (
    <div className="slide-network" data-year={year}>
      <NetworkGraph nodes={network.nodes} relations={network.relations} layouts={layouts} snap={snap} scale="slide" slideFont={font} zoomable={false}
        selectedNode={null} selectedEdge={null} onSelectNode={none} onSelectEdge={none} pins={NO_PINS} onPin={none} />
    </div>
  );
}

/** The years a network slide steps through: the years factions begin. */
export function networkYears(network: Network): number[] {
  return [...new Set(network.nodes.filter((n) => n.kind === 'faction').map((n) => n.first))].sort((a, b) => a - b);
}

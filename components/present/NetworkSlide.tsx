'use client';
import { useMemo } from 'react';
import { snapshot, type Network } from '@/lib/network';
import type { Positions } from '@/lib/layout';
import { NetworkGraph } from '@/components/network/NetworkGraph';

const none = () => {};
const NO_PINS: Positions = {};

/**
 * The network at one year, for a slide: the same drawing as /network, without its controls, zoomed to the
 * nodes any step of the slide draws (one frame for all its years, so nodes keep their places between steps).
 */
export function NetworkSlide({ network, positions, year }: { network: Network; positions: Positions; year: number }) {
  const snap = useMemo(() => snapshot(network, year), [network, year]);
  const viewBox = useMemo(() => {
    const ids = new Set(networkYears(network).flatMap((y) => [...snapshot(network, y).visible]));
    const pts = [...ids].map((id) => positions[id]).filter((p): p is { x: number; y: number } => !!p);
    if (!pts.length) return undefined;
    const pad = 60;
    const x0 = Math.min(...pts.map((p) => p.x)) - pad;
    const y0 = Math.min(...pts.map((p) => p.y)) - pad / 2;
    const x1 = Math.max(...pts.map((p) => p.x)) + pad * 2.5; // labels run to the right of their node
    const y1 = Math.max(...pts.map((p) => p.y)) + pad / 2;
    return `${Math.round(x0)} ${Math.round(y0)} ${Math.round(x1 - x0)} ${Math.round(y1 - y0)}`;
  }, [network, positions]);
  return (
    <div className="slide-network" data-year={year}>
      <NetworkGraph nodes={network.nodes} relations={network.relations} positions={positions} snap={snap}
        selectedNode={null} selectedEdge={null} onSelectNode={none} onSelectEdge={none} pins={NO_PINS} onPin={none} viewBox={viewBox} />
    </div>
  );
}

/** The years a network slide steps through: the years factions begin. */
export function networkYears(network: Network): number[] {
  return [...new Set(network.nodes.filter((n) => n.kind === 'faction').map((n) => n.first))].sort((a, b) => a - b);
}

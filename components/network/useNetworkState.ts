/** The network page's state (year, selection, filters, view) read from the address after hydration and written back to it on every change, with the year's playback. */
'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { replaceQuery } from '@/components/shared/url';
import type { Network } from '@/lib/network/network';
import { defaultNetworkState, parseNetworkState, writeNetworkState, type NetworkState, type StateDomain } from '@/lib/network/networkState';

/**
 * The state starts at its default (as in the HTML as served) and is read from the query string once
 * mounted (`ready`); `update` patches it and rewrites the query string; while `playing`, the year steps
 * on every 1.2 s to the end of the span.
 */
export function useNetworkState(network: Network, defaultYear: number) {
  const domain = useMemo<StateDomain>(() => ({
    span: network.span, defaultYear,
    nodeIds: new Set(network.nodes.map((n) => n.id)),
    factionIds: new Set(network.nodes.filter((n) => n.kind === 'faction').map((n) => n.id)),
    edgeIds: new Set(network.relations.map((r) => r.id)),
  }), [network, defaultYear]);
  const [state, setState] = useState<NetworkState>(() => defaultNetworkState(domain));
  const [playing, setPlaying] = useState(false);
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

  return { domain, state, update, playing, setPlaying, ready };
}

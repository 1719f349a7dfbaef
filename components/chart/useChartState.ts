'use client';
import { useCallback, useEffect, useState } from 'react';
import type { ChartSpec } from '@/lib/charts/charts';
import { defaultState, parseState, writeState, type ChartState } from '@/lib/charts/chartState';
import { replaceQuery } from '../shared/url';

/**
 * A chart's view state mirrored in the query string. The server renders the default state; on mount
 * the state is read from the URL, and each change replaces the URL (no navigation, no history spam).
 */
export function useChartState(spec: ChartSpec) {
  const [state, setState] = useState<ChartState>(() => defaultState(spec));
  useEffect(() => {
    // the same state keeps the same object: a page without chart state in its link renders once, not twice
    const read = parseState(spec, new URLSearchParams(window.location.search));
    setState((prev) => (read.view === prev.view && read.scale === prev.scale && read.hidden.join() === prev.hidden.join() ? prev : read));
  }, [spec]);
  const update = useCallback((patch: Partial<ChartState>) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      replaceQuery(writeState(spec, next, new URLSearchParams(window.location.search)));
      return next;
    });
  }, [spec]);
  return [state, update] as const;
}

/** The address of this chart in its current state; `page` (path#slug) points an embedded chart back to its page on the site. */
export function chartLink(spec: ChartSpec, state: ChartState, page?: string): string {
  const params = writeState(spec, state, new URLSearchParams(window.location.search));
  const q = params.toString();
  const [path, hash] = page ? page.split('#') : [window.location.pathname, spec.slug];
  return `${window.location.origin}${path}${q ? `?${q}` : ''}#${hash}`;
}

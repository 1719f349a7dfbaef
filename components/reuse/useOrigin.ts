'use client';
import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/** The address the page is served from; on the server (and in the static HTML) the configured site address or ''. */
export function useOrigin(fallback: string): string {
  return useSyncExternalStore(noop, () => window.location.origin, () => fallback);
}

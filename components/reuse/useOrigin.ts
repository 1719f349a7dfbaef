'use client';
import { useSyncExternalStore } from 'react';
import { BASE_PATH } from '@/lib/paths';

const noop = () => () => {};

/** The address of the site's root as served (origin and base path); on the server (and in the static HTML) the configured site address or ''. */
export function useOrigin(fallback: string): string {
  return useSyncExternalStore(noop, () => `${window.location.origin}${BASE_PATH}`, () => fallback);
}

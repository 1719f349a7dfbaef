'use client';
import { useSyncExternalStore } from 'react';
import { BASE_PATH } from '@/lib/charts/paths';
import { SITE_PLACEHOLDER } from '@/lib/reuse/snippets';

const noop = () => () => {};

/**
 * The address of the site's root (origin and base path): in the browser, where the page is served from; in
 * the HTML as served, the site address the build was given (SITE_URL) or, without one, a placeholder that
 * the code snippets say to replace.
 */
export function useOrigin(siteUrl: string): string {
  return useSyncExternalStore(noop, () => `${window.location.origin}${BASE_PATH}`, () => siteUrl || `${SITE_PLACEHOLDER}${BASE_PATH}`);
}

'use client';
import { useSyncExternalStore } from 'react';
import { BASE_PATH } from '@/lib/charts/paths';

const noop = () => () => {};

/**
 * Names the address that was not found (the 404 page is one static page, so the address is read in the
 * browser), and says plainly when it was a data file rather than a page.
 */
export function MissingPath() {
  const path = useSyncExternalStore(noop, () => window.location.pathname, () => '');
  if (!path) return null;
  const file = /^\/(data|charts|downloads)\/[^/]+$/.test(path.startsWith(`${BASE_PATH}/`) ? path.slice(BASE_PATH.length) : path);
  return (
    <p className="missing-path" role="alert" data-missing={path}>
      {file ? 'There is no data file at ' : 'There is no page at '}<code>{path}</code>.
      {file && ' The file may have been renamed; the list of tables is below.'}
    </p>
  );
}

'use client';

/** Replaces the query string of the current address (keeping path and hash) without navigating. */
export function replaceQuery(params: URLSearchParams, keepHash = true) {
  const q = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${q ? `?${q}` : ''}${keepHash ? window.location.hash : ''}`);
}

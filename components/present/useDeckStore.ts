'use client';
import { useCallback, useSyncExternalStore } from 'react';

/** The lecturer's own deck, kept in localStorage and shared by every tab (storage events) and component. */
const KEY = 'purge-atlas-deck';
const EVENT = 'purge-atlas-deck-change';

function read(): string {
  try { return localStorage.getItem(KEY) ?? ''; } catch { return ''; }
}
function subscribe(cb: () => void) {
  window.addEventListener('storage', cb);
  window.addEventListener(EVENT, cb);
  return () => { window.removeEventListener('storage', cb); window.removeEventListener(EVENT, cb); };
}

/** The stored deck (slide ids; not yet checked against the slides that exist) and a setter. */
export function useDeckStore(): [string[], (deck: readonly string[]) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => '');
  const set = useCallback((deck: readonly string[]) => {
    try { localStorage.setItem(KEY, deck.join(',')); } catch { /* private mode: the URL still carries the deck */ }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [raw ? raw.split(',').filter(Boolean) : [], set];
}

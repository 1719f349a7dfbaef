'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseOwnSlides, type OwnSlides } from '@/lib/deck';

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

const NOTES_KEY = 'purge-atlas-deck-notes';

function readNotes(): string {
  try { return localStorage.getItem(NOTES_KEY) ?? ''; } catch { return ''; }
}

/** The lecturer's own notes by slide id (kept in localStorage beside the deck) and a setter. */
export function useDeckNotes(): [Record<string, string>, (notes: Record<string, string>) => void] {
  const raw = useSyncExternalStore(subscribe, readNotes, () => '');
  const notes = useMemo<Record<string, string>>(() => {
    try {
      const o: unknown = raw ? JSON.parse(raw) : {};
      return o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.entries(o as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
    } catch { return {}; }
  }, [raw]);
  const set = useCallback((next: Record<string, string>) => {
    try { localStorage.setItem(NOTES_KEY, JSON.stringify(next)); } catch { /* not kept */ }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [notes, set];
}

const OWN_KEY = 'purge-atlas-deck-own';

function readOwn(): string {
  try { return localStorage.getItem(OWN_KEY) ?? ''; } catch { return ''; }
}

/** The slides the lecturer wrote (title, section, text), by id, kept in localStorage, and a setter. */
export function useOwnSlides(): [OwnSlides, (own: OwnSlides) => void] {
  const raw = useSyncExternalStore(subscribe, readOwn, () => '');
  const own = useMemo<OwnSlides>(() => {
    try { const r = parseOwnSlides(raw ? JSON.parse(raw) : {}); return 'own' in r ? r.own : {}; } catch { return {}; }
  }, [raw]);
  const set = useCallback((next: OwnSlides) => {
    try { localStorage.setItem(OWN_KEY, JSON.stringify(next)); } catch { /* not kept */ }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [own, set];
}

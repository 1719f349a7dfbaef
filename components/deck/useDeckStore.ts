'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseOwnSlides, type OwnSlides } from '@/lib/lecture/deck';

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

const readers = new Map<string, () => string>();
const reader = (key: string) => {
  let r = readers.get(key);
  if (!r) {
    r = () => { try { return localStorage.getItem(key) ?? ''; } catch { return ''; } };
    readers.set(key, r);
  }
  return r;
};

/** A JSON value kept in localStorage under `key`, read through `parse` (which returns the fallback for anything else), and a setter. */
function useStoredJson<T>(key: string, parse: (v: unknown) => T): [T, (v: T) => void] {
  const raw = useSyncExternalStore(subscribe, reader(key), () => '');
  const value = useMemo(() => {
    try { return parse(raw ? JSON.parse(raw) : undefined); } catch { return parse(undefined); }
  }, [raw, parse]);
  const set = useCallback((next: T) => {
    try { localStorage.setItem(key, JSON.stringify(next)); } catch { /* not kept */ }
    window.dispatchEvent(new Event(EVENT));
  }, [key]);
  return [value, set];
}

const parseNotes = (o: unknown): Record<string, string> =>
  o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.entries(o as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
const parseOwn = (o: unknown): OwnSlides => { const r = parseOwnSlides(o ?? {}); return 'own' in r ? r.own : {}; };

/** The lecturer's own notes by slide id (kept in localStorage beside the deck) and a setter. */
export function useDeckNotes(): [Record<string, string>, (notes: Record<string, string>) => void] {
  return useStoredJson('purge-atlas-deck-notes', parseNotes);
}

/** The slides the lecturer wrote (title, section, text), by id, kept in localStorage, and a setter. */
export function useOwnSlides(): [OwnSlides, (own: OwnSlides) => void] {
  return useStoredJson('purge-atlas-deck-own', parseOwn);
}

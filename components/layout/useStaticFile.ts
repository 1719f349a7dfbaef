'use client';
import { useEffect, useState } from 'react';
import { withBase } from '@/lib/charts/paths';

const files = new Map<string, Promise<unknown>>();

/** A JSON file the build wrote to public/ (a path like "/lecture-deck.json"), fetched once per page and shared. */
export function fetchStatic<T>(file: string): Promise<T> {
  let p = files.get(file);
  if (!p) {
    p = fetch(withBase(file)).then((r) => {
      if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
      return r.json();
    });
    // a failed fetch is tried again next time
    p.catch(() => files.delete(file));
    files.set(file, p);
  }
  return p as Promise<T>;
}

/**
 * Data kept out of the HTML as served and fetched when `needed` (lecture mode's slides, quote rows, the
 * network's timeline): null while loading or not needed; `error` says why it could not be fetched.
 */
export function useStaticFile<T>(file: string, needed = true): { data: T | null; error?: string } {
  const [state, setState] = useState<{ data: T | null; error?: string }>({ data: null });
  useEffect(() => {
    if (!needed) return;
    let live = true;
    fetchStatic<T>(file).then((data) => { if (live) setState({ data }); }, (e: Error) => { if (live) setState({ data: null, error: e.message }); });
    return () => { live = false; };
  }, [file, needed]);
  return state;
}

'use client';
import { useEffect, useState } from 'react';
import { DECK_FILE, type DeckPayload } from '@/lib/deckPayload';
import { withBase } from '@/lib/paths';

let cache: Promise<DeckPayload> | null = null;

/**
 * Lecture mode's slides (a static file written at build), fetched once the title slide is up: the HTML as
 * served carries the title slide only, not every chart's rows, the network and its layouts. `error` says
 * when they could not be fetched.
 */
export function useDeckPayload(): { payload: DeckPayload | null; error?: string } {
  const [state, setState] = useState<{ payload: DeckPayload | null; error?: string }>({ payload: null });
  useEffect(() => {
    let live = true;
    cache ??= fetch(withBase(DECK_FILE)).then((r) => {
      if (!r.ok) throw new Error(`${DECK_FILE}: HTTP ${r.status}`);
      return r.json() as Promise<DeckPayload>;
    });
    cache.then((payload) => { if (live) setState({ payload }); },
      (e: Error) => { cache = null; if (live) setState({ payload: null, error: e.message }); });
    return () => { live = false; };
  }, []);
  return state;
}

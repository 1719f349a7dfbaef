/** The deck's actions: each goes through the reducer (lib/lecture/deckState.ts), then writes the URL, tells the other windows or keeps a setting; and what those windows tell this one. */
'use client';
import { useCallback, useEffect, type Dispatch, type RefObject } from 'react';
import { encodeOwn, ownOf, parseDeck, parseOwnSlides, parseRoom, writeDeck, type OwnSlides } from '@/lib/lecture/deck';
import { adoptedPlace, deckReducer, type Blank, type DeckAction, type DeckState, type StepsOf, type Target } from '@/lib/lecture/deckState';
import { applyTheme } from '@/components/layout/theme';
import { writeDeckUrl } from './deckWindow';
import type { Message } from './useDeckChannel';

const CONTRAST_KEY = 'purge-atlas-contrast';

/** Reads the contrast a lecture starts with when the URL names none (kept by `toggleContrast`). */
export function storedContrast(): string | null {
  try { return localStorage.getItem(CONTRAST_KEY); } catch { return null; }
}

export interface DeckActions {
  /** To a place (clamped through the build steps), kept in the URL; told to the other windows unless `broadcast` is false. */
  move: (to: Target, broadcast?: boolean) => void;
  /** A new deck while presenting (a slide inserted): shown from `slide`, kept in the URL, told to the other windows. */
  adoptDeck: (deck: string[], own: OwnSlides, slide: number, broadcast: boolean) => void;
  showBlank: (b: Blank) => void;
  toggleContrast: () => void;
  toggleTheme: () => void;
}

export function useDeckActions(state: DeckState, dispatch: Dispatch<DeckAction>, stepsOf: StepsOf, valid: ReadonlySet<string>, post: (m: Message) => void, onMessage: RefObject<(m: Message) => void>): DeckActions {
  // dispatches an action and returns the state it leads to, for the side effects that follow it
  const run = useCallback((a: DeckAction) => { dispatch(a); return deckReducer(state, a); }, [state, dispatch]);
  const { deck } = state;

  const move = useCallback((to: Target, broadcast = true) => {
    const { place } = run({ type: 'move', to, stepsOf });
    writeDeckUrl(place);
    if (broadcast) post({ kind: 'place', deck: writeDeck(deck), ...place });
  }, [run, stepsOf, deck, post]);

  const adoptDeck = useCallback((d: string[], o: OwnSlides, slide: number, broadcast: boolean) => {
    dispatch({ type: 'adopt', deck: d, own: o, slide });
    const p = adoptedPlace(d, slide);
    const mine = ownOf(d, o);
    writeDeckUrl(p, { deck: writeDeck(d), own: Object.keys(mine).length ? encodeOwn(mine) : null });
    if (broadcast) post({ kind: 'deck', deck: writeDeck(d), own: mine, slide: p.slide });
  }, [dispatch, post]);

  const showBlank = useCallback((b: Blank) => {
    dispatch({ type: 'blank', blank: b });
    post({ kind: 'blank', blank: b });
  }, [dispatch, post]);

  const toggleContrast = useCallback(() => {
    const { contrast } = run({ type: 'toggleContrast' });
    try { localStorage.setItem(CONTRAST_KEY, contrast); } catch { /* not kept */ }
  }, [run]);

  const toggleTheme = useCallback(() => applyTheme(run({ type: 'toggleTheme' }).theme), [run]);

  // windows of the same deck follow each other: the presenter view drives the audience window (the channel reads the latest handler)
  useEffect(() => {
    onMessage.current = (m: Message) => {
      if (m?.kind === 'place' && m.deck === writeDeck(deck)) move({ slide: m.slide, step: m.step }, false);
      else if (m?.kind === 'room') { const r = parseRoom(m.room); if (r) dispatch({ type: 'room', room: r }); }
      else if (m?.kind === 'blank') dispatch({ type: 'blank', blank: m.blank === 'black' || m.blank === 'white' ? m.blank : null });
      else if (m?.kind === 'deck') {
        // the presenter inserted a slide: take the new deck (checked like a link's) and its place
        const r = parseOwnSlides(m.own ?? {});
        const linked = 'own' in r ? r.own : {};
        const d = parseDeck(typeof m.deck === 'string' ? m.deck : '', new Set([...valid, ...Object.keys(linked)]));
        if (d) adoptDeck(d, linked, Number(m.slide) || 0, false);
      }
    };
  }, [onMessage, deck, move, dispatch, valid, adoptDeck]);

  return { move, adoptDeck, showBlank, toggleContrast, toggleTheme };
}

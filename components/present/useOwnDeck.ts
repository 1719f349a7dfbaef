/** This browser's deck and own slides as a lecture meets them: the slides that can be inserted, inserting one ("My deck" follows), and editing a copy of a linked deck. */
'use client';
import { useCallback } from 'react';
import type { ResolvedChart } from '@/lib/charts/charts';
import { NETWORK_SLIDE, STORYLINE_SLIDE, TITLE_SLIDE, adoptOwn, writeDeck } from '@/lib/lecture/deck';
import { withInserted, type DeckState } from '@/lib/lecture/deckState';
import { withBase } from '@/lib/charts/paths';
import { useDeckStore, useOwnSlides } from '../deck/useDeckStore';
import { slideTitle, type DeckData } from './Slide';
import type { InsertOption } from './InsertSlide';
import type { DeckActions } from './useDeckActions';

export function useOwnDeck(state: DeckState, data: DeckData, charts: readonly ResolvedChart[], adoptDeck: DeckActions['adoptDeck']) {
  const { deck, own, place } = state;
  const [storedDeck, setStoredDeck] = useDeckStore();
  const [storedOwn, setStoredOwn] = useOwnSlides();

  // slides that can be inserted after the current one: any not in the deck, and this browser's own slides
  const insertOptions: InsertOption[] = [
    ...[TITLE_SLIDE, NETWORK_SLIDE, STORYLINE_SLIDE, ...charts.map((c) => c.spec.slug)].filter((s) => !deck.includes(s)).map((s) => ({ id: s, title: slideTitle(s, data) })),
    ...Object.entries(storedOwn).filter(([k, o]) => !deck.some((x) => x === k && JSON.stringify(own[x]) === JSON.stringify(o))).map(([k, o]) => ({ id: k, title: `Yours: ${o.title}` })),
  ];
  const insert = (pick: string) => {
    const d = withInserted(state, pick, storedOwn);
    adoptDeck(d.deck, d.own, place.slide + 1, true);
    // "My deck" follows when it is the deck being presented
    if (writeDeck(storedDeck) === writeDeck(deck) && !storedOwn[pick]) setStoredDeck(d.deck);
  };
  // a deck from a shared link: the lecturer edits their own copy of it, the link's own slides with fresh ids beside the ones this browser has
  const editCopy = useCallback(() => {
    const copy = adoptOwn(deck, own, storedOwn);
    setStoredOwn(copy.own);
    setStoredDeck(copy.deck);
    window.location.assign(withBase('/deck'));
  }, [deck, own, storedOwn, setStoredOwn, setStoredDeck]);

  return { insertOptions, insert, editCopy };
}

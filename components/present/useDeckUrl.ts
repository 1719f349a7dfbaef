/** Reads the deck's URL once the slides' data is in (deck, own slides, place, view, contrast) and keeps the lecture font to the window's height. */
'use client';
import { useEffect, type Dispatch } from 'react';
import { DEFAULT_DECK, ROOM_1080P, TITLE_SLIDE, parseDeckQuery, parsePlace, roomFont, type Room } from '@/lib/lecture/deck';
import type { DeckAction } from '@/lib/lecture/deckState';
import type { DeckPayload } from '@/lib/lecture/deckPayload';
import { effectiveTheme } from '@/components/layout/theme';
import { slideSteps, type DeckData } from './Slide';
import { storedContrast } from './useDeckActions';

export function useDeckUrl(payload: DeckPayload | null, valid: ReadonlySet<string>, data: DeckData, dispatch: Dispatch<DeckAction>) {
  useEffect(() => {
    if (!payload) return;
    const p = new URLSearchParams(window.location.search);
    const { deck: custom, own } = parseDeckQuery(p, valid);
    const d = custom ?? DEFAULT_DECK.filter((s) => valid.has(s));
    // the window's slide area is not measured yet: the window less the deck bar stands in for it
    const guess: Room = p.get('presenter') === '1' ? ROOM_1080P : { width: window.innerWidth, height: window.innerHeight - 48, font: roomFont(window.innerHeight) };
    let c: string | null = p.get('contrast');
    if (c !== 'high' && c !== 'normal') c = storedContrast();
    dispatch({
      type: 'read', deck: d, own, custom: !!custom, place: parsePlace(p), stepsOf: (i) => slideSteps(d[i] ?? TITLE_SLIDE, data, guess),
      presenter: p.get('presenter') === '1', highContrast: c === 'high', theme: effectiveTheme(), font: roomFont(window.innerHeight),
    });
    const onResize = () => dispatch({ type: 'font', font: roomFont(window.innerHeight) });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [valid, data, payload, dispatch]);
}

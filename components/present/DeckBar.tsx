/** The deck's toolbar: previous and next, the place, fullscreen, contrast, theme, blank, insert, the other window, handout, "My deck" and leave. */
'use client';
import type { Dispatch } from 'react';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { encodeOwn, ownOf, writeDeck, type Place } from '@/lib/lecture/deck';
import type { DeckAction, DeckState, StepsOf } from '@/lib/lecture/deckState';
import { withBase } from '@/lib/charts/paths';
import { toggleFullscreen } from './deckWindow';
import type { DeckActions } from './useDeckActions';

interface Props {
  state: DeckState;
  stepsOf: StepsOf;
  /** The place after this one (the same object at the deck's end). */
  next: Place;
  actions: DeckActions;
  dispatch: Dispatch<DeckAction>;
  leave: () => void;
  /** A linked deck becomes the lecturer's own (then /deck opens). */
  onEditCopy: () => void;
}

export function DeckBar({ state, stepsOf, next, actions, dispatch, leave, onEditCopy }: Props) {
  const { deck, own, place, ready, typed, contrast, theme, blank, presenter, inserting, customDeck } = state;
  const { move, showBlank, toggleContrast, toggleTheme } = actions;
  const total = deck.length;
  const ownParam = Object.keys(ownOf(deck, own)).length ? `&own=${encodeOwn(ownOf(deck, own))}` : '';
  const deckQuery = customDeck ? `deck=${encodeURIComponent(writeDeck(deck))}${ownParam}&` : '';
  return (
    <nav className="deck-bar no-print" aria-label="Presentation">
      <button type="button" onClick={() => move('prev')} aria-label="Previous slide" disabled={!ready || (place.slide === 0 && place.step === 0)}>◀</button>
      <span className="deck-pos" data-testid="deck-pos">{place.slide + 1} / {total}{stepsOf(place.slide) > 1 ? ` · step ${place.step + 1} of ${stepsOf(place.slide)}` : ''}{typed && ` · go to ${typed}…`}</span>
      <button type="button" onClick={() => move('next')} aria-label="Next slide" disabled={!ready || next === place}>▶</button>
      <button type="button" onClick={toggleFullscreen}>Fullscreen (F)</button>
      <button type="button" aria-pressed={contrast === 'high'} onClick={toggleContrast}>High contrast (C)</button>
      <button type="button" onClick={toggleTheme} data-theme-now={theme}>{theme === 'dark' ? 'Light' : 'Dark'} (T)</button>
      <button type="button" aria-pressed={blank !== null} onClick={() => showBlank(blank ? null : 'black')}>Blank (B, W)</button>
      {!presenter && <button type="button" aria-expanded={inserting} onClick={() => dispatch({ type: 'inserting' })}>Insert (I)</button>}
      {presenter
        ? <button type="button" onClick={() => window.open(withBase(`/present?${deckQuery}slide=${place.slide + 1}`), 'purge-atlas-audience')}>Open audience window</button>
        : <a className="button" href={withBase(`/present?${deckQuery}presenter=1&slide=${place.slide + 1}`)} target="_blank" rel="noopener">Presenter view</a>}
      <a className="button" href={withBase(`/present/handout${customDeck ? `?deck=${encodeURIComponent(writeDeck(deck))}${ownParam}` : ''}`)}>Handout (PDF)</a>
      {customDeck
        // a deck from a shared link: the lecturer edits their own copy of it
        ? <button type="button" onClick={onEditCopy}>Edit a copy</button>
        : <Link className="button" href="/deck">My deck</Link>}
      <button type="button" onClick={leave}>Leave (Esc)</button>
    </nav>
  );
}

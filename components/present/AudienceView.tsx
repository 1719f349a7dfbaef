/** The audience window: the slide in its room, the blank screen, the insert-a-slide panel (I), the toolbar and the slide announced to screen readers. */
'use client';
import type { Dispatch, ReactNode } from 'react';
import type { Room } from '@/lib/lecture/deck';
import type { DeckAction, DeckState } from '@/lib/lecture/deckState';
import { Slide, slideTitle, type DeckData } from './Slide';
import { InsertSlide, type InsertOption } from './InsertSlide';

interface Props {
  state: DeckState;
  dispatch: Dispatch<DeckAction>;
  data: DeckData;
  /** The current slide's id. */
  id: string;
  idle: boolean;
  /** The slide area, measured (reported to presenter views), and the room slides are laid out for. */
  roomRef: (el: HTMLDivElement | null) => void;
  room: Room;
  /** The slide area is not measured yet: the slide is laid out for a guessed room. */
  guess: boolean;
  insertOptions: readonly InsertOption[];
  onInsert: (pick: string) => void;
  /** The slides' loading error, if any, and the deck's toolbar. */
  failed: ReactNode;
  bar: ReactNode;
}

export function AudienceView({ state, dispatch, data, id, idle, roomRef, room, guess, insertOptions, onInsert, failed, bar }: Props) {
  const { deck, place, contrast, ready, blank, inserting } = state;
  const total = deck.length;
  return (
    <div className="deck deck-audience" data-contrast={contrast} data-ready={ready} data-idle={idle}>
      {blank && <div className="deck-blank" data-blank={blank} aria-label={`Screen blanked (${blank}); press any key to bring the slide back`} role="img" />}
      {inserting && (
        <div className="deck-insert-pop no-print" role="dialog" aria-label="Insert a slide">
          <InsertSlide options={insertOptions} after={place.slide} onInsert={(pick) => { onInsert(pick); dispatch({ type: 'inserting', open: false }); }} />
          <button type="button" onClick={() => dispatch({ type: 'inserting', open: false })}>Close</button>
        </div>
      )}
      <div ref={roomRef} className="slide-room">
        <Slide id={id} step={place.step} data={data} number={place.slide + 1} total={total} room={room} live guess={guess} />
      </div>
      {failed}
      {bar}
      <p className="visually-hidden" aria-live="polite">{`Slide ${place.slide + 1} of ${total}: ${slideTitle(id, data, place.step)}`}</p>
    </div>
  );
}

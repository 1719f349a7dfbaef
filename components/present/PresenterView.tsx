/** The presenter view: the current slide and the next as the room sees them, the blank screen's state, the clock, inserting, the fit check and the notes. */
'use client';
import type { ReactNode } from 'react';
import type { Place } from '@/lib/lecture/deck';
import type { DeckState } from '@/lib/lecture/deckState';
import { Slide, type DeckData } from './Slide';
import { Stage } from './Stage';
import { InsertSlide, type InsertOption } from './InsertSlide';
import { FitCheck } from './FitCheck';
import { Notes, OwnNotes } from './Notes';
import { Timer } from './Timer';

interface Props {
  state: DeckState;
  data: DeckData;
  /** The current slide's id. */
  id: string;
  /** The place after this one (the same object at the deck's end). */
  next: Place;
  idle: boolean;
  insertOptions: readonly InsertOption[];
  onInsert: (pick: string) => void;
  /** The slides' loading error, if any, and the deck's toolbar. */
  failed: ReactNode;
  bar: ReactNode;
}

export function PresenterView({ state, data, id, next, idle, insertOptions, onInsert, failed, bar }: Props) {
  const { deck, place, room, contrast, ready, blank } = state;
  const total = deck.length;
  // both previews take the room's shape
  const roomShape = { aspectRatio: `${room.width} / ${room.height}` };
  return (
    <div className="deck deck-presenter" data-contrast={contrast} data-presenter="true" data-ready={ready} data-idle={idle}>
      <div className="presenter-grid">
        <div className="presenter-current" data-room={`${room.width}x${room.height}`} style={roomShape}>
          <Stage room={room} label="Current slide, as the room sees it">
            <Slide id={id} step={place.step} data={data} number={place.slide + 1} total={total} room={room} live />
          </Stage>
        </div>
        <div className="presenter-side">
          <h2 className="presenter-h">Next</h2>
          <div className="presenter-next" style={roomShape}>
            {next !== place
              ? <Stage room={room} label="Next slide"><Slide id={deck[next.slide]} step={next.step} data={data} number={next.slide + 1} total={total} room={room} /></Stage>
              : <p>End of the deck.</p>}
          </div>
          {blank && <p className="presenter-blank" role="status">The room&apos;s screen is blanked ({blank}); press any key to bring the slide back.</p>}
          <Timer />
          <InsertSlide options={insertOptions} after={place.slide} onInsert={onInsert} />
          <FitCheck deck={deck} data={data} room={room} />
          <h2 className="presenter-h">Notes</h2>
          <OwnNotes id={id} />
          <Notes id={id} step={place.step} data={data} />
        </div>
      </div>
      {failed}
      {bar}
    </div>
  );
}

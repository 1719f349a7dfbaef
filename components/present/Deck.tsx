/** Lecture mode's deck: the lecture's state (a reducer, lib/lecture/deckState.ts) with the hooks that do its side effects, drawn as the presenter view or the audience window. */
'use client';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { ROOM_1080P, TITLE_SLIDE, nextPlace, validSlides, type Room } from '@/lib/lecture/deck';
import { deckReducer, initialDeckState } from '@/lib/lecture/deckState';
import type { SourceInfo } from '@/lib/charts/format';
import { slideSteps, useDeckData } from './Slide';
import { useStaticFile } from '@/components/layout/useStaticFile';
import { DECK_FILE, EMPTY_DECK, type DeckPayload } from '@/lib/lecture/deckPayload';
import { useBox } from '../shared/useBox';
import { leaveDeck } from './deckWindow';
import { useDeckUrl } from './useDeckUrl';
import { useWarmCharts } from './useWarmCharts';
import { useDeckChannel } from './useDeckChannel';
import { useDeckActions } from './useDeckActions';
import { useIdle } from './useIdle';
import { useDeckKeys } from './useDeckKeys';
import { useOwnDeck } from './useOwnDeck';
import { DeckBar } from './DeckBar';
import { PresenterView } from './PresenterView';
import { AudienceView } from './AudienceView';

interface Props {
  /** Every chart's slug: the slides a deck may name, known before the slides' data arrives. */
  slugs: readonly string[];
  /** Theme page of each chart, to leave the deck to. */
  pages: Record<string, string>;
  sources: readonly SourceInfo[];
}

/**
 * Lecture mode. The place (slide and build step) is in the URL (?slide=5&step=2), so a refresh or a link
 * keeps it; ?deck=a,b,c gives a custom deck; ?presenter=1 the presenter view, which drives any audience
 * window of the same deck through a BroadcastChannel. The audience window tells the presenter view the size
 * of its room, and the presenter's previews are drawn at that size and scaled down, so they show the slide
 * exactly as the room sees it. The lecture's state is a reducer (lib/lecture/deckState.ts); the hooks here
 * do what it leads to in the window.
 */
export function Deck({ slugs, pages, sources }: Props) {
  // before the URL is read: the default deck (the slides `slugs` allows, as useDeckData's `valid`)
  const [state, dispatch] = useReducer(deckReducer, slugs, (s) => initialDeckState(validSlides(s)));
  const { deck, place, presenter, room, font, ready } = state;
  // the title slide is drawn from the HTML as served; every other slide's data is fetched (lib/lecture/deckPayload.ts)
  const { data: payload, error } = useStaticFile<DeckPayload>(DECK_FILE);
  const { charts, network, layouts, storyline } = payload ?? EMPTY_DECK;
  const { data, valid } = useDeckData(charts, network, layouts, storyline, sources, state.own, slugs);
  // audience window: the slide area, reported to presenter views
  const [roomRef, roomBox] = useBox<HTMLDivElement>();

  // the room slides are laid out for: this window's slide area (audience), or the audience's (presenter view)
  const audienceRoom = useMemo<Room>(() => (roomBox.width > 0 ? { width: roomBox.width, height: roomBox.height, font } : ROOM_1080P), [roomBox.width, roomBox.height, font]);
  const layoutRoom = presenter ? room : audienceRoom;
  const stepsOf = useCallback((i: number) => slideSteps(deck[i] ?? TITLE_SLIDE, data, layoutRoom), [deck, data, layoutRoom]);

  useDeckUrl(payload, valid, data, dispatch);
  useWarmCharts(ready);
  // a resized room can have fewer build steps (a bar chart split in fewer parts): the place stays inside them
  // (not before the URL's deck is read: the first render's deck is the default one)
  useEffect(() => {
    if (ready) dispatch({ type: 'clamp', stepsOf });
  }, [stepsOf, deck.length, ready]);
  const { post, onMessage } = useDeckChannel(presenter, roomBox.width, roomBox.height, font);
  const actions = useDeckActions(state, dispatch, stepsOf, valid, post, onMessage);
  // no mouse movement for a while: the toolbar and the pointer (and any tooltip it left) are hidden
  const idle = useIdle();
  const leave = useCallback(() => leaveDeck(deck[place.slide], pages), [deck, place.slide, pages]);
  useDeckKeys(state, dispatch, actions, leave);
  const { insertOptions, insert, editCopy } = useOwnDeck(state, data, charts, actions.adoptDeck);

  const id = deck[place.slide] ?? TITLE_SLIDE;
  const next = nextPlace(place, stepsOf, deck.length);
  const failed = error && <p role="alert" className="slide-clipped deck-failed">The slides could not be loaded ({error}); reload the page to try again.</p>;
  const bar = <DeckBar state={state} stepsOf={stepsOf} next={next} actions={actions} dispatch={dispatch} leave={leave} onEditCopy={editCopy} />;
  if (presenter) {
    return <PresenterView state={state} data={data} id={id} next={next} idle={idle} insertOptions={insertOptions} onInsert={insert} failed={failed} bar={bar} />;
  }
  return (
    <AudienceView state={state} dispatch={dispatch} data={data} id={id} idle={idle} roomRef={roomRef} room={audienceRoom} guess={roomBox.width === 0}
      insertOptions={insertOptions} onInsert={insert} failed={failed} bar={bar} />
  );
}

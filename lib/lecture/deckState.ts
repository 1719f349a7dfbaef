/** Lecture mode's own state (deck, place, view, blanking, typed slide number…) as a pure reducer: the window's side effects stay in components/present. */
import {
  DEFAULT_DECK, ROOM_1080P, adoptOwn, clampPlace, insertAfter, nextPlace, prevPlace,
  type OwnSlides, type Place, type Room, type SlideId,
} from './deck';

export type Contrast = 'normal' | 'high';
export type Theme = 'light' | 'dark';
/** The blank screen: black (B or .), white (W), or the slide (null). */
export type Blank = 'black' | 'white' | null;
/** Build steps of the slide at an index, in the room the slides are laid out for (the caller knows the slides' data and room). */
export type StepsOf = (slide: number) => number;

export interface DeckState {
  deck: SlideId[];
  /** The lecturer's own slides, travelling in the link (?own=) with the deck that names them. */
  own: OwnSlides;
  /** The deck came from a link (?deck=) or was changed while presenting, rather than being the default one. */
  customDeck: boolean;
  place: Place;
  presenter: boolean;
  contrast: Contrast;
  theme: Theme;
  /** The lecture font for this window's height. */
  font: number;
  /** Presenter view: the audience window's room, 1080p until one reports. */
  room: Room;
  /** Digits typed to go to a slide (the last three), Enter goes. */
  typed: string;
  blank: Blank;
  /** The insert-a-slide panel of the audience window (I) is open. */
  inserting: boolean;
  /** The URL has been read and the keys are live (tests and scripts wait for it). */
  ready: boolean;
}

/** Where a move goes: a place (clamped), the next or previous build step, the first or last place, or the typed slide number. */
export type Target = Place | 'next' | 'prev' | 'first' | 'last' | 'typed';

export type DeckAction =
  /** The URL read once the slides' data is in: its deck (or the default one), place, view and contrast; the theme and font in force. */
  | { type: 'read'; deck: SlideId[]; own: OwnSlides; custom: boolean; place: Place; stepsOf: StepsOf; presenter: boolean; highContrast: boolean; theme: Theme; font: number }
  | { type: 'move'; to: Target; stepsOf: StepsOf }
  /** The place kept inside the build steps a resized room leaves. */
  | { type: 'clamp'; stepsOf: StepsOf }
  /** A new deck while presenting (a slide inserted), shown from `slide`. */
  | { type: 'adopt'; deck: SlideId[]; own: OwnSlides; slide: number }
  | { type: 'digit'; digit: string }
  | { type: 'blank'; blank: Blank }
  | { type: 'toggleContrast' }
  | { type: 'toggleTheme' }
  /** Open or close the insert panel; toggle it when `open` is not given. */
  | { type: 'inserting'; open?: boolean }
  | { type: 'room'; room: Room }
  | { type: 'font'; font: number };

/** Before the URL is read: the default deck (its slides that exist), the first slide, a 1080p room. */
export function initialDeckState(valid: ReadonlySet<SlideId>): DeckState {
  return {
    deck: DEFAULT_DECK.filter((s) => valid.has(s)), own: {}, customDeck: false, place: { slide: 0, step: 0 }, presenter: false,
    contrast: 'normal', theme: 'light', font: ROOM_1080P.font, room: ROOM_1080P, typed: '', blank: null, inserting: false, ready: false,
  };
}

/** The place an adopted deck is shown from: `slide` kept inside the deck, at its first step. */
export const adoptedPlace = (deck: readonly SlideId[], slide: number): Place => ({ slide: Math.min(Math.max(0, slide), deck.length - 1), step: 0 });

/** The blank screen after a key while blanked: W toggles white, B or . turn white to black, any other key brings the slide back. */
export function blankAfterKey(blank: Blank, key: string): Blank {
  if (key === 'w' || key === 'W') return blank === 'white' ? null : 'white';
  return (key === 'b' || key === 'B' || key === '.') && blank === 'white' ? 'black' : null;
}

/**
 * The deck and own slides after inserting `pick` after the current slide. `stored` is this browser's own slides:
 * one of them is taken in with a fresh id beside the deck's own (adoptOwn), so it never takes the place of another.
 */
export function withInserted(state: Pick<DeckState, 'deck' | 'own' | 'place'>, pick: SlideId, stored: OwnSlides): { deck: SlideId[]; own: OwnSlides } {
  let own = state.own;
  let id = pick;
  if (stored[pick]) {
    const a = adoptOwn([pick], { [pick]: stored[pick] }, Object.fromEntries(Object.entries(state.own).filter(([k]) => state.deck.includes(k))));
    id = a.deck[0];
    own = a.own;
  }
  return { deck: insertAfter(state.deck, id, state.place.slide), own };
}

function target(s: DeckState, to: Target, stepsOf: StepsOf): Place {
  if (to === 'next') return nextPlace(s.place, stepsOf, s.deck.length);
  if (to === 'prev') return prevPlace(s.place, stepsOf);
  if (to === 'first') return { slide: 0, step: 0 };
  if (to === 'last') return { slide: s.deck.length - 1, step: stepsOf(s.deck.length - 1) - 1 };
  if (to === 'typed') return { slide: Number(s.typed) - 1, step: 0 };
  return to;
}

export function deckReducer(s: DeckState, a: DeckAction): DeckState {
  switch (a.type) {
    case 'read': {
      // the same own slides keep the same object, so the deck's data does not change again
      const own = JSON.stringify(s.own) === JSON.stringify(a.own) ? s.own : a.own;
      return {
        ...s, own, deck: a.deck, customDeck: a.custom, place: clampPlace(a.place, a.stepsOf, a.deck.length), presenter: a.presenter,
        contrast: a.highContrast ? 'high' : s.contrast, theme: a.theme, font: a.font, ready: true,
      };
    }
    case 'move': {
      if (a.to === 'typed' && !s.typed) return s;
      const place = clampPlace(target(s, a.to, a.stepsOf), a.stepsOf, s.deck.length);
      return a.to === 'typed' ? { ...s, place, typed: '' } : { ...s, place };
    }
    case 'clamp': {
      const c = clampPlace(s.place, a.stepsOf, s.deck.length);
      return c.slide === s.place.slide && c.step === s.place.step ? s : { ...s, place: c };
    }
    case 'adopt':
      return { ...s, deck: a.deck, own: a.own, customDeck: true, place: adoptedPlace(a.deck, a.slide) };
    case 'digit':
      return /^[0-9]$/.test(a.digit) ? { ...s, typed: (s.typed + a.digit).slice(-3) } : s;
    case 'blank':
      return s.blank === a.blank ? s : { ...s, blank: a.blank };
    case 'toggleContrast':
      return { ...s, contrast: s.contrast === 'high' ? 'normal' : 'high' };
    case 'toggleTheme':
      return { ...s, theme: s.theme === 'dark' ? 'light' : 'dark' };
    case 'inserting': {
      const open = a.open ?? !s.inserting;
      return open === s.inserting ? s : { ...s, inserting: open };
    }
    case 'room':
      return { ...s, room: a.room };
    case 'font':
      return s.font === a.font ? s : { ...s, font: a.font };
  }
}

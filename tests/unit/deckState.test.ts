import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK, NETWORK_SLIDE, ROOM_1080P, TITLE_SLIDE, validSlides, type OwnSlides } from '@/lib/lecture/deck';
import {
  adoptedPlace, blankAfterKey, deckReducer, initialDeckState, withInserted, type DeckAction, type DeckState, type Target,
} from '@/lib/lecture/deckState';

/** A three-slide deck whose middle slide has three build steps. */
const steps = [1, 3, 1];
const stepsOf = (i: number) => steps[i];
const base = (over: Partial<DeckState> = {}): DeckState => ({ ...initialDeckState(validSlides(['a', 'b', 'c'])), deck: ['a', 'b', 'c'], ready: true, ...over });
const at = (slide: number, step: number) => base({ place: { slide, step } });
const move = (s: DeckState, to: Target) => deckReducer(s, { type: 'move', to, stepsOf });
const apply = (s: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, s);
const own: OwnSlides = { 'own-1': { kind: 'section', title: 'Mine', text: '' } };

describe('the deck before the URL is read', () => {
  it('is the default deck (only the slides that exist), at its start, in a 1080p room, not ready', () => {
    const s = initialDeckState(validSlides(['prisoners', 'not-in-the-default-deck']));
    expect(s.deck).toEqual(DEFAULT_DECK.filter((id) => id === 'prisoners' || id === TITLE_SLIDE || id === NETWORK_SLIDE || id === 'storyline'));
    expect(s.deck[0]).toBe(TITLE_SLIDE);
    expect(s).toMatchObject({ own: {}, customDeck: false, place: { slide: 0, step: 0 }, presenter: false, contrast: 'normal', theme: 'light', typed: '', blank: null, inserting: false, ready: false });
    expect(s.room).toEqual(ROOM_1080P);
    expect(s.font).toBe(ROOM_1080P.font);
  });
});

describe('reading the URL', () => {
  const read = (over: Partial<Extract<DeckAction, { type: 'read' }>> = {}): DeckAction => ({
    type: 'read', deck: ['x', 'y'], own: {}, custom: true, place: { slide: 1, step: 5 }, stepsOf: (i) => [1, 2][i], presenter: true, highContrast: false, theme: 'dark', font: 18, ...over,
  });
  it('takes the deck, clamps the place through the new deck\'s steps, and is ready', () => {
    const s = deckReducer(initialDeckState(validSlides([])), read());
    expect(s).toMatchObject({ deck: ['x', 'y'], customDeck: true, place: { slide: 1, step: 1 }, presenter: true, theme: 'dark', font: 18, ready: true });
    expect(deckReducer(s, read({ place: { slide: 7, step: 0 }, custom: false, presenter: false })).place).toEqual({ slide: 1, step: 0 });
  });
  it('turns high contrast on when asked, and never off (a re-read keeps the lecturer\'s choice)', () => {
    const s = initialDeckState(validSlides([]));
    expect(deckReducer(s, read({ highContrast: true })).contrast).toBe('high');
    expect(deckReducer(s, read()).contrast).toBe('normal');
    expect(deckReducer({ ...s, contrast: 'high' }, read()).contrast).toBe('high');
  });
  it('keeps the same own-slides object when the link carries the same slides', () => {
    const s = deckReducer(base(), read({ own: { ...own } }));
    expect(s.own).toEqual(own);
    const again = deckReducer(s, read({ own: JSON.parse(JSON.stringify(own)) }));
    expect(again.own).toBe(s.own);
    expect(deckReducer(s, read({ own: {} })).own).toEqual({});
  });
});

describe('moving', () => {
  it('steps through build steps before the next slide, and back, and stops at both ends', () => {
    const seen: string[] = [];
    let s = at(0, 0);
    for (let i = 0; i < 6; i++) { seen.push(`${s.place.slide}.${s.place.step}`); s = move(s, 'next'); }
    expect(seen).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.0']);
    const back: string[] = [];
    for (let i = 0; i < 6; i++) { back.push(`${s.place.slide}.${s.place.step}`); s = move(s, 'prev'); }
    expect(back).toEqual(['2.0', '1.2', '1.1', '1.0', '0.0', '0.0']);
  });
  it('clamps a place it is given to the deck and to the slide\'s build steps', () => {
    expect(move(at(0, 0), { slide: 40, step: 9 }).place).toEqual({ slide: 2, step: 0 });
    expect(move(at(0, 0), { slide: 1, step: 9 }).place).toEqual({ slide: 1, step: 2 });
    expect(move(at(2, 0), { slide: -3, step: -1 }).place).toEqual({ slide: 0, step: 0 });
    expect(move(at(0, 0), { slide: 1.7, step: Number.NaN }).place).toEqual({ slide: 1, step: 0 });
  });
  it('goes to the first place and to the last step of the last slide', () => {
    expect(move(at(1, 2), 'first').place).toEqual({ slide: 0, step: 0 });
    expect(move(at(0, 0), 'last').place).toEqual({ slide: 2, step: 0 });
    expect(deckReducer(at(0, 0), { type: 'move', to: 'last', stepsOf: (i) => [1, 1, 4][i] }).place).toEqual({ slide: 2, step: 3 });
  });
  it('a move changes only the place', () => {
    const s = base({ typed: '2', blank: 'black', contrast: 'high' });
    const n = move(s, 'next');
    expect(n).toEqual({ ...s, place: { slide: 1, step: 0 } });
  });
  it('keeps the place inside the steps a resized room leaves, and changes nothing when it is inside', () => {
    const s = at(1, 2);
    expect(deckReducer(s, { type: 'clamp', stepsOf: (i) => [1, 2, 1][i] }).place).toEqual({ slide: 1, step: 1 });
    expect(deckReducer(s, { type: 'clamp', stepsOf })).toBe(s);
    expect(deckReducer(base({ deck: ['a'], place: { slide: 2, step: 0 } }), { type: 'clamp', stepsOf }).place).toEqual({ slide: 0, step: 0 });
  });
});

describe('typed slide numbers', () => {
  it('keeps the last three digits typed and ignores anything else', () => {
    const s = apply(base(), { type: 'digit', digit: '1' }, { type: 'digit', digit: '2' });
    expect(s.typed).toBe('12');
    expect(apply(s, { type: 'digit', digit: '3' }, { type: 'digit', digit: '4' }).typed).toBe('234');
    expect(deckReducer(s, { type: 'digit', digit: 'x' })).toBe(s);
    expect(deckReducer(s, { type: 'digit', digit: '10' })).toBe(s);
  });
  it('Enter goes to the typed slide (1-based, clamped, first step) and clears the digits', () => {
    expect(move(base({ typed: '2', place: { slide: 0, step: 0 } }), 'typed')).toMatchObject({ place: { slide: 1, step: 0 }, typed: '' });
    expect(move(base({ typed: '99' }), 'typed')).toMatchObject({ place: { slide: 2, step: 0 }, typed: '' });
    expect(move(base({ typed: '0', place: { slide: 2, step: 0 } }), 'typed')).toMatchObject({ place: { slide: 0, step: 0 }, typed: '' });
  });
  it('without digits Enter changes nothing', () => {
    const s = at(1, 1);
    expect(move(s, 'typed')).toBe(s);
  });
});

describe('adopting a deck while presenting', () => {
  it('takes the deck and its own slides, marks it custom, and shows it from the slide given, first step', () => {
    const s = deckReducer(at(1, 2), { type: 'adopt', deck: ['a', 'own-1', 'b', 'c'], own, slide: 1 });
    expect(s).toMatchObject({ deck: ['a', 'own-1', 'b', 'c'], own, customDeck: true, place: { slide: 1, step: 0 } });
  });
  it('keeps the slide inside the new deck', () => {
    expect(deckReducer(at(0, 0), { type: 'adopt', deck: ['a', 'b'], own: {}, slide: 9 }).place).toEqual({ slide: 1, step: 0 });
    expect(deckReducer(at(2, 0), { type: 'adopt', deck: ['a', 'b'], own: {}, slide: -4 }).place).toEqual({ slide: 0, step: 0 });
    expect(adoptedPlace(['a', 'b', 'c'], 2)).toEqual({ slide: 2, step: 0 });
  });
});

describe('inserting', () => {
  it('opens, closes and toggles the insert panel (the same state when nothing changes)', () => {
    const open = deckReducer(base(), { type: 'inserting' });
    expect(open.inserting).toBe(true);
    expect(deckReducer(open, { type: 'inserting' }).inserting).toBe(false);
    expect(deckReducer(open, { type: 'inserting', open: false }).inserting).toBe(false);
    expect(deckReducer(open, { type: 'inserting', open: true })).toBe(open);
    const closed = base();
    expect(deckReducer(closed, { type: 'inserting', open: false })).toBe(closed);
  });
  it('puts a slide after the current one', () => {
    expect(withInserted(at(0, 0), 'x', {})).toEqual({ deck: ['a', 'x', 'b', 'c'], own: {} });
    expect(withInserted(at(2, 0), NETWORK_SLIDE, {})).toEqual({ deck: ['a', 'b', 'c', NETWORK_SLIDE], own: {} });
    // a slide already in the deck moves there
    expect(withInserted(at(0, 0), 'c', {}).deck).toEqual(['a', 'c', 'b']);
  });
  it('takes one of this browser\'s own slides in with a fresh id beside the deck\'s own, dropping own slides the deck no longer uses', () => {
    const mine: OwnSlides = { 'own-1': { kind: 'text', title: 'From this browser', text: 'Hello' } };
    const s = base({ deck: ['a', 'own-1', 'b'], own: { ...own, 'own-7': { kind: 'title', title: 'Unused', text: '' } }, place: { slide: 1, step: 0 } });
    const r = withInserted(s, 'own-1', mine);
    expect(r.deck).toEqual(['a', 'own-1', 'own-2', 'b']);
    expect(r.own).toEqual({ ...own, 'own-2': mine['own-1'] });
    // the inserted deck is then adopted, shown from the inserted slide
    expect(deckReducer(s, { type: 'adopt', deck: r.deck, own: r.own, slide: s.place.slide + 1 })).toMatchObject({ deck: r.deck, own: r.own, place: { slide: 2, step: 0 }, customDeck: true });
  });
});

describe('blanking, contrast, theme, room and font', () => {
  it('blanks the screen black or white and brings the slide back (the same state when nothing changes)', () => {
    const black = deckReducer(base(), { type: 'blank', blank: 'black' });
    expect(black.blank).toBe('black');
    expect(deckReducer(black, { type: 'blank', blank: 'white' }).blank).toBe('white');
    expect(deckReducer(black, { type: 'blank', blank: null }).blank).toBeNull();
    expect(deckReducer(black, { type: 'blank', blank: 'black' })).toBe(black);
  });
  it('a key while blanked: W toggles white, B or . turn white to black, any other key brings the slide back', () => {
    expect(blankAfterKey('black', 'w')).toBe('white');
    expect(blankAfterKey('black', 'W')).toBe('white');
    expect(blankAfterKey('white', 'w')).toBeNull();
    expect(blankAfterKey('white', 'b')).toBe('black');
    expect(blankAfterKey('white', '.')).toBe('black');
    expect(blankAfterKey('white', 'B')).toBe('black');
    expect(blankAfterKey('black', 'b')).toBeNull();
    expect(blankAfterKey('black', 'ArrowRight')).toBeNull();
    expect(blankAfterKey('white', 'Escape')).toBeNull();
  });
  it('toggles high contrast and the theme', () => {
    const high = deckReducer(base(), { type: 'toggleContrast' });
    expect(high.contrast).toBe('high');
    expect(deckReducer(high, { type: 'toggleContrast' }).contrast).toBe('normal');
    const dark = deckReducer(base(), { type: 'toggleTheme' });
    expect(dark.theme).toBe('dark');
    expect(deckReducer(dark, { type: 'toggleTheme' }).theme).toBe('light');
  });
  it('takes the audience window\'s room and this window\'s font', () => {
    const room = { width: 1280, height: 670, font: 17 };
    expect(deckReducer(base(), { type: 'room', room }).room).toEqual(room);
    const s = deckReducer(base(), { type: 'font', font: 30 });
    expect(s.font).toBe(30);
    expect(deckReducer(s, { type: 'font', font: 30 })).toBe(s);
  });
  it('never changes the state it is given', () => {
    const s = base({ typed: '1' });
    const copy = JSON.parse(JSON.stringify(s));
    apply(s, { type: 'move', to: 'next', stepsOf }, { type: 'digit', digit: '2' }, { type: 'blank', blank: 'white' }, { type: 'toggleContrast' }, { type: 'inserting' },
      { type: 'adopt', deck: ['c'], own: {}, slide: 0 }, { type: 'font', font: 12 });
    expect(s).toEqual(copy);
  });
});

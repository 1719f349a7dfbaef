import { describe, expect, it } from 'vitest';
import { CHARTS, resolveChart } from '@/lib/charts/charts';
import { readDataset } from '@/lib/data/data';
import {
  DEFAULT_DECK, MAX_DECK, NETWORK_SLIDE, STORYLINE_SLIDE, ROOM_1080P, TITLE_SLIDE, chartSteps, clampPlace, nextPlace, parseDeck, parsePlace, parseRoom, prevPlace,
  roomFont, rowsAtStep, validSlides, deckFile, parseDeckFile, insertAfter, moveSlide, decodeOwn, encodeOwn, parseOwnSlides, newOwnId, pushEdit, popEdit, UNDO_MAX,
} from '@/lib/lecture/deck';
import { requireSeeds } from './helpers';
import { deckData } from '@/lib/lecture/present';
import { DECK_FILE, EMPTY_DECK, type DeckPayload } from '@/lib/lecture/deckPayload';

const { dataset } = readDataset(undefined, requireSeeds());
const valid = validSlides(CHARTS.map((c) => c.slug));
const chart = (slug: string) => resolveChart(CHARTS.find((c) => c.slug === slug)!, dataset);

describe('decks', () => {
  it('the default deck follows the narrative and names only slides that exist', () => {
    for (const id of DEFAULT_DECK) expect(valid.has(id), id).toBe(true);
    const themes = DEFAULT_DECK.filter((id) => id !== TITLE_SLIDE && id !== NETWORK_SLIDE && id !== STORYLINE_SLIDE).map((id) => CHARTS.find((c) => c.slug === id)!.theme);
    const order = ['collectivisation', 'agriculture', 'officer_corps', 'repression', 'congress'];
    expect([...new Set(themes)]).toEqual(order);
    expect(DEFAULT_DECK[0]).toBe(TITLE_SLIDE);
    // the party struggle closes the lecture: the network year by year, then the whole arc as a storyline
    expect(DEFAULT_DECK.slice(-2)).toEqual([NETWORK_SLIDE, STORYLINE_SLIDE]);
  });

  it('parses a deck strictly: unknown and repeated slides dropped, capped, null when empty', () => {
    expect(parseDeck('prisoners,<script>,prisoners,network,__proto__,title', valid)).toEqual(['prisoners', 'network', 'title']);
    expect(parseDeck('', valid)).toBeNull();
    expect(parseDeck('nope,also-nope', valid)).toBeNull();
    // more distinct known slides than the cap: the first MAX_DECK are kept, in order
    const slugs = Array.from({ length: MAX_DECK + 15 }, (_, i) => `chart-${i}`);
    expect(parseDeck(slugs.join(','), validSlides(slugs))).toEqual(slugs.slice(0, MAX_DECK));
  });

  it('reads ?slide and ?step as 1-based numbers and ignores anything else', () => {
    expect(parsePlace(new URLSearchParams('slide=5&step=2'))).toEqual({ slide: 4, step: 1 });
    expect(parsePlace(new URLSearchParams('slide=5x&step=-1'))).toEqual({ slide: 0, step: 0 });
    expect(parsePlace(new URLSearchParams('slide=99999'))).toEqual({ slide: 0, step: 0 });
  });

  it('steps through build steps before moving to the next slide, and back', () => {
    const steps = [1, 3, 1];
    const of = (i: number) => steps[i];
    let p = { slide: 0, step: 0 };
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) { seen.push(`${p.slide}.${p.step}`); p = nextPlace(p, of, 3); }
    expect(seen).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.0']);
    expect(prevPlace({ slide: 2, step: 0 }, of)).toEqual({ slide: 1, step: 2 });
    expect(prevPlace({ slide: 0, step: 0 }, of)).toEqual({ slide: 0, step: 0 });
    expect(clampPlace({ slide: 40, step: 9 }, of, 3)).toEqual({ slide: 2, step: 0 });
    expect(clampPlace({ slide: 1, step: 9 }, of, 3)).toEqual({ slide: 1, step: 2 });
  });

  it('a line chart reveals its years one by one, with every point by the last step', () => {
    const c = chart('collective-farms');
    const years = chartSteps(c);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBe(1929);
    const counts = years.map((_, i) => rowsAtStep(c, i).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
    expect(rowsAtStep(c, years.length - 1)).toEqual(c.rows);
    // every point shown at a step is from that step's year or before
    expect(rowsAtStep(c, 1).every((r) => (r.row.period_start ?? 0) <= years[1])).toBe(true);
    // a bar chart has no steps: all of it at once
    expect(chartSteps(chart('executed-by-rank'))).toEqual([]);
    expect(rowsAtStep(chart('executed-by-rank'), 0)).toEqual(chart('executed-by-rank').rows);
  });
});

describe('rooms (the size of the audience window, told to the presenter view)', () => {
  it('the lecture font is 2.25% of the window height (the back row reads it at any resolution), never below 14 px', () => {
    expect(roomFont(1080)).toBe(25);
    expect(roomFont(768)).toBe(18);
    expect(roomFont(2160)).toBe(49);
    expect(roomFont(400)).toBe(14);
    for (const h of [720, 768, 1080, 1440, 2160]) expect(roomFont(h)).toBeGreaterThanOrEqual(0.022 * h);
    expect(ROOM_1080P.font).toBe(roomFont(1080));
  });
  it('takes a well-formed room and refuses anything else another window might post', () => {
    expect(parseRoom({ width: 1600, height: 850, font: 24 })).toEqual({ width: 1600, height: 850, font: 24 });
    expect(parseRoom({ width: 1600, height: 850, font: 24, extra: '<script>' })).toEqual({ width: 1600, height: 850, font: 24 });
    for (const bad of [null, undefined, 'room', 42, [], {}, { width: 1600, height: 850 }, { width: '1600', height: 850, font: 24 },
      { width: Number.NaN, height: 850, font: 24 }, { width: 1e9, height: 850, font: 24 }, { width: 1600, height: -1, font: 24 },
      { width: 1600, height: 850, font: Infinity }]) {
      expect(parseRoom(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('deck files and editing', () => {
  it('writes a deck file and reads it back', () => {
    const d = ['title', 'prisoners', 'network'];
    expect(parseDeckFile(deckFile(d), valid)).toEqual({ deck: d, notes: {}, own: {} });
    // the lecturer's notes travel with it (empty ones and notes of slides not in the deck are not written)
    const notes = { prisoners: 'Stress the range.', title: '  ', collectivisation: 'x' };
    expect(parseDeckFile(deckFile(d, notes), valid)).toEqual({ deck: d, notes: { prisoners: 'Stress the range.' }, own: {} });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['title'], notes: { prisoners: 'x' } }), valid)).toEqual({ error: 'notes for "prisoners": that slide is not in the deck' });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['title'], notes: { title: 3 } }), valid)).toEqual({ error: 'notes for "title" must be text' });
  });
  it('says what is wrong with a bad file, and where', () => {
    expect(parseDeckFile('{oops', valid)).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
    expect(parseDeckFile('[]', valid)).toMatchObject({ error: expect.stringMatching(/not a deck file/) });
    expect(parseDeckFile(JSON.stringify({ format: 'other', version: 1, slides: ['title'] }), valid)).toMatchObject({ error: expect.stringMatching(/"format" must be/) });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 2, slides: ['title'] }), valid)).toMatchObject({ error: expect.stringMatching(/version/) });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['title', 'nope'] }), valid)).toEqual({ error: 'slide 2: "nope" is not a slide of this site' });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['title', 'title'] }), valid)).toEqual({ error: 'slide 2: "title" is in the deck twice' });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: [3] }), valid)).toEqual({ error: 'slide 1: 3 is not a slide id' });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: [] }), valid)).toEqual({ error: '"slides" is empty' });
  });
  it('inserts after a place, and moves a slide already there', () => {
    expect(insertAfter(['a', 'b', 'c'], 'x', 0)).toEqual(['a', 'x', 'b', 'c']);
    expect(insertAfter(['a', 'b', 'c'], 'x', -1)).toEqual(['x', 'a', 'b', 'c']);
    expect(insertAfter(['a', 'b', 'c'], 'x', 9)).toEqual(['a', 'b', 'c', 'x']);
    expect(insertAfter(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(insertAfter(['a', 'b', 'c'], 'c', 0)).toEqual(['a', 'c', 'b']);
  });
  it('moves a slide to any place in one step', () => {
    expect(moveSlide(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveSlide(['a', 'b', 'c', 'd'], 0, 9)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveSlide(['a', 'b', 'c', 'd'], 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });
});

describe("the lecturer's own slides", () => {
  const own = { 'own-1': { kind: 'section' as const, title: 'Ежов, 1937 – “the year”', text: '' }, 'own-2': { kind: 'text' as const, title: 'Questions', text: 'One.\n\nTwo.' } };
  it('travel in a link and come back the same, any script included', () => {
    expect(decodeOwn(encodeOwn(own))).toEqual(own);
    expect(encodeOwn(own)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
  it('a damaged or forged link gives none', () => {
    expect(decodeOwn('%%%')).toEqual({});
    expect(decodeOwn(encodeOwn({ 'own-1': { kind: 'script', title: 'x', text: '' } } as never))).toEqual({});
    expect(decodeOwn(null)).toEqual({});
  });
  it('are checked field by field, with errors that name the slide', () => {
    expect(parseOwnSlides({ 'own-1': { kind: 'title', title: '', text: '' } })).toEqual({ error: 'own slide "own-1": "title" must be text' });
    expect(parseOwnSlides({ mine: { kind: 'title', title: 'x', text: '' } })).toEqual({ error: 'own slide "mine": ids are own-1, own-2, …' });
    expect(parseOwnSlides({ 'own-1': { kind: 'title', title: 'x'.repeat(201), text: '' } })).toMatchObject({ error: expect.stringMatching(/at most 200/) });
  });
  it('a quote slide names a row of data (table/id) and carries no quote of its own: a file or link cannot change what it quotes', () => {
    const q = { 'own-1': { kind: 'quote' as const, title: 'More than 35,000', text: 'Compare 001.', row: 'officer_corps/off_liquidated_000' } };
    expect(parseOwnSlides(q)).toEqual({ own: q });
    expect(decodeOwn(encodeOwn(q))).toEqual(q);
    // a quote text smuggled into the slide is dropped; only the row's name is kept
    expect(parseOwnSlides({ 'own-1': { ...q['own-1'], quote: 'forged words' } })).toEqual({ own: q });
    for (const row of [undefined, '', 'off_liquidated_000', 'officer_corps/', '../x/y', 'officer_corps/a b']) {
      expect(parseOwnSlides({ 'own-1': { ...q['own-1'], row } })).toEqual({ error: 'own slide "own-1": a quote slide\'s "row" must name a row of data as table/id' });
    }
    const file = deckFile(['own-1'], {}, q);
    expect(parseDeckFile(file, valid)).toEqual({ deck: ['own-1'], notes: {}, own: q });
  });
  it('are part of the deck and of its file', () => {
    const v = validSlides(CHARTS.map((c) => c.slug), Object.keys(own));
    expect(parseDeck('title,own-2,own-9', v)).toEqual(['title', 'own-2']);
    const file = deckFile(['own-2', 'title'], {}, own);
    expect(parseDeckFile(file, valid)).toEqual({ deck: ['own-2', 'title'], notes: {}, own: { 'own-2': own['own-2'] } });
    expect(parseDeckFile(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['own-3'] }), valid)).toEqual({ error: 'slide 1: "own-3" has no text under "own"' });
    expect(newOwnId(own)).toBe('own-3');
    expect(newOwnId({})).toBe('own-1');
  });
});

describe('undo on /deck', () => {
  it('every edit (remove and clear too) is undone in reverse order, back to the deck before the first', () => {
    const start = ['title', 'network', 'prisoners'];
    let deck = start;
    let history = pushEdit([], deck, 'removed network');
    deck = deck.filter((x) => x !== 'network');
    history = pushEdit(history, deck, 'cleared the deck of 2 slides');
    deck = [];
    history = pushEdit(history, deck, 'added "storyline"');
    deck = insertAfter(deck, 'storyline', -1);
    const undone: string[] = [];
    for (let u = popEdit(history); u; u = popEdit(history)) { undone.push(u.restore.what); deck = u.restore.deck; history = u.history; }
    expect(undone).toEqual(['added "storyline"', 'cleared the deck of 2 slides', 'removed network']);
    expect(deck).toEqual(start);
    expect(popEdit([])).toBeNull();
  });
  it('keeps the last UNDO_MAX edits, and a recorded deck is a copy (later edits do not change it)', () => {
    let history = pushEdit([], ['a'], 'first');
    for (let i = 0; i < UNDO_MAX + 5; i++) history = pushEdit(history, [`s${i}`], `edit ${i}`);
    expect(history).toHaveLength(UNDO_MAX);
    expect(history[history.length - 1].what).toBe(`edit ${UNDO_MAX + 4}`);
    const deck = ['x', 'y'];
    const h = pushEdit([], deck, 'moved');
    deck.push('z');
    expect(h[0].deck).toEqual(['x', 'y']);
  });
});

describe('the data lecture mode fetches', () => {
  // built once for the file (the layouts come from lib/generated/network.json, not from a new layout run)
  const payload = deckData(dataset);
  it('comes through JSON whole: every chart, the network, its layouts and the storyline', () => {
    const { charts, network, layouts, storyline } = payload;
    const sent = { charts, network, layouts, storyline };
    const got = JSON.parse(JSON.stringify(sent)) as DeckPayload;
    // JSON writes -0 as 0 (a layout coordinate; the same place): anything else lost (a Set, a Map, a Date) fails here
    const zero = (v: unknown): unknown => (Object.is(v, -0) ? 0 : Array.isArray(v) ? v.map(zero) : v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, zero(x)])) : v);
    expect(got).toEqual(zero(sent));
    expect(got.charts.map((c) => c.spec.slug)).toEqual(CHARTS.map((c) => c.slug));
    expect(got.network.relations.length).toBeGreaterThan(0);
  });
  it('draws nothing until then: the empty stand-in has the payload\'s shape', () => {
    expect(Object.keys(EMPTY_DECK).sort()).toEqual(['charts', 'layouts', 'network', 'storyline']);
    const { storyline } = payload;
    expect(Object.keys(EMPTY_DECK.storyline).sort()).toEqual(Object.keys(storyline).sort());
    expect(DECK_FILE).toMatch(/^\/[\w-]+\.json$/);
  });
});

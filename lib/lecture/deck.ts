/**
 * Lecture decks: which slides, in which order, and the build steps inside each. A slide is a chart (its
 * slug), the network ("network"), the storyline ("storyline"), the title slide ("title"), or one of the lecturer's own slides ("own-N"). Decks travel in the URL (?deck=a,b,c) and
 * in localStorage (the lecturer's own deck); both are parsed strictly here.
 */
import type { PlotRow, ResolvedChart } from '../charts/charts';
import type { Room } from './slideFit';

export type SlideId = string;

export const TITLE_SLIDE = 'title';
export const NETWORK_SLIDE = 'network';
/** The storyline of the party struggle, built up one period at a time. */
export const STORYLINE_SLIDE = 'storyline';
/** The periods the storyline slide adds one by one. */
export const STORY_PERIODS: readonly (readonly [number, number])[] = [[1917, 1922], [1923, 1925], [1926, 1927], [1928, 1929], [1930, 1933], [1934, 1938]];
export const MAX_DECK = 60;

/** The narrative: collectivisation → famine → officer corps → repression → 17th Congress → the party struggle, year by year. */
export const DEFAULT_DECK: readonly SlideId[] = [
  TITLE_SLIDE,
  'collective-farms', 'cultivated-land',
  'losses-1932', 'grain-and-famine',
  'officers-liquidated', 'executed-by-rank', 'officer-shares',
  'repression-scale', 'prisoners', 'show-trials',
  'central-committee-1934', 'delegates-1934', 'central-committee-1917',
  NETWORK_SLIDE, STORYLINE_SLIDE,
];

/** The slides a deck may hold: every chart slug, the network, the storyline, the title, and the lecturer's own. */
export function validSlides(chartSlugs: readonly string[], ownIds: readonly string[] = []): Set<SlideId> {
  return new Set([TITLE_SLIDE, NETWORK_SLIDE, STORYLINE_SLIDE, ...chartSlugs, ...ownIds.filter((id) => OWN_ID.test(id))]);
}

/**
 * Slides the lecturer writes: a title slide, a section heading, a slide of text, or a quote slide that shows
 * one row of data's quote with its document and line (named by "table/id"; the quote itself always comes
 * from the data, never from the link or file). Ids are own-1, own-2, …
 */
export const OWN_KINDS = ['title', 'section', 'text', 'quote'] as const;
/** A quote slide's row: a table name and a row id ("officer_corps/off_liquidated_000"). */
export const QUOTE_REF = /^[a-z_]{2,40}\/[A-Za-z0-9_.-]{1,80}$/;
export interface OwnSlide { kind: (typeof OWN_KINDS)[number]; title: string; text: string; row?: string }
export type OwnSlides = Record<SlideId, OwnSlide>;
export const OWN_ID = /^own-[1-9]\d{0,3}$/;
export const OWN_TITLE_MAX = 200;
export const OWN_TEXT_MAX = 2000;

/** The lecturer's own slides from untrusted data (a file, a link): every field checked, the error names it. */
export function parseOwnSlides(data: unknown): { own: OwnSlides } | { error: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: '"own" must map slide ids to slides' };
  const own: OwnSlides = {};
  for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
    if (!OWN_ID.test(id)) return { error: `own slide "${id}": ids are own-1, own-2, …` };
    const o = v as Record<string, unknown> | null;
    if (!o || typeof o !== 'object') return { error: `own slide "${id}" must be an object` };
    if (!(OWN_KINDS as readonly unknown[]).includes(o.kind)) return { error: `own slide "${id}": "kind" must be one of ${OWN_KINDS.join(', ')}` };
    if (typeof o.title !== 'string' || !o.title.trim()) return { error: `own slide "${id}": "title" must be text` };
    if (o.title.length > OWN_TITLE_MAX) return { error: `own slide "${id}": the title is ${o.title.length} characters; at most ${OWN_TITLE_MAX}` };
    const text = o.text ?? '';
    if (typeof text !== 'string') return { error: `own slide "${id}": "text" must be text` };
    if (text.length > OWN_TEXT_MAX) return { error: `own slide "${id}": the text is ${text.length} characters; at most ${OWN_TEXT_MAX}` };
    if (o.kind === 'quote' && (typeof o.row !== 'string' || !QUOTE_REF.test(o.row))) return { error: `own slide "${id}": a quote slide's "row" must name a row of data as table/id` };
    own[id] = { kind: o.kind as OwnSlide['kind'], title: o.title, text, ...(o.kind === 'quote' ? { row: o.row as string } : {}) };
  }
  return { own };
}

/** Own slides for a link: JSON as base64url (UTF-8), so they travel with ?deck=. */
export function encodeOwn(own: OwnSlides): string {
  const bytes = new TextEncoder().encode(JSON.stringify(own));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Own slides from a link; a damaged or forged parameter gives none (their ids then drop out of the deck). */
export function decodeOwn(text: string | null | undefined): OwnSlides {
  if (!text || text.length > 40_000) return {};
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const r = parseOwnSlides(JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))));
    return 'own' in r ? r.own : {};
  } catch { return {}; }
}

/** The next free own-slide id. */
export function newOwnId(own: OwnSlides): SlideId {
  const used = Object.keys(own).map((id) => Number(id.slice(4))).filter(Number.isFinite);
  return `own-${Math.max(0, ...used) + 1}`;
}

/**
 * A deck's own slides taken into a browser that has its own already: each gets a fresh id beside the ones
 * there, and the deck (and its notes) follow the new ids.
 */
export function adoptOwn(deck: readonly SlideId[], incoming: OwnSlides, existing: OwnSlides, notes: DeckNotes = {}): { deck: SlideId[]; own: OwnSlides; notes: DeckNotes } {
  let own = { ...existing };
  const rename = new Map<string, string>();
  for (const id of deck) {
    if (!incoming[id] || rename.has(id)) continue;
    const fresh = newOwnId(own);
    own = { ...own, [fresh]: incoming[id] };
    rename.set(id, fresh);
  }
  const to = (id: string) => rename.get(id) ?? id;
  return { deck: deck.map(to), own, notes: Object.fromEntries(Object.entries(notes).map(([id, t]) => [to(id), t])) };
}

/** The deck a page's query names (?deck=, with its own slides in ?own=); deck null when none is named. */
export function parseDeckQuery(q: URLSearchParams, valid: ReadonlySet<SlideId>): { deck: SlideId[] | null; own: OwnSlides } {
  const own = decodeOwn(q.get('own'));
  return { deck: parseDeck(q.get('deck'), new Set([...valid, ...Object.keys(own)])), own };
}

/** The own slides a deck uses, for its link or file. */
export function ownOf(deck: readonly SlideId[], own: OwnSlides): OwnSlides {
  return Object.fromEntries(deck.filter((id) => own[id]).map((id) => [id, own[id]]));
}

/** A deck from text (URL parameter or storage): known slides only, each once, at most MAX_DECK; null when none is left. */
export function parseDeck(text: string | null | undefined, valid: ReadonlySet<SlideId>): SlideId[] | null {
  if (!text) return null;
  const out: SlideId[] = [];
  for (const id of text.split(',').map((s) => s.trim())) {
    if (valid.has(id) && !out.includes(id)) out.push(id);
    if (out.length >= MAX_DECK) break;
  }
  return out.length ? out : null;
}

export const writeDeck = (deck: readonly SlideId[]) => deck.join(',');

/** Years a line chart reveals one by one (its points' years, in order); none for every other chart, which callers show in one step. */
export function chartSteps(chart: ResolvedChart): number[] {
  if (chart.spec.kind !== 'line') return [];
  return [...new Set(chart.rows.map((r) => r.row.period_start).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
}

/** The rows shown at a build step: for a line chart, the points up to that step's year. */
export function rowsAtStep(chart: ResolvedChart, step: number): PlotRow[] {
  const years = chartSteps(chart);
  if (!years.length) return chart.rows;
  const upto = years[Math.min(step, years.length - 1)];
  return chart.rows.filter((r) => r.row.period_start === undefined || r.row.period_start <= upto);
}

/** Position in a deck: slide index and build step, both 0-based; clamped to what exists. */
export interface Place { slide: number; step: number }

export function clampPlace(p: Place, stepsOf: (slide: number) => number, slides: number): Place {
  const slide = Math.min(Math.max(0, Math.floor(p.slide) || 0), Math.max(0, slides - 1));
  const step = Math.min(Math.max(0, Math.floor(p.step) || 0), Math.max(0, stepsOf(slide) - 1));
  return { slide, step };
}

/** The next place: the next build step of this slide, else the first step of the next slide. */
export function nextPlace(p: Place, stepsOf: (slide: number) => number, slides: number): Place {
  if (p.step < stepsOf(p.slide) - 1) return { slide: p.slide, step: p.step + 1 };
  if (p.slide < slides - 1) return { slide: p.slide + 1, step: 0 };
  return p;
}

/** The previous place: the previous build step, else the last step of the previous slide. */
export function prevPlace(p: Place, stepsOf: (slide: number) => number): Place {
  if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
  if (p.slide > 0) return { slide: p.slide - 1, step: stepsOf(p.slide - 1) - 1 };
  return p;
}

/** ?slide=N (1-based) &step=S (1-based) → a place. */
export function parsePlace(params: URLSearchParams): Place {
  const n = (k: string) => { const v = params.get(k); return v && /^\d{1,3}$/.test(v) ? Number(v) - 1 : 0; };
  return { slide: n('slide'), step: n('step') };
}

/** The room a deck is shown in: the audience window's slide area (px) and the lecture font drawn there. */
export type { Room } from './slideFit';

/** Until an audience window reports its size: a 1080p projector (the deck bar takes the rest of the height). */
export const ROOM_1080P: Room = { width: 1920, height: 1030, font: 25 };

export { TEXT_SHARE, roomFont } from './slideFit';

/** A reported room, or null when the message is not one (another window may post anything). */
export function parseRoom(value: unknown): Room | null {
  if (!value || typeof value !== 'object') return null;
  const { width, height, font } = value as Record<string, unknown>;
  const ok = (n: unknown, lo: number, hi: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= lo && n <= hi;
  return ok(width, 320, 8000) && ok(height, 200, 8000) && ok(font, 8, 200) ? { width, height, font } : null;
}

/** A deck as a file the lecturer keeps or sends: JSON, with a format name and version. */
export const DECK_FILE_FORMAT = 'purge-atlas-deck';

/** The lecturer's own notes, by slide id. */
export type DeckNotes = Record<SlideId, string>;
export const NOTE_MAX = 4000;

export function deckFile(deck: readonly SlideId[], notes: DeckNotes = {}, own: OwnSlides = {}): string {
  const kept = Object.fromEntries(deck.filter((id) => notes[id]?.trim()).map((id) => [id, notes[id]]));
  const mine = ownOf(deck, own);
  return `${JSON.stringify({ format: DECK_FILE_FORMAT, version: 1, slides: deck, ...(Object.keys(mine).length ? { own: mine } : {}), ...(Object.keys(kept).length ? { notes: kept } : {}) }, null, 2)}\n`;
}

/**
 * A deck file read back: every slide must be one this site has, once; the error says what is wrong and where
 * (never a silently shortened deck).
 */
export function parseDeckFile(text: string, chartValid: ReadonlySet<SlideId>): { deck: SlideId[]; notes: DeckNotes; own: OwnSlides } | { error: string } {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { error: `not JSON: ${(e as Error).message}` }; }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'not a deck file: expected an object with "format", "version" and "slides"' };
  const o = data as Record<string, unknown>;
  if (o.format !== DECK_FILE_FORMAT) return { error: `not a deck file: "format" must be "${DECK_FILE_FORMAT}"` };
  if (o.version !== 1) return { error: `"version" ${JSON.stringify(o.version)} is not supported (this site reads version 1)` };
  if (!Array.isArray(o.slides)) return { error: '"slides" must be a list of slide ids' };
  let own: OwnSlides = {};
  if (o.own !== undefined) {
    const r = parseOwnSlides(o.own);
    if ('error' in r) return r;
    own = r.own;
  }
  const valid = new Set([...chartValid, ...Object.keys(own)]);
  if (o.slides.length === 0) return { error: '"slides" is empty' };
  if (o.slides.length > MAX_DECK) return { error: `"slides" has ${o.slides.length} slides; at most ${MAX_DECK}` };
  const seen = new Set<string>();
  for (const [i, s] of o.slides.entries()) {
    if (typeof s !== 'string') return { error: `slide ${i + 1}: ${JSON.stringify(s)} is not a slide id` };
    if (!valid.has(s)) return { error: OWN_ID.test(s) ? `slide ${i + 1}: "${s}" has no text under "own"` : `slide ${i + 1}: "${s}" is not a slide of this site` };
    if (seen.has(s)) return { error: `slide ${i + 1}: "${s}" is in the deck twice` };
    seen.add(s);
  }
  const notes: DeckNotes = {};
  if (o.notes !== undefined) {
    if (!o.notes || typeof o.notes !== 'object' || Array.isArray(o.notes)) return { error: '"notes" must map slide ids to text' };
    for (const [id, text] of Object.entries(o.notes as Record<string, unknown>)) {
      if (!seen.has(id)) return { error: `notes for "${id}": that slide is not in the deck` };
      if (typeof text !== 'string') return { error: `notes for "${id}" must be text` };
      if (text.length > NOTE_MAX) return { error: `notes for "${id}" are ${text.length} characters; at most ${NOTE_MAX}` };
      if (text.trim()) notes[id] = text;
    }
  }
  return { deck: o.slides as SlideId[], notes, own: ownOf(o.slides as SlideId[], own) };
}

/** The deck with `id` inserted after position `after` (-1: first; past the end: last); an id already in it moves. */
export function insertAfter(deck: readonly SlideId[], id: SlideId, after: number): SlideId[] {
  const rest = deck.filter((x) => x !== id);
  const at = Math.min(rest.length, Math.max(0, after + 1 - (deck.indexOf(id) !== -1 && deck.indexOf(id) <= after ? 1 : 0)));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The deck with the slide at `from` moved to `to` (both clamped). */
export function moveSlide(deck: readonly SlideId[], from: number, to: number): SlideId[] {
  const next = [...deck];
  const [x] = next.splice(from, 1);
  if (x === undefined) return next;
  next.splice(Math.min(next.length, Math.max(0, to)), 0, x);
  return next;
}

/** An edit of the deck that can be undone: the deck before it, and what it did in words. */
export interface Edit { deck: SlideId[]; what: string }
/** How many edits back undo reaches. */
export const UNDO_MAX = 20;

/** The history after an edit: the deck before it recorded, newest last, the oldest dropped past UNDO_MAX. */
export function pushEdit(history: readonly Edit[], before: readonly SlideId[], what: string): Edit[] {
  return [...history.slice(-(UNDO_MAX - 1)), { deck: [...before], what }];
}

/** Undo: the deck to go back to and the history without it; null when there is nothing to undo. */
export function popEdit(history: readonly Edit[]): { restore: Edit; history: Edit[] } | null {
  const restore = history[history.length - 1];
  return restore ? { restore, history: history.slice(0, -1) } : null;
}

'use client';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_DECK, NETWORK_SLIDE, STORYLINE_SLIDE, STORY_PERIODS, ROOM_1080P, TITLE_SLIDE, clampPlace, nextPlace, parsePlace, parseRoom, prevPlace, roomFont,
  writeDeck, adoptOwn, encodeOwn, ownOf, parseDeckQuery, parseDeck, parseOwnSlides, insertAfter, type OwnSlides, type Place, type Room,
} from '@/lib/lecture/deck';
import { docTag, type SourceInfo } from '@/lib/charts/format';
import { formatFigure } from '@/lib/data/stats';
import { snapshot } from '@/lib/network/network';
import { replaceQuery } from '@/components/shared/url';
import { Slide, slideSteps, slideTitle, useDeckData, type DeckData } from './Slide';
import { networkYears } from './NetworkSlide';
import { Stage } from './Stage';
import { useStaticFile } from '@/components/layout/useStaticFile';
import { DECK_FILE, EMPTY_DECK, type DeckPayload } from '@/lib/lecture/deckPayload';
import { InsertSlide, type InsertOption } from './InsertSlide';
import { FitCheck } from './FitCheck';
import { useBox } from '../shared/useBox';
import { useDeckNotes, useDeckStore, useOwnSlides } from '../deck/useDeckStore';
import { withBase } from '@/lib/charts/paths';
import { applyTheme, effectiveTheme } from '@/components/layout/theme';

interface Props {
  /** Every chart's slug: the slides a deck may name, known before the slides' data arrives. */
  slugs: readonly string[];
  /** Theme page of each chart, to leave the deck to. */
  pages: Record<string, string>;
  sources: readonly SourceInfo[];
}

type Contrast = 'normal' | 'high';
const CHANNEL = 'purge-atlas-present';
const CONTRAST_KEY = 'purge-atlas-contrast';
const TARGET_KEY = 'purge-atlas-lecture-minutes';

/** What the windows of one deck tell each other: the place, an audience window's room, a presenter's hello. */
type Blank = 'black' | 'white' | null;
type Message = { kind: 'place'; deck: string; slide: number; step: number } | { kind: 'room'; room: Room } | { kind: 'hello' } | { kind: 'blank'; blank: Blank }
  | { kind: 'deck'; deck: string; own: unknown; slide: number };
/** Toolbar and pointer hide after this long without a mouse movement. */
const IDLE_MS = 3000;

/**
 * Lecture mode. The place (slide and build step) is in the URL (?slide=5&step=2), so a refresh or a link
 * keeps it; ?deck=a,b,c gives a custom deck; ?presenter=1 the presenter view, which drives any audience
 * window of the same deck through a BroadcastChannel. The audience window tells the presenter view the size
 * of its room, and the presenter's previews are drawn at that size and scaled down, so they show the slide
 * exactly as the room sees it.
 */
export function Deck({ slugs, pages, sources }: Props) {
  // the lecturer's own slides travel in the link (?own=) with the deck that names them
  const [own, setOwn] = useState<OwnSlides>({});
  // the title slide is drawn from the HTML as served; every other slide's data is fetched (lib/lecture/deckPayload.ts)
  const { data: payload, error } = useStaticFile<DeckPayload>(DECK_FILE);
  const { charts, network, layouts, storyline } = payload ?? EMPTY_DECK;
  const { data, valid } = useDeckData(charts, network, layouts, storyline, sources, own, slugs);
  const [deck, setDeck] = useState<string[]>(() => DEFAULT_DECK.filter((s) => valid.has(s)));
  const [customDeck, setCustomDeck] = useState(false);
  const [place, setPlace] = useState<Place>({ slide: 0, step: 0 });
  const [presenter, setPresenter] = useState(false);
  const [contrast, setContrast] = useState<Contrast>('normal');
  const [font, setFont] = useState(ROOM_1080P.font);
  // presenter view: the audience window's room, 1080p until one reports
  const [room, setRoom] = useState<Room>(ROOM_1080P);
  // audience window: the slide area, reported to presenter views
  const [roomRef, roomBox] = useBox<HTMLDivElement>();
  const [typed, setTyped] = useState('');
  // B or . blanks the screen black, W white (a clicker's "blank" key); any key brings the slide back
  const [blank, setBlank] = useState<Blank>(null);
  // no mouse movement for a while: the toolbar and the pointer (and any tooltip it left) are hidden
  const [idle, setIdle] = useState(false);
  // the insert-a-slide panel of the audience window (I)
  const [inserting, setInserting] = useState(false);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [storedDeck, setStoredDeck] = useDeckStore();
  const [storedOwn, setStoredOwn] = useOwnSlides();
  // set once the URL has been read and the keys are live (tests and scripts wait for it)
  const [ready, setReady] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);

  // the room slides are laid out for: this window's slide area (audience), or the audience's (presenter view)
  const audienceRoom = useMemo<Room>(() => (roomBox.width > 0 ? { width: roomBox.width, height: roomBox.height, font } : ROOM_1080P), [roomBox.width, roomBox.height, font]);
  const layoutRoom = presenter ? room : audienceRoom;
  const stepsOf = useCallback((i: number) => slideSteps(deck[i] ?? TITLE_SLIDE, data, layoutRoom), [deck, data, layoutRoom]);

  // the URL, read once the slides' data is in: deck, place, view, contrast
  useEffect(() => {
    if (!payload) return;
    const p = new URLSearchParams(window.location.search);
    const { deck: custom, own: linked } = parseDeckQuery(p, valid);
    // the same slides keep the same object, so the deck's data (and this effect) does not change again
    setOwn((prev) => (JSON.stringify(prev) === JSON.stringify(linked) ? prev : linked));
    const d = custom ?? DEFAULT_DECK.filter((s) => valid.has(s));
    setDeck(d);
    setCustomDeck(!!custom);
    // the window's slide area is not measured yet: the window less the deck bar stands in for it
    const guess: Room = p.get('presenter') === '1' ? ROOM_1080P : { width: window.innerWidth, height: window.innerHeight - 48, font: roomFont(window.innerHeight) };
    setPlace(clampPlace(parsePlace(p), (i) => slideSteps(d[i] ?? TITLE_SLIDE, data, guess), d.length));
    setPresenter(p.get('presenter') === '1');
    let c: string | null = p.get('contrast');
    if (c !== 'high' && c !== 'normal') { try { c = localStorage.getItem(CONTRAST_KEY); } catch { c = null; } }
    if (c === 'high') setContrast('high');
    setTheme(effectiveTheme());
    setFont(roomFont(window.innerHeight));
    setReady(true);
    const onResize = () => setFont(roomFont(window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [valid, data, payload]);

  // the chart code (not part of the page's first load) is fetched at the lecturer's first key, pointer move or touch,
  // or 5 s after the slides are in, so the first chart slide draws at once without competing with the page's start
  useEffect(() => {
    if (!ready) return;
    const events = ['keydown', 'pointermove', 'touchstart'] as const;
    const warm = () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, warm);
      void import('@/components/chart/BarView');
      void import('@/components/chart/LineView');
    };
    const timer = setTimeout(warm, 5000);
    for (const e of events) window.addEventListener(e, warm, { passive: true });
    return () => { clearTimeout(timer); for (const e of events) window.removeEventListener(e, warm); };
  }, [ready]);

  // a resized room can have fewer build steps (a bar chart split in fewer parts): the place stays inside them
  // (not before the URL's deck is read: the first render's deck is the default one)
  useEffect(() => {
    if (!ready) return;
    setPlace((p) => { const c = clampPlace(p, stepsOf, deck.length); return c.slide === p.slide && c.step === p.step ? p : c; });
  }, [stepsOf, deck.length, ready]);

  const writeUrl = useCallback((p: Place, extra: Record<string, string | null> = {}) => {
    const q = new URLSearchParams(window.location.search);
    q.set('slide', String(p.slide + 1));
    if (p.step > 0) q.set('step', String(p.step + 1)); else q.delete('step');
    for (const [k, v] of Object.entries(extra)) { if (v === null) q.delete(k); else q.set(k, v); }
    replaceQuery(q, false);
  }, []);

  const go = useCallback((p: Place, broadcast = true) => {
    const c = clampPlace(p, stepsOf, deck.length);
    setPlace(c);
    writeUrl(c);
    if (broadcast) channel.current?.postMessage({ kind: 'place', deck: writeDeck(deck), ...c } satisfies Message);
  }, [stepsOf, deck, writeUrl]);

  // a new deck while presenting (a slide inserted): shown from `slide`, kept in the URL, told to the other windows
  const adoptDeck = useCallback((d: string[], o: OwnSlides, slide: number, broadcast: boolean) => {
    setDeck(d);
    setOwn(o);
    setCustomDeck(true);
    const p = { slide: Math.min(Math.max(0, slide), d.length - 1), step: 0 };
    setPlace(p);
    const mine = ownOf(d, o);
    writeUrl(p, { deck: writeDeck(d), own: Object.keys(mine).length ? encodeOwn(mine) : null });
    if (broadcast) channel.current?.postMessage({ kind: 'deck', deck: writeDeck(d), own: mine, slide: p.slide } satisfies Message);
  }, [writeUrl]);

  // the room this window is (audience), to tell presenter views; null in the presenter view or until measured
  const ownRoom = useRef<Room | null>(null);
  const tellRoom = useCallback(() => {
    if (ownRoom.current) channel.current?.postMessage({ kind: 'room', room: ownRoom.current } satisfies Message);
  }, []);
  useEffect(() => {
    ownRoom.current = !presenter && roomBox.width > 0 ? { width: roomBox.width, height: roomBox.height, font } : null;
    tellRoom();
  }, [presenter, roomBox.width, roomBox.height, font, tellRoom]);

  // windows of the same deck follow each other: the presenter view drives the audience window. One channel
  // for the window's life (a message sent while it was being replaced would be lost); it reads the latest state.
  const onMessage = useRef<(m: Message) => void>(() => {});
  useEffect(() => {
    onMessage.current = (m: Message) => {
      if (m?.kind === 'place' && m.deck === writeDeck(deck)) go({ slide: m.slide, step: m.step }, false);
      else if (m?.kind === 'hello') tellRoom();
      else if (m?.kind === 'room') { const r = parseRoom(m.room); if (r) setRoom(r); }
      else if (m?.kind === 'blank') setBlank(m.blank === 'black' || m.blank === 'white' ? m.blank : null);
      else if (m?.kind === 'deck') {
        // the presenter inserted a slide: take the new deck (checked like a link's) and its place
        const r = parseOwnSlides(m.own ?? {});
        const linked = 'own' in r ? r.own : {};
        const d = parseDeck(typeof m.deck === 'string' ? m.deck : '', new Set([...valid, ...Object.keys(linked)]));
        if (d) adoptDeck(d, linked, Number(m.slide) || 0, false);
      }
    };
  }, [deck, go, tellRoom, valid, adoptDeck]);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Message>) => onMessage.current(e.data);
    tellRoom();
    return () => { ch.close(); channel.current = null; };
  }, [tellRoom]);
  // a presenter view asks the audience windows for their room
  useEffect(() => {
    if (presenter) channel.current?.postMessage({ kind: 'hello' } satisfies Message);
  }, [presenter]);

  const toggleContrast = useCallback(() => {
    setContrast((c) => {
      const next = c === 'high' ? 'normal' : 'high';
      try { localStorage.setItem(CONTRAST_KEY, next); } catch { /* not kept */ }
      return next;
    });
  }, []);

  const showBlank = useCallback((b: Blank) => {
    setBlank(b);
    channel.current?.postMessage({ kind: 'blank', blank: b } satisfies Message);
  }, []);

  const toggleTheme = useCallback(() => {
    setTheme((t) => {
      const next = t === 'dark' ? 'light' : 'dark';
      applyTheme(next);
      return next;
    });
  }, []);

  // the toolbar and pointer rest after IDLE_MS without movement, and come back with the mouse or keyboard focus
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => { setIdle(false); clearTimeout(timer); timer = setTimeout(() => setIdle(true), IDLE_MS); };
    window.addEventListener('mousemove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('focusin', wake);
    return () => { clearTimeout(timer); window.removeEventListener('mousemove', wake); window.removeEventListener('pointerdown', wake); window.removeEventListener('focusin', wake); };
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => { /* refused: the deck works in the window */ });
  }, []);

  const leave = useCallback(() => {
    const id = deck[place.slide];
    window.location.assign(withBase(id && pages[id] ? pages[id] : id === NETWORK_SLIDE ? '/network' : id === STORYLINE_SLIDE ? '/network/timeline' : '/'));
  }, [deck, place.slide, pages]);

  // keyboard and clicker: clickers send PageDown/PageUp (some send arrows, B or .)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // not before the slides are in (the title slide shows meanwhile)
      if (!ready || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const k = e.key;
      const handled = () => e.preventDefault();
      if (blank) { handled(); showBlank(k === 'w' || k === 'W' ? (blank === 'white' ? null : 'white') : (k === 'b' || k === 'B' || k === '.') && blank === 'white' ? 'black' : null); return; }
      if (k === 'b' || k === 'B' || k === '.') { handled(); showBlank('black'); }
      else if (k === 'w' || k === 'W') { handled(); showBlank('white'); }
      else if (k === 't' || k === 'T') { handled(); toggleTheme(); }
      else if ((k === 'i' || k === 'I') && !presenter) { handled(); setInserting((v) => !v); }
      else if (k === 'ArrowRight' || k === 'PageDown' || k === ' ' || k === 'ArrowDown') { handled(); go(nextPlace(place, stepsOf, deck.length)); }
      else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'ArrowUp' || k === 'Backspace') { handled(); go(prevPlace(place, stepsOf)); }
      else if (k === 'Home') { handled(); go({ slide: 0, step: 0 }); }
      else if (k === 'End') { handled(); go({ slide: deck.length - 1, step: stepsOf(deck.length - 1) - 1 }); }
      else if (k === 'f' || k === 'F') { handled(); toggleFullscreen(); }
      else if (k === 'c' || k === 'C') { handled(); toggleContrast(); }
      else if (k === 'Escape') { if (!document.fullscreenElement) { handled(); leave(); } }
      else if (/^[0-9]$/.test(k)) { handled(); setTyped((s) => (s + k).slice(-3)); }
      else if (k === 'Enter' && typed) { handled(); go({ slide: Number(typed) - 1, step: 0 }); setTyped(''); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ready, place, stepsOf, deck.length, go, toggleFullscreen, toggleContrast, leave, typed, blank, showBlank, toggleTheme, presenter]);

  // slides that can be inserted after the current one: any not in the deck, and this browser's own slides
  const insertOptions: InsertOption[] = [
    ...[TITLE_SLIDE, NETWORK_SLIDE, STORYLINE_SLIDE, ...charts.map((c) => c.spec.slug)].filter((s) => !deck.includes(s)).map((s) => ({ id: s, title: slideTitle(s, data) })),
    ...Object.entries(storedOwn).filter(([k, o]) => !deck.some((x) => x === k && JSON.stringify(own[x]) === JSON.stringify(o))).map(([k, o]) => ({ id: k, title: `Yours: ${o.title}` })),
  ];
  const insert = (pick: string) => {
    let o = own;
    let newId = pick;
    if (storedOwn[pick]) {
      // this browser's slide gets a fresh id when the deck already uses its id for another
      const a = adoptOwn([pick], { [pick]: storedOwn[pick] }, Object.fromEntries(Object.entries(own).filter(([k]) => deck.includes(k))));
      newId = a.deck[0];
      o = a.own;
    }
    const d = insertAfter(deck, newId, place.slide);
    adoptDeck(d, o, place.slide + 1, true);
    // "My deck" follows when it is the deck being presented
    if (writeDeck(storedDeck) === writeDeck(deck) && !storedOwn[pick]) setStoredDeck(d);
  };
  const total = deck.length;
  const id = deck[place.slide] ?? TITLE_SLIDE;
  const next = nextPlace(place, stepsOf, total);
  const ownParam = Object.keys(ownOf(deck, own)).length ? `&own=${encodeOwn(ownOf(deck, own))}` : '';
  const deckQuery = customDeck ? `deck=${encodeURIComponent(writeDeck(deck))}${ownParam}&` : '';
  const failed = error && <p role="alert" className="slide-clipped deck-failed">The slides could not be loaded ({error}); reload the page to try again.</p>;
  const bar = (
    <nav className="deck-bar no-print" aria-label="Presentation">
      <button type="button" onClick={() => go(prevPlace(place, stepsOf))} aria-label="Previous slide" disabled={!ready || (place.slide === 0 && place.step === 0)}>◀</button>
      <span className="deck-pos" data-testid="deck-pos">{place.slide + 1} / {total}{stepsOf(place.slide) > 1 ? ` · step ${place.step + 1} of ${stepsOf(place.slide)}` : ''}{typed && ` · go to ${typed}…`}</span>
      <button type="button" onClick={() => go(next)} aria-label="Next slide" disabled={!ready || next === place}>▶</button>
      <button type="button" onClick={toggleFullscreen}>Fullscreen (F)</button>
      <button type="button" aria-pressed={contrast === 'high'} onClick={toggleContrast}>High contrast (C)</button>
      <button type="button" onClick={toggleTheme} data-theme-now={theme}>{theme === 'dark' ? 'Light' : 'Dark'} (T)</button>
      <button type="button" aria-pressed={blank !== null} onClick={() => showBlank(blank ? null : 'black')}>Blank (B, W)</button>
      {!presenter && <button type="button" aria-expanded={inserting} onClick={() => setInserting((v) => !v)}>Insert (I)</button>}
      {presenter
        ? <button type="button" onClick={() => window.open(withBase(`/present?${deckQuery}slide=${place.slide + 1}`), 'purge-atlas-audience')}>Open audience window</button>
        : <a className="button" href={withBase(`/present?${deckQuery}presenter=1&slide=${place.slide + 1}`)} target="_blank" rel="noopener">Presenter view</a>}
      <a className="button" href={withBase(`/present/handout${customDeck ? `?deck=${encodeURIComponent(writeDeck(deck))}${ownParam}` : ''}`)}>Handout (PDF)</a>
      {customDeck
        // a deck from a shared link: the lecturer edits their own copy of it
        ? <button type="button" onClick={() => {
          // own slides of the link get fresh ids beside the ones this browser already has
          const copy = adoptOwn(deck, own, storedOwn);
          setStoredOwn(copy.own);
          setStoredDeck(copy.deck);
          window.location.assign(withBase('/deck'));
        }}>Edit a copy</button>
        : <Link className="button" href="/deck">My deck</Link>}
      <button type="button" onClick={leave}>Leave (Esc)</button>
    </nav>
  );

  if (presenter) {
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
            <InsertSlide options={insertOptions} after={place.slide} onInsert={insert} />
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
  return (
    <div className="deck deck-audience" data-contrast={contrast} data-ready={ready} data-idle={idle}>
      {blank && <div className="deck-blank" data-blank={blank} aria-label={`Screen blanked (${blank}); press any key to bring the slide back`} role="img" />}
      {inserting && (
        <div className="deck-insert-pop no-print" role="dialog" aria-label="Insert a slide">
          <InsertSlide options={insertOptions} after={place.slide} onInsert={(pick) => { insert(pick); setInserting(false); }} />
          <button type="button" onClick={() => setInserting(false)}>Close</button>
        </div>
      )}
      <div ref={roomRef} className="slide-room">
        <Slide id={id} step={place.step} data={data} number={place.slide + 1} total={total} room={audienceRoom} live guess={roomBox.width === 0} />
      </div>
      {failed}
      {bar}
      <p className="visually-hidden" aria-live="polite">{`Slide ${place.slide + 1} of ${total}: ${slideTitle(id, data, place.step)}`}</p>
    </div>
  );
}

/** The lecturer's own notes for the slide, written on /deck (kept in this browser and in deck files). */
function OwnNotes({ id }: { id: string }) {
  const [notes] = useDeckNotes();
  const text = notes[id]?.trim();
  if (!text) return null;
  return <div className="presenter-own-notes" data-own-notes={id}>{text.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>)}</div>;
}

/** Speaker notes made from the sources: every figure on the slide with its quote, document and line. */
function Notes({ id, step, data }: { id: string; step: number; data: DeckData }) {
  if (id === TITLE_SLIDE) {
    return <ul className="presenter-notes"><li>{data.sources.length} documents; each figure in the deck carries its document and line.</li></ul>;
  }
  if (id === NETWORK_SLIDE) {
    const year = networkYears(data.network)[step];
    const started = snapshot(data.network, year).edges.filter((r) => r.start === year);
    return (
      <ul className="presenter-notes" data-notes={id}>
        {started.length === 0 && <li>No relation begins in {year}.</li>}
        {started.map((r) => <li key={r.id}><strong>{r.from} {r.type.replace(/_/g, ' ')} {r.to}</strong>: <q>{r.quote}</q> ({docTag(r.source)}, line {r.locator})</li>)}
      </ul>
    );
  }
  if (id === STORYLINE_SLIDE) {
    const [from, to] = STORY_PERIODS[Math.min(step, STORY_PERIODS.length - 1)];
    const events = data.storyline.events.filter((e) => e.year >= from && e.year <= to);
    return (
      <ul className="presenter-notes" data-notes={id}>
        {events.length === 0 && <li>No capitulation, expulsion, exile, arrest, removal or execution is dated {from}–{to}.</li>}
        {events.map(({ relation: r }) => <li key={r.id}><strong>{r.from} {r.type.replace(/_/g, ' ')} {r.to}, {r.start}</strong>: <q>{r.quote}</q> ({docTag(r.source)}, line {r.locator})</li>)}
      </ul>
    );
  }
  const chart = data.charts[id];
  if (!chart) return null;
  return (
    <ul className="presenter-notes" data-notes={id}>
      {chart.spec.note && <li>{chart.spec.note}</li>}
      {chart.rows.map(({ row, disputed }) => (
        <li key={row.id}>
          <strong>{row.label}: {formatFigure(row)}</strong>{disputed ? ' (disputed)' : ''}: <q>{row.quote}</q> ({docTag(row.source)}, line {row.locator}; credited to {row.attributed_to})
          {row.notes ? <> Note: {row.notes}</> : null}
        </li>
      ))}
    </ul>
  );
}

/** The lecture's clock: start, pause and reset, against a target length (in minutes, kept), with the time left. */
function Timer() {
  const [start, setStart] = useState<number | null>(null);
  const [paused, setPaused] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [target, setTarget] = useState(50);
  useEffect(() => {
    try { const t = Number(localStorage.getItem(TARGET_KEY)); if (t > 0 && t <= 600) setTarget(t); } catch { /* default */ }
  }, []);
  useEffect(() => {
    if (start === null || paused !== null) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [start, paused]);
  const elapsed = start === null ? 0 : Math.max(0, Math.floor(((paused ?? now) - start) / 1000));
  const clock = (sec: number) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
  const left = target * 60 - elapsed;
  const state = start === null ? 'stopped' : paused !== null ? 'paused' : 'running';
  return (
    <div className="presenter-timer" role="timer" aria-label="Lecture time" data-state={state} data-over={left < 0 ? 'true' : undefined}>
      <span data-testid="timer">{clock(elapsed)}</span>
      <span className="meta" data-testid="timer-left">{left >= 0 ? `${clock(left)} left` : `${clock(-left)} over`} of {target} min</span>
      {state === 'stopped'
        ? <button type="button" onClick={() => { const t = Date.now(); setStart(t); setNow(t); }}>Start</button>
        : <button type="button" onClick={() => {
          if (paused === null) setPaused(Date.now());
          else { setStart((start ?? 0) + (Date.now() - paused)); setPaused(null); }
        }}>{paused === null ? 'Pause' : 'Resume'}</button>}
      <button type="button" onClick={() => { setStart(null); setPaused(null); setNow(0); }} disabled={state === 'stopped'}>Reset</button>
      <label>Target <input type="number" min={1} max={600} value={target} onChange={(e) => {
        const v = Math.min(600, Math.max(1, Math.round(Number(e.target.value) || 1)));
        setTarget(v);
        try { localStorage.setItem(TARGET_KEY, String(v)); } catch { /* not kept */ }
      }} /> min</label>
    </div>
  );
}

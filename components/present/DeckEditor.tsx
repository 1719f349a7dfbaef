/** The lecturer's deck editor (/deck): choose, order, annotate, write and share the slides, every change undoable. */
'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NETWORK_SLIDE, STORYLINE_SLIDE, TITLE_SLIDE, adoptOwn, deckFile, encodeOwn, insertAfter, moveSlide, newOwnId, ownOf, parseDeck, parseDeckFile, popEdit, pushEdit, validSlides, writeDeck, type Edit, type OwnSlide } from '@/lib/lecture/deck';
import { saveAs } from '@/components/shared/download';
import { CopyBlock } from '@/components/reuse/CopyBlock';
import { useOrigin } from '@/components/reuse/useOrigin';
import { useDeckNotes, useDeckStore, useOwnSlides } from '../deck/useDeckStore';
import { withBase } from '@/lib/charts/paths';
import { DeckList } from './DeckList';
import { WriteSlide, type Draft } from './WriteSlide';
import type { ResolvedChart } from '@/lib/charts/charts';

interface ChartItem { slug: string; title: string; theme: string }

const KIND_WORDS: Record<OwnSlide['kind'], string> = { title: 'Your title slide', section: 'Your section', text: 'Your text slide', quote: 'Your quote slide' };

/** Every change of the deck can be undone (remove and clear too): the decks before it, newest last, and the message saying what was done. */
function useDeckHistory(deck: string[], setStored: (deck: readonly string[]) => void) {
  const [history, setHistory] = useState<Edit[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: true } | null>(null);
  const change = (next: string[], what: string) => {
    setHistory((h) => pushEdit(h, deck, what));
    setStored(next);
    setMessage({ text: what });
  };
  const undo = () => {
    const u = popEdit(history);
    if (!u) return;
    setHistory(u.history);
    setStored(u.restore.deck);
    setMessage({ text: `Undone: ${u.restore.what}` });
  };
  return { history, message, setMessage, change, undo };
}

/** Choose, order and share the lecturer's deck: kept in localStorage, opened from a ?deck= link too. */
export function DeckEditor({ charts, defaultDeck, thumbs = {} }: { charts: readonly ChartItem[]; defaultDeck: string[]; thumbs?: Record<string, ResolvedChart> }) {
  const [stored, setStored] = useDeckStore();
  const [notes, setNotes] = useDeckNotes();
  const [own, setOwn] = useOwnSlides();
  const chartValid = useMemo(() => validSlides(charts.map((c) => c.slug)), [charts]);
  const valid = useMemo(() => validSlides(charts.map((c) => c.slug), Object.keys(own)), [charts, own]);
  const deck = parseDeck(stored.join(','), valid) ?? [];
  const origin = useOrigin('');
  // a shared link (?deck=...) opens here to be adopted
  const [offered, setOffered] = useState<string[] | null>(null);
  useEffect(() => { setOffered(parseDeck(new URLSearchParams(window.location.search).get('deck'), valid)); }, [valid]);

  const title = (id: string) => (own[id] ? `${KIND_WORDS[own[id].kind]}: ${own[id].title}` : id === TITLE_SLIDE ? 'Title slide' : id === NETWORK_SLIDE ? 'The party struggle, year by year (network)' : id === STORYLINE_SLIDE ? 'Who stood with whom, period by period (storyline)' : charts.find((c) => c.slug === id)?.title ?? id);
  const { history, message, setMessage, change, undo } = useDeckHistory(deck, setStored);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => { if (focusId) handles.current.get(focusId)?.focus(); }, [focusId, stored]);
  const move = (i: number, to: number) => {
    if (to < 0 || to >= deck.length || to === i) return;
    change(moveSlide(deck, i, to), `moved "${title(deck[i])}" to place ${to + 1}`);
    setFocusId(deck[i]);
  };
  // the keyboard way to reorder: on a slide's handle, ↑ ↓ move it a place, Home and End to the ends
  const onHandleKey = (i: number) => (e: KeyboardEvent) => {
    const to = e.key === 'ArrowUp' ? i - 1 : e.key === 'ArrowDown' ? i + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? deck.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    move(i, to);
  };
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [after, setAfter] = useState(-2); // where new slides go: -2 the end, else after that place
  const fileInput = useRef<HTMLInputElement>(null);
  const importFile = async (file: File) => {
    const r = parseDeckFile(await file.text(), chartValid);
    if ('error' in r) { setMessage({ text: `Could not open ${file.name}: ${r.error}. Your deck is unchanged.`, error: true }); return; }
    // the file's own slides get fresh ids beside the ones already here
    const taken = adoptOwn(r.deck, r.own, own, r.notes);
    setOwn(taken.own);
    setNotes({ ...notes, ...taken.notes });
    change(taken.deck, `opened ${file.name} (${taken.deck.length} slides)`);
  };
  // own slides travel in the links with the deck
  const ownQuery = Object.keys(ownOf(deck, own)).length ? `&own=${encodeOwn(ownOf(deck, own))}` : '';
  const deckQuery = `deck=${encodeURIComponent(writeDeck(deck))}${ownQuery}`;
  const link = `${origin}/present?${deckQuery}`;
  const [draft, setDraft] = useState<Draft>({ kind: 'section', title: '', text: '' });
  // a new slide goes where `after` says, and the next one after it
  const add = (id: string, what: string) => {
    change(after === -2 ? [...deck, id] : insertAfter(deck, id, after), what);
    if (after !== -2) setAfter(after + 1);
  };
  const addOwn = () => {
    if (draft.kind === 'quote' && !draft.row) { setMessage({ text: 'Choose the row of data to quote first.', error: true }); return; }
    if (!draft.title.trim()) { setMessage({ text: 'Give the slide a title first.', error: true }); return; }
    const id = newOwnId(own);
    setOwn({ ...own, [id]: { kind: draft.kind, title: draft.title.trim(), text: draft.text, ...(draft.kind === 'quote' ? { row: draft.row } : {}) } });
    add(id, `wrote "${draft.title.trim()}"`);
    setDraft({ kind: draft.kind, title: '', text: '' });
  };
  const options = [TITLE_SLIDE, NETWORK_SLIDE, STORYLINE_SLIDE, ...charts.map((c) => c.slug)].filter((s) => !deck.includes(s));

  return (
    <div className="deck-editor">
      {offered && writeDeck(offered) !== writeDeck(deck) && (
        <p role="note" className="card">
          This link carries a deck of {offered.length} slides.{' '}
          <button type="button" onClick={() => change(offered, 'took the deck of the link')}>Use it as my deck</button>
        </p>
      )}
      <h2 id="my-deck">Slides ({deck.length})</h2>
      {deck.length === 0
        ? <p>No slides yet. Add charts below, or <button type="button" onClick={() => change(defaultDeck, 'started from the default deck')}>start from the default deck</button>.</p>
        : <DeckList deck={deck} title={title} own={own} thumbs={thumbs} notes={notes} setNotes={setNotes} handles={handles} onHandleKey={onHandleKey} move={move} change={change} dragFrom={dragFrom} setDragFrom={setDragFrom} />}
      {deck.length > 0 && (
        <p className="deck-actions">
          <a className="button" href={withBase(`/present?${deckQuery}`)}>Present my deck</a>{' '}
          <a className="button" href={withBase(`/present?${deckQuery}&presenter=1`)}>Presenter view</a>{' '}
          <a className="button" href={withBase(`/present/handout?${deckQuery}`)}>Handout (PDF)</a>{' '}
          <button type="button" onClick={() => change([], `cleared the deck of ${deck.length} slides`)}>Clear</button>{' '}
          <button type="button" onClick={() => saveAs('purge-atlas-deck.json', new Blob([deckFile(deck, notes, own)], { type: 'application/json' }))}>Save as a file</button>
        </p>
      )}
      <p className="deck-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>Open a deck file…</button>
        <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" aria-label="Deck file to open" tabIndex={-1}
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />{' '}
        <button type="button" onClick={undo} disabled={history.length === 0}>Undo{history.length ? `: ${history[history.length - 1].what}` : ''}</button>
      </p>
      <p className={message?.error ? 'deck-message error' : 'deck-message meta'} role={message?.error ? 'alert' : 'status'} data-testid="deck-message">{message?.text ?? ''}</p>
      {deck.length > 0 && <CopyBlock label="Link to this deck" text={link} />}
      <label className="net-search deck-place">
        <span>New slides go</span>
        <select value={after} onChange={(e) => setAfter(Number(e.target.value))}>
          <option value={-2}>at the end</option>
          <option value={-1}>first</option>
          {deck.map((id, i) => <option key={id} value={i}>after {i + 1}. {title(id)}</option>)}
        </select>
      </label>
      <WriteSlide draft={draft} setDraft={setDraft} onAdd={addOwn} />
      <h2 id="add">Add slides</h2>
      <ul className="deck-options" aria-labelledby="add">
        {options.map((id) => (
          <li key={id}>
            <button type="button" onClick={() => add(id, `added "${title(id)}"`)} aria-label={`Add "${title(id)}"`}>Add</button>{' '}
            {title(id)}{charts.find((c) => c.slug === id) && <span className="meta"> · {charts.find((c) => c.slug === id)?.theme}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

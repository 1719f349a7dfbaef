'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NETWORK_SLIDE, STORYLINE_SLIDE, TITLE_SLIDE, deckFile, insertAfter, moveSlide, parseDeck, parseDeckFile, validSlides, writeDeck } from '@/lib/deck';
import { saveAs } from '@/components/chart/download';
import { CopyBlock } from '@/components/reuse/CopyBlock';
import { useOrigin } from '@/components/reuse/useOrigin';
import { useDeckNotes, useDeckStore } from './useDeckStore';
import { withBase } from '@/lib/paths';

interface ChartItem { slug: string; title: string; theme: string }

/** Choose, order and share the lecturer's deck: kept in localStorage, opened from a ?deck= link too. */
export function DeckEditor({ charts, defaultDeck }: { charts: readonly ChartItem[]; defaultDeck: string[] }) {
  const [stored, setStored] = useDeckStore();
  const [notes, setNotes] = useDeckNotes();
  const valid = useMemo(() => validSlides(charts.map((c) => c.slug)), [charts]);
  const deck = parseDeck(stored.join(','), valid) ?? [];
  const origin = useOrigin('');
  // a shared link (?deck=...) opens here to be adopted
  const [offered, setOffered] = useState<string[] | null>(null);
  useEffect(() => { setOffered(parseDeck(new URLSearchParams(window.location.search).get('deck'), valid)); }, [valid]);

  const title = (id: string) => (id === TITLE_SLIDE ? 'Title slide' : id === NETWORK_SLIDE ? 'The party struggle, year by year (network)' : id === STORYLINE_SLIDE ? 'Who stood with whom, period by period (storyline)' : charts.find((c) => c.slug === id)?.title ?? id);
  // every change can be undone (remove and clear too): the decks before it, newest last
  const [history, setHistory] = useState<{ deck: string[]; what: string }[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: true } | null>(null);
  const change = (next: string[], what: string) => {
    setHistory((h) => [...h.slice(-19), { deck, what }]);
    setStored(next);
    setMessage({ text: what });
  };
  const undo = () => {
    const last = history[history.length - 1];
    if (!last) return;
    setHistory(history.slice(0, -1));
    setStored(last.deck);
    setMessage({ text: `Undone: ${last.what}` });
  };
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
    const r = parseDeckFile(await file.text(), valid);
    if ('error' in r) setMessage({ text: `Could not open ${file.name}: ${r.error}. Your deck is unchanged.`, error: true });
    else { change(r.deck, `opened ${file.name} (${r.deck.length} slides)`); setNotes({ ...notes, ...r.notes }); }
  };
  const link = `${origin}/present?deck=${encodeURIComponent(writeDeck(deck))}`;
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
        : (
          <ol className="deck-list" aria-labelledby="my-deck">
            {deck.map((id, i) => (
              <li key={id} data-deck-item={id} draggable onDragStart={(e) => { setDragFrom(i); e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', id); }}
                onDragOver={(e) => { if (dragFrom !== null) e.preventDefault(); }} onDrop={(e) => { e.preventDefault(); if (dragFrom !== null) move(dragFrom, i); setDragFrom(null); }}
                onDragEnd={() => setDragFrom(null)} className={dragFrom === i ? 'dragging' : undefined}>
                <button type="button" className="deck-handle" ref={(el) => { if (el) handles.current.set(id, el); else handles.current.delete(id); }}
                  onKeyDown={onHandleKey(i)} aria-label={`Slide ${i + 1}: ${title(id)}. Move with the arrow keys, Home and End`} aria-roledescription="sortable item">⠿ {i + 1}</button>
                <span className="deck-item-title">{title(id)}</span>
                <details className="deck-notes" open={notes[id] ? true : undefined}>
                  <summary>Notes{notes[id] ? ' ✎' : ''}</summary>
                  <label>
                    <span className="visually-hidden">Your notes for slide {i + 1}, {title(id)} (shown in the presenter view)</span>
                    <textarea rows={3} maxLength={4000} value={notes[id] ?? ''} data-notes-for={id}
                      onChange={(e) => setNotes({ ...notes, [id]: e.target.value })} placeholder="Shown in the presenter view, beside the notes made from the quotes" />
                  </label>
                </details>
                <span className="deck-item-actions">
                  <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Move "${title(id)}" up`}>↑</button>
                  <button type="button" onClick={() => move(i, i + 1)} disabled={i === deck.length - 1} aria-label={`Move "${title(id)}" down`}>↓</button>
                  <button type="button" onClick={() => change(deck.filter((x) => x !== id), `removed "${title(id)}"`)} aria-label={`Remove "${title(id)}"`}>Remove</button>
                </span>
              </li>
            ))}
          </ol>
        )}
      {deck.length > 0 && (
        <p className="deck-actions">
          <a className="button" href={withBase(`/present?deck=${encodeURIComponent(writeDeck(deck))}`)}>Present my deck</a>{' '}
          <a className="button" href={withBase(`/present?deck=${encodeURIComponent(writeDeck(deck))}&presenter=1`)}>Presenter view</a>{' '}
          <a className="button" href={withBase(`/present/handout?deck=${encodeURIComponent(writeDeck(deck))}`)}>Handout (PDF)</a>{' '}
          <button type="button" onClick={() => change([], `cleared the deck of ${deck.length} slides`)}>Clear</button>{' '}
          <button type="button" onClick={() => saveAs('purge-atlas-deck.json', new Blob([deckFile(deck, notes)], { type: 'application/json' }))}>Save as a file</button>
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
      <h2 id="add">Add slides</h2>
      <label className="net-search">
        <span>New slides go</span>
        <select value={after} onChange={(e) => setAfter(Number(e.target.value))}>
          <option value={-2}>at the end</option>
          <option value={-1}>first</option>
          {deck.map((id, i) => <option key={id} value={i}>after {i + 1}. {title(id)}</option>)}
        </select>
      </label>
      <ul className="deck-options" aria-labelledby="add">
        {options.map((id) => (
          <li key={id}>
            <button type="button" onClick={() => {
              change(after === -2 ? [...deck, id] : insertAfter(deck, id, after), `added "${title(id)}"`);
              if (after >= 0) setAfter(after + 1); // the next one goes after it
            }} aria-label={`Add "${title(id)}"`}>Add</button>{' '}
            {title(id)}{charts.find((c) => c.slug === id) && <span className="meta"> · {charts.find((c) => c.slug === id)?.theme}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

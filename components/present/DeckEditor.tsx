'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NETWORK_SLIDE, OWN_KINDS, OWN_TEXT_MAX, OWN_TITLE_MAX, STORYLINE_SLIDE, TITLE_SLIDE, adoptOwn, deckFile, encodeOwn, insertAfter, moveSlide, newOwnId, ownOf, parseDeck, parseDeckFile, popEdit, pushEdit, validSlides, writeDeck, type Edit, type OwnSlide } from '@/lib/lecture/deck';
import { saveAs } from '@/components/shared/download';
import { CopyBlock } from '@/components/reuse/CopyBlock';
import { useOrigin } from '@/components/reuse/useOrigin';
import { useDeckNotes, useDeckStore, useOwnSlides } from '../deck/useDeckStore';
import { withBase } from '@/lib/charts/paths';
import { docTag } from '@/lib/charts/format';
import type { QuoteRow } from '@/lib/lecture/quotes';
import { useQuotes } from './useQuotes';
import { Thumb } from './Thumb';
import type { ResolvedChart } from '@/lib/charts/charts';

interface ChartItem { slug: string; title: string; theme: string }

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

  const KIND_WORDS: Record<OwnSlide['kind'], string> = { title: 'Your title slide', section: 'Your section', text: 'Your text slide', quote: 'Your quote slide' };
  const title = (id: string) => (own[id] ? `${KIND_WORDS[own[id].kind]}: ${own[id].title}` : id === TITLE_SLIDE ? 'Title slide' : id === NETWORK_SLIDE ? 'The party struggle, year by year (network)' : id === STORYLINE_SLIDE ? 'Who stood with whom, period by period (storyline)' : charts.find((c) => c.slug === id)?.title ?? id);
  // every change can be undone (remove and clear too): the decks before it, newest last
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
  // picked: the title a picked row proposed, replaced when another row is picked unless the lecturer changed it
  const [draft, setDraft] = useState<OwnSlide & { picked?: string }>({ kind: 'section', title: '', text: '' });
  const addOwn = () => {
    if (draft.kind === 'quote' && !draft.row) { setMessage({ text: 'Choose the row of data to quote first.', error: true }); return; }
    if (!draft.title.trim()) { setMessage({ text: 'Give the slide a title first.', error: true }); return; }
    const id = newOwnId(own);
    setOwn({ ...own, [id]: { kind: draft.kind, title: draft.title.trim(), text: draft.text, ...(draft.kind === 'quote' ? { row: draft.row } : {}) } });
    change(after === -2 ? [...deck, id] : insertAfter(deck, id, after), `wrote "${draft.title.trim()}"`);
    if (after !== -2) setAfter(after + 1);
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
        : (
          <ol className="deck-list" aria-labelledby="my-deck">
            {deck.map((id, i) => (
              <li key={id} data-deck-item={id} draggable onDragStart={(e) => { setDragFrom(i); e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', id); }}
                onDragOver={(e) => { if (dragFrom !== null) e.preventDefault(); }} onDrop={(e) => { e.preventDefault(); if (dragFrom !== null) move(dragFrom, i); setDragFrom(null); }}
                onDragEnd={() => setDragFrom(null)} className={dragFrom === i ? 'dragging' : undefined}>
                <button type="button" className="deck-handle" ref={(el) => { if (el) handles.current.set(id, el); else handles.current.delete(id); }}
                  onKeyDown={onHandleKey(i)} aria-label={`Slide ${i + 1}: ${title(id)}. Move with the arrow keys, Home and End`} aria-roledescription="sortable item">⠿ {i + 1}</button>
                <Thumb id={id} chart={thumbs[id]} own={own[id]} title={title(id)} />
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
      <h2 id="write">Write a slide</h2>
      <form className="deck-write" aria-labelledby="write" onSubmit={(e) => { e.preventDefault(); addOwn(); }}>
        <label className="net-search"><span>Kind</span>
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as OwnSlide['kind'] })}>
            {OWN_KINDS.map((k) => <option key={k} value={k}>{{ title: 'Title slide', section: 'Section heading', text: 'Text', quote: 'Quote from a row of data' }[k]}</option>)}
          </select>
        </label>
        {draft.kind === 'quote' && <RowPicker value={draft.row} onPick={(q) => setDraft((d) => ({ ...d, row: q.ref, title: !d.title.trim() || d.title === d.picked ? q.label.slice(0, OWN_TITLE_MAX) : d.title, picked: q.label.slice(0, OWN_TITLE_MAX) }))} />}
        <label className="net-search"><span>Title</span>
          <input value={draft.title} maxLength={OWN_TITLE_MAX} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label className="net-search"><span>Text (a blank line starts a paragraph)</span>
          <textarea rows={3} value={draft.text} maxLength={OWN_TEXT_MAX} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        </label>
        <button type="submit">Add this slide</button>
      </form>
      <h2 id="add">Add slides</h2>
      <ul className="deck-options" aria-labelledby="add">
        {options.map((id) => (
          <li key={id}>
            <button type="button" onClick={() => {
              change(after === -2 ? [...deck, id] : insertAfter(deck, id, after), `added "${title(id)}"`);
              if (after !== -2) setAfter(after + 1); // the next one goes after it
            }} aria-label={`Add "${title(id)}"`}>Add</button>{' '}
            {title(id)}{charts.find((c) => c.slug === id) && <span className="meta"> · {charts.find((c) => c.slug === id)?.theme}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Finds a row of data to quote: any table, words of its label or quote; a list the keyboard walks (↑ ↓),
 * and the chosen row's quote, document and line shown before the slide is added.
 */
function RowPicker({ value, onPick }: { value?: string; onPick: (q: QuoteRow) => void }) {
  const quotes = useQuotes(true);
  const [table, setTable] = useState('');
  const [find, setFind] = useState('');
  const list = quotes?.list ?? [];
  const tables = [...new Set(list.map((q) => q.table))];
  const words = find.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = list.filter((q) => (!table || q.table === table) && words.every((w) => `${q.label} ${q.quote} ${q.id}`.toLowerCase().includes(w)));
  const shown = matches.slice(0, 200);
  const chosen = value ? quotes?.rows?.[value] : undefined;
  if (quotes?.error) return <p role="alert" className="deck-message error">The rows of data could not be loaded ({quotes.error}).</p>;
  return (
    <fieldset className="row-picker">
      <legend>Row of data to quote</legend>
      <label className="net-search"><span>Table</span>
        <select value={table} onChange={(e) => setTable(e.target.value)}>
          <option value="">every table</option>
          {tables.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label className="net-search"><span>Find (words of the label or quote)</span>
        <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
      </label>
      <label className="net-search row-picker-list"><span>{quotes ? `${matches.length} of ${list.length} rows${matches.length > shown.length ? ` (first ${shown.length} listed)` : ''}` : 'Loading the rows…'}</span>
        <select size={8} value={value ?? ''} onChange={(e) => { const q = quotes?.rows?.[e.target.value]; if (q) onPick(q); }}>
          {shown.map((q) => <option key={q.ref} value={q.ref}>{q.table} · {q.label}</option>)}
        </select>
      </label>
      {chosen && (
        <p className="row-picker-chosen" data-testid="picked-row"><q>{chosen.quote}</q> ({docTag(chosen.source)}, line {chosen.locator}{chosen.credited ? `; credited to ${chosen.credited}` : ''})</p>
      )}
    </fieldset>
  );
}

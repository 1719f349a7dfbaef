/** The editor's list of the deck's slides: each with its handle (moved by keys or drag), thumbnail, title, notes, and move and remove buttons. */
'use client';
import type { KeyboardEvent, RefObject } from 'react';
import type { OwnSlides } from '@/lib/lecture/deck';
import type { ResolvedChart } from '@/lib/charts/charts';
import { Thumb } from './Thumb';

interface Props {
  deck: readonly string[];
  title: (id: string) => string;
  own: OwnSlides;
  thumbs: Record<string, ResolvedChart>;
  notes: Record<string, string>;
  setNotes: (notes: Record<string, string>) => void;
  /** Each slide's handle by id, to give the focus back to a moved slide. */
  handles: RefObject<Map<string, HTMLButtonElement>>;
  onHandleKey: (i: number) => (e: KeyboardEvent) => void;
  move: (i: number, to: number) => void;
  /** A change of the deck that can be undone, with what it did in words. */
  change: (next: string[], what: string) => void;
  /** The place of the slide being dragged, if any. */
  dragFrom: number | null;
  setDragFrom: (i: number | null) => void;
}

export function DeckList({ deck, title, own, thumbs, notes, setNotes, handles, onHandleKey, move, change, dragFrom, setDragFrom }: Props) {
  return (
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
  );
}

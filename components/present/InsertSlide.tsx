'use client';
import { useState } from 'react';

/** A slide that can go into the deck: its id, what the list calls it, and for the lecturer's own its text. */
export interface InsertOption { id: string; title: string }

/**
 * Inserts a slide after the current one while presenting: any chart, the network, the storyline or title
 * not yet in the deck, or one of the lecturer's own slides kept in this browser.
 */
export function InsertSlide({ options, after, onInsert }: { options: readonly InsertOption[]; after: number; onInsert: (id: string) => void }) {
  const [pick, setPick] = useState('');
  if (!options.length) return <p className="meta">Every slide is in the deck.</p>;
  return (
    <form className="deck-insert" onSubmit={(e) => { e.preventDefault(); if (pick) { onInsert(pick); setPick(''); } }}>
      <label className="net-search"><span>Insert after slide {after + 1}</span>
        <select value={pick} onChange={(e) => setPick(e.target.value)} data-testid="insert-pick">
          <option value="">Choose a slide…</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
        </select>
      </label>
      <button type="submit" disabled={!pick}>Insert</button>
    </form>
  );
}

'use client';
import { useEffect, useMemo, useState } from 'react';
import { NETWORK_SLIDE, STORYLINE_SLIDE, TITLE_SLIDE, parseDeck, validSlides, writeDeck } from '@/lib/deck';
import { CopyBlock } from '@/components/reuse/CopyBlock';
import { useOrigin } from '@/components/reuse/useOrigin';
import { useDeckStore } from './useDeckStore';
import { withBase } from '@/lib/paths';

interface ChartItem { slug: string; title: string; theme: string }

/** Choose, order and share the lecturer's deck: kept in localStorage, opened from a ?deck= link too. */
export function DeckEditor({ charts, defaultDeck }: { charts: readonly ChartItem[]; defaultDeck: string[] }) {
  const [stored, setStored] = useDeckStore();
  const valid = useMemo(() => validSlides(charts.map((c) => c.slug)), [charts]);
  const deck = parseDeck(stored.join(','), valid) ?? [];
  const origin = useOrigin('');
  // a shared link (?deck=...) opens here to be adopted
  const [offered, setOffered] = useState<string[] | null>(null);
  useEffect(() => { setOffered(parseDeck(new URLSearchParams(window.location.search).get('deck'), valid)); }, [valid]);

  const title = (id: string) => (id === TITLE_SLIDE ? 'Title slide' : id === NETWORK_SLIDE ? 'The party struggle, year by year (network)' : id === STORYLINE_SLIDE ? 'Who stood with whom, period by period (storyline)' : charts.find((c) => c.slug === id)?.title ?? id);
  const move = (i: number, d: -1 | 1) => {
    const next = [...deck];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    setStored(next);
  };
  const link = `${origin}/present?deck=${encodeURIComponent(writeDeck(deck))}`;
  const options = [TITLE_SLIDE, NETWORK_SLIDE, STORYLINE_SLIDE, ...charts.map((c) => c.slug)].filter((s) => !deck.includes(s));

  return (
    <div className="deck-editor">
      {offered && writeDeck(offered) !== writeDeck(deck) && (
        <p role="note" className="card">
          This link carries a deck of {offered.length} slides.{' '}
          <button type="button" onClick={() => setStored(offered)}>Use it as my deck</button>
        </p>
      )}
      <h2 id="my-deck">Slides ({deck.length})</h2>
      {deck.length === 0
        ? <p>No slides yet. Add charts below, or <button type="button" onClick={() => setStored(defaultDeck)}>start from the default deck</button>.</p>
        : (
          <ol className="deck-list" aria-labelledby="my-deck">
            {deck.map((id, i) => (
              <li key={id} data-deck-item={id}>
                <span className="deck-item-title">{title(id)}</span>
                <span className="deck-item-actions">
                  <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move "${title(id)}" up`}>↑</button>
                  <button type="button" onClick={() => move(i, 1)} disabled={i === deck.length - 1} aria-label={`Move "${title(id)}" down`}>↓</button>
                  <button type="button" onClick={() => setStored(deck.filter((x) => x !== id))} aria-label={`Remove "${title(id)}"`}>Remove</button>
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
          <button type="button" onClick={() => setStored([])}>Clear</button>
        </p>
      )}
      {deck.length > 0 && <CopyBlock label="Link to this deck" text={link} />}
      <h2 id="add">Add slides</h2>
      <ul className="deck-options" aria-labelledby="add">
        {options.map((id) => (
          <li key={id}>
            <button type="button" onClick={() => setStored([...deck, id])} aria-label={`Add "${title(id)}"`}>Add</button>{' '}
            {title(id)}{charts.find((c) => c.slug === id) && <span className="meta"> · {charts.find((c) => c.slug === id)?.theme}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

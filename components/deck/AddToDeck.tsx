'use client';
import { useDeckStore } from './useDeckStore';

/** Puts a chart in (or takes it out of) the lecturer's own deck; the deck is edited and presented at /deck. */
export function AddToDeck({ slug, title }: { slug: string; title: string }) {
  const [deck, setDeck] = useDeckStore();
  const inDeck = deck.includes(slug);
  return (
    // the accessible name begins with the visible text (WCAG 2.5.3, label in name) and says which chart
    <button type="button" aria-pressed={inDeck} data-add-to-deck={slug}
      onClick={() => setDeck(inDeck ? deck.filter((s) => s !== slug) : [...deck, slug])}>
      {inDeck ? `In my deck (${deck.length})` : 'Add to deck'}
      <span className="visually-hidden">{inDeck ? `: "${title}"; press to take it out` : `: "${title}"`}</span>
    </button>
  );
}

'use client';
import { useDeckStore } from './useDeckStore';

/** Puts a chart in (or takes it out of) the lecturer's own deck; the deck is edited and presented at /deck. */
export function AddToDeck({ slug, title }: { slug: string; title: string }) {
  const [deck, setDeck] = useDeckStore();
  const inDeck = deck.includes(slug);
  return (
    <button type="button" aria-pressed={inDeck} data-add-to-deck={slug}
      aria-label={inDeck ? `Remove "${title}" from my deck` : `Add "${title}" to my deck`}
      onClick={() => setDeck(inDeck ? deck.filter((s) => s !== slug) : [...deck, slug])}>
      {inDeck ? `In my deck (${deck.length})` : 'Add to deck'}
    </button>
  );
}

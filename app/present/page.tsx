import type { Metadata } from 'next';
import { deckData } from '@/lib/present';
import { siteSources } from '@/lib/site';
import { Deck } from '@/components/present/Deck';
import { canonical } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Lecture mode',
  description: 'The charts of Purge Atlas as slides for a lecture hall: keyboard and clicker, fullscreen, presenter view, high contrast.',
  ...canonical('/present'),
};

/** Lecture mode: the whole screen for one chart at a time (no site header). */
export default function PresentPage() {
  const d = deckData();
  return (
    <main id="main" className="present-main">
      <Deck charts={d.charts} pages={d.pages} network={d.network} layouts={d.layouts} storyline={d.storyline} sources={siteSources()} />
    </main>
  );
}

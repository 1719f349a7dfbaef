import type { Metadata } from 'next';
import { chartPages } from '@/lib/lecture/present';
import { CHARTS } from '@/lib/charts/charts';
import { siteSources } from '@/lib/site/site';
import { Deck } from '@/components/present/Deck';
import { canonical } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Lecture mode',
  description: 'The charts of Purge Atlas as slides for a lecture hall: keyboard and clicker, fullscreen, presenter view, high contrast.',
  ...canonical('/present'),
};

/** Lecture mode: the whole screen for one chart at a time (no site header). */
export default function PresentPage() {
  // the slides' data is fetched once the title slide is up (lib/lecture/deckPayload.ts): the HTML stays small
  return (
    <main id="main" className="present-main">
      <Deck slugs={CHARTS.map((c) => c.slug)} pages={chartPages()} sources={siteSources()} />
    </main>
  );
}

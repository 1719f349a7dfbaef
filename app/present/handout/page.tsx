import type { Metadata } from 'next';
import { deckData } from '@/lib/lecture/present';
import { siteSources } from '@/lib/site/site';
import { Handout } from '@/components/present/Handout';
import { canonical } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Handout',
  description: 'The lecture deck as a handout: one chart per page with its sources and quotes; print or save as PDF.',
  ...canonical('/present/handout'),
};

export default function HandoutPage() {
  const d = deckData();
  return (
    <main id="main" className="handout-main">
      <Handout charts={d.charts} network={d.network} layouts={d.layouts} storyline={d.storyline} sources={siteSources()} />
    </main>
  );
}

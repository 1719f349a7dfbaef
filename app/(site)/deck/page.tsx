import Link from 'next/link';
import type { Metadata } from 'next';
import { CHARTS, THEMES } from '@/lib/charts';
import { DEFAULT_DECK } from '@/lib/deck';
import { DeckEditor } from '@/components/present/DeckEditor';
import { canonical } from '@/lib/site';

export const metadata: Metadata = { title: 'My deck', description: 'Choose and order the charts of your own lecture deck; present it or share its link.', ...canonical('/deck') };

export default function DeckPage() {
  const charts = CHARTS.map((c) => ({ slug: c.slug, title: c.title, theme: THEMES.find((t) => t.table === c.theme)?.title ?? c.theme }));
  return (
    <article>
      <h1>My deck</h1>
      <p className="lede">
        Your own sequence of slides for a lecture. Add charts here or with <em>Add to deck</em> under any chart; the deck is
        kept in this browser and travels in its link. The default deck (<Link href="/present">present it</Link>) follows the
        narrative: collectivisation, famine, the officer corps, repression, the 17th Congress, the party struggle.
      </p>
      <DeckEditor charts={charts} defaultDeck={[...DEFAULT_DECK]} />
    </article>
  );
}

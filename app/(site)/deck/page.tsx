import { SiteLink as Link } from '@/components/layout/SiteLink';
import type { Metadata } from 'next';
import { CHARTS, THEMES, resolveChart, type ResolvedChart } from '@/lib/charts/charts';
import { loadDataset } from '@/lib/data/data';
import type { StatRow } from '@/lib/data/schema';
import { DEFAULT_DECK } from '@/lib/lecture/deck';
import { DeckEditor } from '@/components/present/DeckEditor';
import { canonical } from '@/lib/site/site';

export const metadata: Metadata = { title: 'My deck', description: 'Choose and order the charts of your own lecture deck; present it or share its link.', ...canonical('/deck') };

export default function DeckPage() {
  const charts = CHARTS.map((c) => ({ slug: c.slug, title: c.title, theme: THEMES.find((t) => t.table === c.theme)?.title ?? c.theme }));
  // thumbnails draw each chart small: the fields the marks need (quotes, notes and credits stay on the chart pages)
  const d = loadDataset();
  const thumbs: Record<string, ResolvedChart> = Object.fromEntries(CHARTS.map((c) => {
    const r = resolveChart(c, d);
    const slim = ({ id, label, value, low, high, unit, approx, period_start, period_end, source }: StatRow) => ({ id, label, value, low, high, unit, approx, period_start, period_end, source }) as StatRow;
    return [c.slug, { ...r, events: [], rows: r.rows.map((p) => ({ ...p, row: slim(p.row) })) }];
  }));
  return (
    <article>
      <h1>My deck</h1>
      <p className="lede">
        Your own sequence of slides for a lecture. Add charts here or with <em>Add to deck</em> under any chart; the deck is
        kept in this browser and travels in its link. The default deck (<Link href="/present">present it</Link>) follows the
        narrative: collectivisation, famine, the officer corps, repression, the 17th Congress, the party struggle.
      </p>
      <DeckEditor charts={charts} defaultDeck={[...DEFAULT_DECK]} thumbs={thumbs} />
    </article>
  );
}

'use client';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { useEffect, useState } from 'react';
import type { ResolvedChart } from '@/lib/charts/charts';
import { DEFAULT_DECK, NETWORK_SLIDE, STORYLINE_SLIDE, STORY_PERIODS, TITLE_SLIDE, parseDeckQuery, type OwnSlides } from '@/lib/lecture/deck';
import { docTag, summarySentence, type SourceInfo } from '@/lib/charts/format';
import type { NetworkLayouts } from '@/lib/network/layout';
import type { Storyline } from '@/lib/network/storyline';
import { snapshot, type Network } from '@/lib/network/network';
import { formatFigure } from '@/lib/data/stats';
import { Slide, slideSteps, useDeckData, type DeckData } from './Slide';
import { MARGIN_MM, PAPERS, PAPER_SHARES, paperRoom, printable, type Paper } from '@/lib/lecture/slideFit';
import { replaceQuery } from '@/components/shared/url';
import { printedSteps } from '@/lib/lecture/slidePlan';

import { networkYears } from './NetworkSlide';

interface Props { charts: readonly ResolvedChart[]; network: Network; layouts: NetworkLayouts; storyline: Storyline; sources: readonly SourceInfo[] }

/**
 * The deck as a handout laid out for paper (A4 or US Letter, portrait): each chart drawn for the printable
 * width at print type, whole on a page (a tall bar chart in as many parts as it needs), then its summary and
 * every figure's quote, document and line. What the screen shows is what prints; save as PDF from the print dialog.
 */
export function Handout({ charts, network, layouts, storyline, sources }: Props) {
  const [own, setOwn] = useState<OwnSlides>({});
  const { data, valid } = useDeckData(charts, network, layouts, storyline, sources, own);
  const [deck, setDeck] = useState<string[]>(() => DEFAULT_DECK.filter((s) => valid.has(s)));
  const [paper, setPaper] = useState<Paper>('a4');
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const { deck: custom, own: linked } = parseDeckQuery(q, valid);
    setOwn(linked);
    if (custom) setDeck(custom);
    if (q.get('paper') === 'letter') setPaper('letter');
  }, [valid]);
  const page = printable(paper);
  // a chart that does not fit its share of the page (many figures, a big unit chart) takes more of it
  const [tall, setTall] = useState<Record<string, number>>({});
  const grow = (id: string) => setTall((t) => {
    const next = PAPER_SHARES.find((h) => h > (t[id] ?? PAPER_SHARES[0]));
    return next ? { ...t, [id]: next } : t;
  });
  const slides = deck.filter((id) => id !== TITLE_SLIDE);
  return (
    <div className="handout" data-paper={paper} style={{ width: page.width }}>
      {/* the page size and margin the layout below was made for */}
      <style>{`@page { size: ${PAPERS[paper].css}; margin: ${MARGIN_MM}mm; }`}</style>
      <header className="handout-head no-print">
        <h1>Handout</h1>
        <p>{slides.length} slides, each chart whole on its page with its sources, laid out for <label>
          <select aria-label="Paper size" value={paper} onChange={(e) => {
            const v = e.target.value as Paper;
            setPaper(v);
            const q = new URLSearchParams(window.location.search);
            if (v === 'a4') q.delete('paper'); else q.set('paper', v);
            replaceQuery(q);
          }}>
            {(Object.keys(PAPERS) as Paper[]).map((k) => <option key={k} value={k}>{PAPERS[k].name}</option>)}
          </select></label> paper. <button type="button" onClick={() => window.print()}>Print or save as PDF</button> <Link href="/present">Back to the deck</Link></p>
      </header>
      {slides.map((id, i) => {
        const room = paperRoom(paper, tall[id]);
        // a tall bar chart split across build steps prints every part; the others print their last step
        const chart = data.charts[id];
        const parts = chart ? printedSteps(chart, room) : [slideSteps(id, data, room) - 1];
        return (
          <article key={id} className="handout-page" data-handout={id}>
            {parts.map((step) => (
              <div key={step} className="handout-slide slide-room" style={{ width: room.width, height: room.height }} data-handout-part={step}>
                <Slide id={id} step={step} data={data} number={i + 1} total={slides.length} room={room} onFit={(v) => { if (v === 'clipped') grow(id); }} />
              </div>
            ))}
            <HandoutNotes id={id} data={data} />
          </article>
        );
      })}
      <footer className="handout-foot">Purge Atlas. Every figure carries its document and line; the documents: {sources.map((s) => `${s.title} (${docTag(s.file)})`).join('; ')}.</footer>
    </div>
  );
}

function HandoutNotes({ id, data }: { id: string; data: DeckData }) {
  if (id === NETWORK_SLIDE) {
    const years = networkYears(data.network);
    const snap = snapshot(data.network, years[years.length - 1]);
    return <p className="handout-summary">The network in {years[years.length - 1]}: {snap.edges.length} relations between {snap.visible.size} people and factions. The slide steps through {years.join(', ')}; every relation, with its quote, is on the sources page.</p>;
  }
  if (id === STORYLINE_SLIDE) {
    const end = STORY_PERIODS[STORY_PERIODS.length - 1][1];
    return <p className="handout-summary">Each person is a line from {STORY_PERIODS[0][0]} to {end}, in the band of their faction; {data.storyline.events.filter((e) => e.year <= end).length} capitulations, expulsions, exiles, arrests, removals and executions are marked. Every line, mark and quote is on the storyline page (/network/timeline) and the people pages.</p>;
  }
  const c = data.charts[id];
  if (!c) return null;
  return (
    <>
      <p className="handout-summary">{summarySentence(c)}</p>
      <ol className="handout-quotes">
        {quoteGroups(c.rows.map((r) => r.row)).map((g) => (
          <li key={g[0].id}>{g.map((row) => `${row.label}: ${formatFigure(row)}`).join('; ')}. <q>{g[0].quote}</q> ({docTag(g[0].source)}, line {g[0].locator})</li>
        ))}
      </ol>
    </>
  );
}

/** Rows that quote the same passage (one sentence with several figures), as one entry: each figure once, the quote once. */
function quoteGroups<R extends { id: string; source: string; locator: number; quote: string }>(rows: readonly R[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = `${r.source}:${r.locator}:${r.quote}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ResolvedChart } from '@/lib/charts';
import { DEFAULT_DECK, NETWORK_SLIDE, STORYLINE_SLIDE, STORY_PERIODS, TITLE_SLIDE, parseDeckQuery, type OwnSlides } from '@/lib/deck';
import { docTag, summarySentence, type SourceInfo } from '@/lib/format';
import type { NetworkLayouts } from '@/lib/layout';
import type { Storyline } from '@/lib/storyline';
import { snapshot, type Network } from '@/lib/network';
import { formatFigure } from '@/lib/stats';
import { Slide, slideSteps, useDeckData, type DeckData } from './Slide';
import { networkYears } from './NetworkSlide';

interface Props { charts: readonly ResolvedChart[]; network: Network; layouts: NetworkLayouts; storyline: Storyline; sources: readonly SourceInfo[] }

/**
 * The deck as a handout: each slide at its last build step on a page of its own (print stylesheet), with the
 * summary and every figure's quote, document and line. Print it, or save it as PDF from the print dialog.
 */
export function Handout({ charts, network, layouts, storyline, sources }: Props) {
  const [own, setOwn] = useState<OwnSlides>({});
  const { data, valid } = useDeckData(charts, network, layouts, storyline, sources, own);
  const [deck, setDeck] = useState<string[]>(() => DEFAULT_DECK.filter((s) => valid.has(s)));
  useEffect(() => {
    const { deck: custom, own: linked } = parseDeckQuery(new URLSearchParams(window.location.search), valid);
    setOwn(linked);
    if (custom) setDeck(custom);
  }, [valid]);
  const slides = deck.filter((id) => id !== TITLE_SLIDE);
  return (
    <>
      <header className="handout-head no-print">
        <h1>Handout</h1>
        <p>{slides.length} slides, one per printed page, each with its sources. <button type="button" onClick={() => window.print()}>Print or save as PDF</button> <Link href="/present">Back to the deck</Link></p>
      </header>
      {slides.map((id, i) => {
        const last = slideSteps(id, data) - 1;
        return (
          <article key={id} className="handout-page" data-handout={id}>
            <div className="handout-slide">
              <Slide id={id} step={last} data={data} number={i + 1} total={slides.length} font={13} />
            </div>
            <HandoutNotes id={id} data={data} />
          </article>
        );
      })}
      <footer className="handout-foot">Purge Atlas. Every figure carries its document and line; the documents: {sources.map((s) => `${s.title} (${docTag(s.file)})`).join('; ')}.</footer>
    </>
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
        {c.rows.map(({ row }) => <li key={row.id}>{row.label}: {formatFigure(row)}. <q>{row.quote}</q> ({docTag(row.source)}, line {row.locator})</li>)}
      </ol>
    </>
  );
}

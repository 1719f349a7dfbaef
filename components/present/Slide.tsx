'use client';
import type { ResolvedChart } from '@/lib/charts';
import { defaultState } from '@/lib/chartState';
import { useMemo } from 'react';
import { NETWORK_SLIDE, STORYLINE_SLIDE, STORY_PERIODS, TITLE_SLIDE, type OwnSlides, chartSteps, rowsAtStep, validSlides } from '@/lib/deck';
import { provenanceLine, sourceLine, summarySentence, type SourceInfo } from '@/lib/format';
import { snapshot, type Network } from '@/lib/network';
import type { NetworkLayouts } from '@/lib/layout';
import type { Storyline } from '@/lib/storyline';
import { StorylineSlide } from './StorylineSlide';
import { ChartBody } from '@/components/chart/ChartBody';
import { SeriesSample } from '@/components/chart/SeriesSample';
import { NetworkSlide, networkYears } from './NetworkSlide';
import { useBox } from './useBox';

const NO_OWN: OwnSlides = {};

export interface DeckData {
  charts: Record<string, ResolvedChart>;
  network: Network;
  layouts: NetworkLayouts;
  storyline: Storyline;
  sources: readonly SourceInfo[];
  /** The lecturer's own slides (title, section, text) by id. */
  own: OwnSlides;
}

/** The deck's data by slide id, and the set of slide ids a deck may name; shared by the deck and the handout. */
export function useDeckData(charts: readonly ResolvedChart[], network: Network, layouts: NetworkLayouts, storyline: Storyline, sources: readonly SourceInfo[], own: OwnSlides = NO_OWN) {
  const data: DeckData = useMemo(() => ({ charts: Object.fromEntries(charts.map((c) => [c.spec.slug, c])), network, layouts, storyline, sources, own }), [charts, network, layouts, storyline, sources, own]);
  const valid = useMemo(() => validSlides(charts.map((c) => c.spec.slug)), [charts]);
  return { data, valid };
}

/** Number of build steps of a slide: a line chart's years, the network's faction years, else one. */
export function slideSteps(id: string, d: DeckData): number {
  if (id === NETWORK_SLIDE) return networkYears(d.network).length;
  if (id === STORYLINE_SLIDE) return STORY_PERIODS.length;
  const c = d.charts[id];
  return c ? Math.max(1, chartSteps(c).length) : 1;
}

export function slideTitle(id: string, d: DeckData, step = 0): string {
  if (id === TITLE_SLIDE) return 'Purge Atlas';
  if (d.own[id]) return d.own[id].title;
  if (id === NETWORK_SLIDE) return `The party struggle, ${networkYears(d.network)[step] ?? ''}`;
  if (id === STORYLINE_SLIDE) { const p = STORY_PERIODS[Math.min(step, STORY_PERIODS.length - 1)]; return `Who stood with whom, ${STORY_PERIODS[0][0]}–${p[1]}`; }
  return d.charts[id]?.spec.title ?? id;
}

interface Props {
  id: string;
  step: number;
  data: DeckData;
  number: number;
  total: number;
  /** Base font size of the chart's axes and labels, px. */
  font: number;
  /** The slide the audience sees is live (announced); previews are not. */
  live?: boolean;
}

/** One slide: a large title, the chart filling the rest of the screen at lecture size, the source line. */
export function Slide({ id, step, data, number, total, font, live }: Props) {
  const [ref, box] = useBox<HTMLDivElement>();
  const common = { className: 'slide', 'data-slide': id, 'data-step': step, 'aria-roledescription': 'slide' } as const;
  const counter = <span className="slide-number">{number} / {total}</span>;

  if (id === TITLE_SLIDE) {
    return (
      <section {...common} aria-label={`Slide ${number} of ${total}: Purge Atlas`}>
        <div className="slide-title-page">
          <h1 className="slide-title">Purge Atlas</h1>
          <p className="slide-subtitle">Soviet repression in figures, from collectivisation to the purge of the Red Army and the 17th Party Congress: every number traced to a line of one of {data.sources.length} source documents.</p>
          <p className="slide-hint">→, Space or PageDown: next · ←, PageUp: back · F: fullscreen · C: high contrast · Esc: leave</p>
        </div>
        <footer className="slide-source">Sources: {data.sources.map((s) => s.title).join('; ')}. {counter}</footer>
      </section>
    );
  }

  const mine = data.own[id];
  if (mine) {
    const paras = mine.text.split(/\n{2,}/).map((t) => t.trim()).filter(Boolean);
    return (
      <section {...common} aria-label={`Slide ${number} of ${total}: ${mine.title}`} data-own={mine.kind}>
        <div className={mine.kind === 'text' ? 'slide-own-text' : 'slide-title-page'}>
          <h1 className="slide-title">{mine.title}</h1>
          {mine.kind !== 'text' && paras.length > 0 && <p className="slide-subtitle">{paras.join(' ')}</p>}
          {mine.kind === 'text' && paras.map((t, k) => <p key={k} className="slide-own-para">{t}</p>)}
        </div>
        <footer className="slide-source">{counter}</footer>
      </section>
    );
  }

  if (id === NETWORK_SLIDE) {
    const years = networkYears(data.network);
    const year = years[Math.min(step, years.length - 1)];
    const snap = snapshot(data.network, year);
    const started = snap.edges.filter((r) => r.start === year);
    return (
      <section {...common} aria-label={`Slide ${number} of ${total}: the party struggle, ${year}`} data-year={year}>
        <header className="slide-head">
          <h1 className="slide-title">The party struggle, <span className="slide-year">{year}</span></h1>
          <p className="slide-subtitle" aria-live={live ? 'polite' : undefined}>
            {snap.edges.length} relations hold between {snap.visible.size} people and factions; {started.length} begin this year.
          </p>
        </header>
        <div className="slide-chart slide-chart-network">
          <NetworkSlide network={data.network} layouts={data.layouts} year={year} />
        </div>
        <footer className="slide-source">{provenanceLine(snap.edges, data.sources, 4)} {counter}</footer>
      </section>
    );
  }

  if (id === STORYLINE_SLIDE) {
    const [from, to] = STORY_PERIODS[Math.min(step, STORY_PERIODS.length - 1)];
    const events = data.storyline.events.filter((e) => e.year >= from && e.year <= to);
    return (
      <section {...common} aria-label={`Slide ${number} of ${total}: who stood with whom, to ${to}`} data-period={`${from}-${to}`}>
        <header className="slide-head">
          <h1 className="slide-title">Who stood with whom, {STORY_PERIODS[0][0]}–<span className="slide-year">{to}</span></h1>
          <p className="slide-subtitle" aria-live={live ? 'polite' : undefined}>
            {from}–{to}: {events.length} capitulations, expulsions, exiles, arrests, removals and executions marked (◇); each person is a line, in the band of their faction.
          </p>
        </header>
        <div className="slide-chart slide-chart-network">
          <StorylineSlide network={data.network} layout={data.storyline} step={step} />
        </div>
        <footer className="slide-source">{provenanceLine(events.map((e) => e.relation), data.sources, 4)} {counter}</footer>
      </section>
    );
  }

  const chart = data.charts[id];
  if (!chart) return null;
  const rows = rowsAtStep(chart, step);
  const years = chartSteps(chart);
  const upto = years.length > 1 ? years[Math.min(step, years.length - 1)] : null;
  const series = (chart.spec.kind === 'bar' || chart.spec.kind === 'line') && chart.spec.series.length > 1 ? chart.spec.series : [];
  return (
    <section {...common} aria-label={`Slide ${number} of ${total}: ${chart.spec.title}`} data-chart={id}>
      <header className="slide-head">
        <h1 className="slide-title">{chart.spec.title}</h1>
        <p className="slide-subtitle">{chart.spec.subtitle}{upto !== null && <> · <strong className="slide-step" aria-live={live ? 'polite' : undefined}>to {upto}</strong></>}</p>
        {series.length > 0 && (
          <ul className="slide-key" aria-label="Key">
            {series.map((s, i) => <li key={s.key}><SeriesSample index={i} line={chart.spec.kind === 'line'} /> {s.name}</li>)}
          </ul>
        )}
      </header>
      <div ref={ref} className="slide-chart">
        {box.width > 0 && (
          <ChartBody chart={chart} rows={rows} scale={defaultState(chart.spec).scale}
            present={{ width: box.width, height: Math.max(200, box.height), font }} />
        )}
      </div>
      <p className="visually-hidden">{summarySentence(chart, rows)}</p>
      <footer className="slide-source">{sourceLine(rows, data.sources)} {counter}</footer>
    </section>
  );
}

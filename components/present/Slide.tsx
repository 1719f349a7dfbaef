'use client';
import type { ResolvedChart } from '@/lib/charts/charts';
import { defaultState } from '@/lib/charts/chartState';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { NETWORK_SLIDE, STORYLINE_SLIDE, STORY_PERIODS, TITLE_SLIDE, type OwnSlide, type OwnSlides, validSlides } from '@/lib/lecture/deck';
import { docTag, provenanceLine, slideSourceLine, sourceLine, summarySentence, type SourceInfo } from '@/lib/charts/format';
import { SLIDE_FIT, slideType, type Room } from '@/lib/lecture/slideFit';
import { CHAR_EM, textLines } from '@/lib/text/measure';
import { chartHead, chartPlan, chartStep, printedBox } from '@/lib/lecture/slidePlan';
import { useQuotes, type Quotes } from './useQuotes';
import { snapshot, type Network } from '@/lib/network/network';
import type { NetworkLayouts } from '@/lib/network/layout';
import type { Storyline } from '@/lib/network/storyline';
import { StorylineSlide } from './StorylineSlide';
import { ChartBody } from '@/components/chart/ChartBody';
import { SeriesSample } from '@/components/chart/SeriesSample';
import { NetworkSlide, networkYears } from './NetworkSlide';
import { useBox } from '../shared/useBox';
import { SITE_NAME } from '@/lib/site/names';

const NO_OWN: OwnSlides = {};

export interface DeckData {
  charts: Record<string, ResolvedChart>;
  network: Network;
  layouts: NetworkLayouts;
  storyline: Storyline;
  sources: readonly SourceInfo[];
  /** The lecturer's own slides (title, section, text, quote) by id. */
  own: OwnSlides;
  /** The rows quote slides show (fetched when the deck has one). */
  quotes: Quotes;
}

/**
 * The deck's data by slide id, and the set of slide ids a deck may name (from `slugs` when given, so lecture
 * mode knows its deck before its charts have arrived); shared by the deck and the handout.
 */
export function useDeckData(charts: readonly ResolvedChart[], network: Network, layouts: NetworkLayouts, storyline: Storyline, sources: readonly SourceInfo[], own: OwnSlides = NO_OWN, slugs?: readonly string[]) {
  const quotes = useQuotes(Object.values(own).some((o) => o.kind === 'quote'));
  const data: DeckData = useMemo(() => ({ charts: Object.fromEntries(charts.map((c) => [c.spec.slug, c])), network, layouts, storyline, sources, own, quotes }), [charts, network, layouts, storyline, sources, own, quotes]);
  const valid = useMemo(() => validSlides(slugs ?? charts.map((c) => c.spec.slug)), [slugs, charts]);
  return { data, valid };
}

/** Number of build steps of a slide in a room: a line chart's years, a tall bar chart's parts, the network's faction years, else one. */
export function slideSteps(id: string, d: DeckData, room: Room): number {
  if (id === NETWORK_SLIDE) return networkYears(d.network).length;
  if (id === STORYLINE_SLIDE) return STORY_PERIODS.length;
  const c = d.charts[id];
  return c ? chartPlan(c, room).steps : 1;
}

export function slideTitle(id: string, d: DeckData, step = 0): string {
  if (id === TITLE_SLIDE) return SITE_NAME;
  if (d.own[id]) return d.own[id].title;
  if (id === NETWORK_SLIDE) return `The party struggle, ${networkYears(d.network)[step] ?? ''}`;
  if (id === STORYLINE_SLIDE) { const p = STORY_PERIODS[Math.min(step, STORY_PERIODS.length - 1)]; return `Who stood with whom, ${STORY_PERIODS[0][0]}–${p[1]}`; }
  return d.charts[id]?.spec.title ?? id;
}

/** Whether a slide's drawing stays inside its chart area: null until something is drawn, then "ok" or "clipped". */
function fitVerdict(section: HTMLElement): 'ok' | 'clipped' | null {
  const area = section.querySelector('.slide-chart');
  if (!area) return 'ok';
  if (!area.querySelector('[data-mark], .net-node, .story-svg, [data-fits]')) return null;
  if (area.querySelector('[data-fits="false"]')) return 'clipped';
  const A = area.getBoundingClientRect();
  const S = section.getBoundingClientRect();
  const T = 1;
  const out = (r: DOMRect, b: DOMRect) => r.left < b.left - T || r.top < b.top - T || r.right > b.right + T || r.bottom > b.bottom + T;
  for (const part of section.querySelectorAll(':scope > header, :scope > footer')) if (out(part.getBoundingClientRect(), S)) return 'clipped';
  for (const el of area.querySelectorAll('svg text, svg rect, svg path, svg circle, li, figcaption')) {
    // a picture hidden for another paper, or a live chart still drawing under it, is not what the slide shows
    if (el.closest('defs, clipPath, pattern, .recharts-tooltip-wrapper, .chart-live.pending, .chart-static[style*="hidden"]')) continue;
    const r = el.getBoundingClientRect();
    if ((r.width > 0 || r.height > 0) && out(r, A)) return 'clipped';
  }
  return 'ok';
}

/**
 * Watches a slide as it draws (charts load and lay out after the first render) and gives its verdict once
 * something is drawn and again on every change; the slide shows it (data-fit) and says when it cannot fit.
 */
function useFit(key: string, onFit?: (v: 'ok' | 'clipped') => void) {
  const [el, setEl] = useState<HTMLElement | null>(null);
  // the verdict with the place it was made for, so a new place never shows the last one's
  const [fit, setFit] = useState<{ key: string; v: 'ok' | 'clipped' } | null>(null);
  const ref = useCallback((node: HTMLElement | null) => setEl(node), []);
  const report = useRef(onFit);
  useEffect(() => { report.current = onFit; }, [onFit]);
  useEffect(() => {
    if (!el) return;
    // checked once the drawing has been still for a moment (charts draw in a few passes)
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      const v = fitVerdict(el);
      if (!v) return;
      setFit((f) => (f?.key === key && f.v === v ? f : { key, v }));
      report.current?.(v);
    };
    const schedule = () => { if (timer) clearTimeout(timer); timer = setTimeout(check, 120); };
    // every change but the verdict's own attribute
    const mo = new MutationObserver((records) => { if (records.some((r) => r.target !== el || r.attributeName !== 'data-fit')) schedule(); });
    mo.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    ro?.observe(el);
    // things that move without changing the DOM: a network step's glide, fonts arriving
    el.addEventListener('transitionend', schedule);
    el.addEventListener('animationend', schedule);
    void document.fonts?.ready.then(schedule);
    schedule();
    return () => {
      mo.disconnect(); ro?.disconnect(); if (timer) clearTimeout(timer);
      el.removeEventListener('transitionend', schedule); el.removeEventListener('animationend', schedule);
    };
  }, [el, key]);
  return [ref, fit?.key === key ? fit.v : null] as const;
}

interface Props {
  id: string;
  step: number;
  data: DeckData;
  number: number;
  total: number;
  /** The screen (or printed page) the slide is drawn for: its size and the chart's base font. */
  room: Room;
  /** Told whether the slide's drawing fits (once drawn, and again when it changes). */
  onFit?: (v: 'ok' | 'clipped') => void;
  /** The slide the audience sees is live (announced); previews are not. */
  live?: boolean;
  /**
   * The room is not measured yet (the HTML as served, the first render): the type sizes come from the CSS,
   * which has slideType's formulas in container and viewport units, so nothing moves once the room is measured.
   */
  guess?: boolean;
}

/** One slide: a large title, the chart filling the rest of the screen at lecture size, the source line. */
export function Slide({ id, step, data, number, total, room, live, onFit, guess }: Props) {
  const [ref, box] = useBox<HTMLDivElement>();
  const [fitRef, fit] = useFit(`${id}|${step}|${room.width}x${room.height}`, onFit);
  const t = slideType(room);
  const vars = {
    '--s-title': `${t.title}px`, '--s-subtitle': `${t.subtitle}px`, '--s-key': `${t.key}px`, '--s-source': `${t.source}px`, '--s-chart': `${t.chart}px`,
    '--s-pad': `${t.padTop}px ${t.padX}px ${t.padBottom}px`, '--s-gap': `${t.gap}px`,
  } as CSSProperties;
  // the source line is one line: documents and lines (quotes and credits are in the notes and the handout)
  const chars = Math.floor((room.width - 2 * t.padX - 8 * t.source * CHAR_EM) / (t.source * CHAR_EM));
  const common = { className: 'slide', 'data-slide': id, 'data-step': step, 'aria-roledescription': 'slide', ref: fitRef, style: guess ? undefined : vars, 'data-fit': fit ?? undefined } as const;
  const clipped = fit === 'clipped' && <p className="slide-clipped" role="status">Part of this slide does not fit this screen: the handout and the chart&apos;s page show all of it.</p>;
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
  if (mine?.kind === 'quote') return <QuoteSlide common={common} slide={mine} data={data} room={room} label={`Slide ${number} of ${total}: ${mine.title}`} counter={counter} />;
  if (mine) {
    const paras = mine.text.split(/\n{2,}/).map((x) => x.trim()).filter(Boolean);
    return (
      <section {...common} aria-label={`Slide ${number} of ${total}: ${mine.title}`} data-own={mine.kind}>
        <div className={mine.kind === 'text' ? 'slide-own-text' : 'slide-title-page'}>
          <h1 className="slide-title">{mine.title}</h1>
          {mine.kind !== 'text' && paras.length > 0 && <p className="slide-subtitle">{paras.join(' ')}</p>}
          {mine.kind === 'text' && paras.map((x, k) => <p key={k} className="slide-own-para">{x}</p>)}
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
          <NetworkSlide network={data.network} layouts={data.layouts} year={year} font={t.chart} />
        </div>
        {clipped}
        <footer className="slide-source" title={provenanceLine(snap.edges, data.sources, 4)}>{slideSourceLine(snap.edges, chars)} {counter}</footer>
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
          <StorylineSlide network={data.network} layout={data.storyline} step={step} font={t.chart} />
        </div>
        {clipped}
        <footer className="slide-source" title={provenanceLine(events.map((e) => e.relation), data.sources, 4)}>{slideSourceLine(events.map((e) => e.relation), chars, `No event is marked in ${from}–${to}.`)} {counter}</footer>
      </section>
    );
  }

  const chart = data.charts[id];
  if (!chart) return null;
  const { rows, label } = chartStep(chart, step, room);
  const { series } = chartHead(chart, label);
  const printed = room.print ? printedBox(chart, step, room) : null;
  const size = printed ?? box;
  return (
    <section {...common} aria-label={`Slide ${number} of ${total}: ${chart.spec.title}`} data-chart={id}>
      <header className="slide-head">
        <h1 className="slide-title">{chart.spec.title}</h1>
        <p className="slide-subtitle">{chart.spec.subtitle}{label !== null && <> · <strong className="slide-step" aria-live={live ? 'polite' : undefined}>{label}</strong></>}</p>
        {series.length > 0 && (
          <ul className="slide-key" aria-label="Key">
            {series.map((s, i) => <li key={s.key}><SeriesSample index={i} line={chart.spec.kind === 'line'} /> {s.name}</li>)}
          </ul>
        )}
      </header>
      {/* on paper the chart's box is fixed (the one its split was planned with), so it is drawn in the HTML as served */}
      <div ref={printed ? undefined : ref} className="slide-chart" style={printed ? { height: printed.height } : undefined}>
        {size.width > 0 && (
          <ChartBody chart={chart} rows={rows} scale={defaultState(chart.spec).scale}
            present={{ width: size.width, height: Math.max(120, size.height), font: t.chart, domainRows: chart.rows, fit: SLIDE_FIT, print: room.print }} />
        )}
      </div>
      {clipped}
      <p className="visually-hidden">{summarySentence(chart, rows)}</p>
      <footer className="slide-source" title={sourceLine(rows, data.sources)}>{slideSourceLine(rows.map((r) => r.row), chars)} {counter}</footer>
    </section>
  );
}

/**
 * A quote slide: one row of data's quote, as large as the room allows, with its document, line and whom the
 * document credits; the lecturer's own words under it. A row the data no longer has is said to be missing.
 */
function QuoteSlide({ common, slide, data, room, label, counter }: { common: Record<string, unknown>; slide: OwnSlide; data: DeckData; room: Room; label: string; counter: ReactNode }) {
  const t = slideType(room);
  const q = slide.row ? data.quotes?.rows?.[slide.row] : undefined;
  const doc = q ? data.sources.find((s) => s.file === q.source) : undefined;
  const width = room.width - 2 * t.padX;
  const paras = slide.text.split(/\n{2,}/).map((x) => x.trim()).filter(Boolean);
  // the largest type (up to 4.5% of the height) at which the quote takes at most half the slide
  let font = Math.round(room.height * 0.045);
  while (font > t.chart && q && textLines(`“${q.quote}”`, font, width * 0.92) * font * 1.35 > room.height * 0.5) font--;
  return (
    <section {...common} aria-label={label} data-own="quote" data-row={slide.row}>
      <header className="slide-head"><h1 className="slide-title">{slide.title}</h1></header>
      <div className="slide-quote">
        {q ? (
          <figure>
            <blockquote style={{ fontSize: font }}><p>“{q.quote}”</p></blockquote>
            <figcaption className="slide-quote-cite">{doc?.title ?? q.source} ({docTag(q.source)}), line {q.locator}{q.credited ? `; credited to ${q.credited}` : ''}</figcaption>
          </figure>
        ) : data.quotes?.error || (data.quotes?.rows && !q)
          ? <p role="alert" className="slide-clipped">{data.quotes?.error ? `The quotes could not be loaded (${data.quotes.error}).` : `This site's data has no row ${slide.row}; the slide cannot show its quote.`}</p>
          : <p className="meta">Loading the quote…</p>}
        {paras.map((x, k) => <p key={k} className="slide-own-para">{x}</p>)}
      </div>
      <footer className="slide-source">{q ? `Source: ${docTag(q.source)}, line ${q.locator}` : ''} {counter}</footer>
    </section>
  );
}

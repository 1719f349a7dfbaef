/** The presenter view's notes: the lecturer's own for the slide, and the speaker notes made from the sources. */
'use client';
import { NETWORK_SLIDE, STORYLINE_SLIDE, STORY_PERIODS, TITLE_SLIDE } from '@/lib/lecture/deck';
import { docTag } from '@/lib/charts/format';
import { formatFigure } from '@/lib/data/stats';
import { snapshot } from '@/lib/network/network';
import { useDeckNotes } from '../deck/useDeckStore';
import { networkYears } from './NetworkSlide';
import type { DeckData } from './Slide';

/** The lecturer's own notes for the slide, written on /deck (kept in this browser and in deck files). */
export function OwnNotes({ id }: { id: string }) {
  const [notes] = useDeckNotes();
  const text = notes[id]?.trim();
  if (!text) return null;
  return <div className="presenter-own-notes" data-own-notes={id}>{text.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>)}</div>;
}

/** Speaker notes made from the sources: every figure on the slide with its quote, document and line. */
export function Notes({ id, step, data }: { id: string; step: number; data: DeckData }) {
  if (id === TITLE_SLIDE) {
    return <ul className="presenter-notes"><li>{data.sources.length} documents; each figure in the deck carries its document and line.</li></ul>;
  }
  if (id === NETWORK_SLIDE) {
    const year = networkYears(data.network)[step];
    const started = snapshot(data.network, year).edges.filter((r) => r.start === year);
    return (
      <ul className="presenter-notes" data-notes={id}>
        {started.length === 0 && <li>No relation begins in {year}.</li>}
        {started.map((r) => <li key={r.id}><strong>{r.from} {r.type.replace(/_/g, ' ')} {r.to}</strong>: <q>{r.quote}</q> ({docTag(r.source)}, line {r.locator})</li>)}
      </ul>
    );
  }
  if (id === STORYLINE_SLIDE) {
    const [from, to] = STORY_PERIODS[Math.min(step, STORY_PERIODS.length - 1)];
    const events = data.storyline.events.filter((e) => e.year >= from && e.year <= to);
    return (
      <ul className="presenter-notes" data-notes={id}>
        {events.length === 0 && <li>No capitulation, expulsion, exile, arrest, removal or execution is dated {from}–{to}.</li>}
        {events.map(({ relation: r }) => <li key={r.id}><strong>{r.from} {r.type.replace(/_/g, ' ')} {r.to}, {r.start}</strong>: <q>{r.quote}</q> ({docTag(r.source)}, line {r.locator})</li>)}
      </ul>
    );
  }
  const chart = data.charts[id];
  if (!chart) return null;
  return (
    <ul className="presenter-notes" data-notes={id}>
      {chart.spec.note && <li>{chart.spec.note}</li>}
      {chart.rows.map(({ row, disputed }) => (
        <li key={row.id}>
          <strong>{row.label}: {formatFigure(row)}</strong>{disputed ? ' (disputed)' : ''}: <q>{row.quote}</q> ({docTag(row.source)}, line {row.locator}; credited to {row.attributed_to})
          {row.notes ? <> Note: {row.notes}</> : null}
        </li>
      ))}
    </ul>
  );
}

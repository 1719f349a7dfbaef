'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Room } from '@/lib/lecture/slideFit';
import { Slide, slideSteps, slideTitle, type DeckData } from './Slide';

/** How long one slide may take to draw before the check moves on and says it could not tell. */
const WAIT_MS = 4000;

interface Place { slide: number; step: number }

/**
 * The presenter's check before the lecture: every slide of the deck (every build step of a split bar chart,
 * the network and the storyline; a line chart at its last, fullest step) drawn out of sight at the room's
 * size, one after another, and each slide's own verdict collected. Warns of any slide that does not fit.
 */
export function FitCheck({ deck, data, room }: { deck: readonly string[]; data: DeckData; room: Room }) {
  const places = useMemo(() => {
    const out: Place[] = [];
    deck.forEach((id, slide) => {
      const steps = slideSteps(id, data, room);
      const line = data.charts[id]?.spec.kind === 'line';
      for (let step = line ? steps - 1 : 0; step < steps; step++) out.push({ slide, step });
    });
    return out;
  }, [deck, data, room]);
  const [at, setAt] = useState(0);
  const [bad, setBad] = useState<string[]>([]);
  const [unsure, setUnsure] = useState<string[]>([]);
  // start again when the deck or the room changes
  useEffect(() => { setAt(0); setBad([]); setUnsure([]); }, [places]);
  const place = places[at];
  const name = place ? `Slide ${place.slide + 1}${slideSteps(deck[place.slide], data, room) > 1 ? `, step ${place.step + 1}` : ''}: ${slideTitle(deck[place.slide], data, place.step)}` : '';
  useEffect(() => {
    if (!place) return;
    const t = setTimeout(() => { setUnsure((u) => [...u, name]); setAt((a) => a + 1); }, WAIT_MS);
    return () => clearTimeout(t);
  }, [place, name]);
  const done = at >= places.length;
  return (
    <div className="fit-check" data-fit-check={done ? (bad.length ? 'warn' : 'ok') : 'running'}>
      <p role="status" className={bad.length ? 'deck-message error' : 'meta'}>
        {!done ? `Checking that every slide fits the room (${room.width}×${room.height}): ${at} of ${places.length}…`
          : bad.length ? `${bad.length} slide${bad.length > 1 ? 's do' : ' does'} not fit the room (${room.width}×${room.height}):`
            : `Every slide fits the room (${room.width}×${room.height}).`}
        {done && unsure.length > 0 && ` ${unsure.length} could not be checked in time.`}
      </p>
      {bad.length > 0 && <ul className="fit-check-list">{bad.map((b) => <li key={b}>{b}</li>)}</ul>}
      {place && (
        <div className="fit-check-stage" aria-hidden="true" inert style={{ width: room.width, height: room.height }}>
          <div className="slide-room" style={{ width: room.width, height: room.height }}>
            <Slide key={`${place.slide}-${place.step}`} id={deck[place.slide]} step={place.step} data={data} number={place.slide + 1} total={deck.length} room={room}
              onFit={(v) => {
                // the first verdict once drawn decides; then the next slide
                if (v === 'clipped') setBad((b) => (b.includes(name) ? b : [...b, name]));
                setAt((a) => (places[a] === place ? a + 1 : a));
              }} />
          </div>
        </div>
      )}
    </div>
  );
}

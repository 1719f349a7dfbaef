/**
 * The time axis of a theme: its dated events (events.csv) laid out in lanes so that no two marks or
 * numbers overlap, with the years as the documents give them (a year, a period, a range, "by" a year).
 * Pure, computed at build time; components/chart/Chronology.tsx draws it as SVG in the server HTML.
 */
import { byCode } from '../util/compare';
import type { EventRow } from '../data/schema';

export interface ChronoMark {
  event: EventRow;
  /** 1-based number shown on the mark and in the list. */
  n: number;
  lane: number;
  /** Years the mark spans on the axis (a single year is start = end). */
  from: number;
  to: number;
}

export interface Chronology {
  marks: ChronoMark[];
  lanes: number;
  /** First and last year of the axis. */
  domain: [number, number];
}

/** Room a mark needs on the axis, in years, besides its own span: its number badge. */
const BADGE_YEARS = 1.2;

export function layoutChronology(events: readonly EventRow[]): Chronology {
  const sorted = [...events].sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start) || byCode(a.id, b.id));
  const laneEnds: number[] = [];
  const marks = sorted.map((event, i): ChronoMark => {
    const from = event.start;
    const to = event.end ?? event.start;
    // a mark occupies its years plus the badge drawn before it
    let lane = laneEnds.findIndex((end) => end < from - BADGE_YEARS);
    if (lane === -1) { lane = laneEnds.length; laneEnds.push(to); } else laneEnds[lane] = to;
    return { event, n: i + 1, lane, from, to };
  });
  const years = marks.flatMap((m) => [m.from, m.to]);
  const domain: [number, number] = years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [0, 1];
  return { marks, lanes: laneEnds.length, domain };
}

/** Marks that share a lane and overlap (badge included): none, by construction; the tests check it. */
export function overlaps(c: Chronology): [ChronoMark, ChronoMark][] {
  const out: [ChronoMark, ChronoMark][] = [];
  for (const a of c.marks) {
    for (const b of c.marks) {
      if (a.n < b.n && a.lane === b.lane && b.from - BADGE_YEARS <= a.to && a.from - BADGE_YEARS <= b.to) out.push([a, b]);
    }
  }
  return out;
}

'use client';
import { useState, type FocusEvent, type MouseEvent, type UIEvent } from 'react';
import type { NetNode } from '@/lib/network/network';
import type { Storyline as Layout } from '@/lib/network/storyline';
import { PAGE_GEOMETRY, Storyline } from './Storyline';

interface Props {
  layout: Layout;
  index: ReadonlyMap<string, NetNode>;
  labels: ReadonlyMap<string, string>;
  selected?: string | null;
  year?: number;
  onSelect?: (id: string) => void;
  onYear?: (year: number) => void;
  /** Relation ids the documents disagree about. */
  disputed?: ReadonlySet<string>;
}

/**
 * The storyline in a box that scrolls sideways (a phone, or any screen narrower than 1917–1953), with the
 * names of the lines pinned at the left once their own labels scroll away, and the quote, document and
 * line of the event mark under the pointer or the keyboard focus shown under it.
 */
export function StorylineView({ layout, index, labels, selected, year, onSelect, onYear, disputed }: Props) {
  const g = PAGE_GEOMETRY;
  const [left, setLeft] = useState(0);
  const [detail, setDetail] = useState<string>('');
  const first = layout.years[0];
  const at = Math.min(layout.years[layout.years.length - 1], first + Math.max(0, Math.floor((left - g.left) / g.col) + 1));
  const pinned = left > g.left * 0.6 ? layout.lines.flatMap((l) => l.points.filter((p) => p.year === at).map((p) => ({ id: l.id, y: p.y }))) : [];
  const show = (e: FocusEvent | MouseEvent) => {
    const mark = (e.target as Element).closest?.('[data-event]');
    if (mark) setDetail(mark.getAttribute('aria-label') ?? '');
  };
  return (
    <div className="story-wrap" data-storyline="true">
      <div className="story-scroll" onScroll={(e: UIEvent<HTMLDivElement>) => setLeft(e.currentTarget.scrollLeft)} onFocus={show} onMouseOver={show}>
        <div className="story-pins" aria-hidden="true" data-pinned-year={pinned.length ? at : undefined}>
          {pinned.map((p) => (
            <span key={p.id} style={{ top: g.top + p.y * g.row - g.font * 0.75, fontSize: g.font }}>{labels.get(p.id) ?? p.id}</span>
          ))}
        </div>
        <Storyline layout={layout} index={index} labels={labels} selected={selected} year={year} onSelect={onSelect} onYear={onYear} disputed={disputed} />
      </div>
      <p className="story-detail meta" aria-live="polite">{detail || 'Point at or Tab to a mark (◇) to read its quote, document and line; select a line to read the person\'s relations.'}</p>
    </div>
  );
}

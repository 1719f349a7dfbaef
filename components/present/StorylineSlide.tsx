'use client';
import { useMemo } from 'react';
import { nodeIndex, type Network } from '@/lib/network/network';
import type { Storyline as Layout } from '@/lib/network/storyline';
import { STORY_PERIODS } from '@/lib/lecture/deck';
import { Storyline, rowsUntil, type StoryGeometry } from '@/components/network/Storyline';
import { nodeLabels } from '@/components/network/styles';
import { useBox } from '../shared/useBox';

/**
 * The storyline on a slide, 1917 to the last period's end, built up one period at a time; laid out for the
 * slide's free area with the slide's chart font (25 px at 1080p; names that would touch are left out).
 */
export function StorylineSlide({ network, layout, step, font }: { network: Network; layout: Layout; step: number; font: number }) {
  const [ref, box] = useBox<HTMLDivElement>();
  const index = useMemo(() => nodeIndex(network), [network]);
  const labels = useMemo(() => nodeLabels(network.nodes), [network]);
  const until = STORY_PERIODS[STORY_PERIODS.length - 1][1];
  const upTo = STORY_PERIODS[Math.min(step, STORY_PERIODS.length - 1)][1];
  const cols = layout.years.filter((y) => y <= until).length;
  const rows = rowsUntil(layout, until);
  const w = box.width || 1600;
  const h = box.height || 700;
  const left = font * 8;
  const g: StoryGeometry = { font, left, top: font * 3.2, col: (w - left - font * 2) / (cols + 1), row: (h - font * 4.2) / rows };
  return (
    <div ref={ref} className="slide-storyline" data-upto={upTo}>
      <Storyline layout={layout} index={index} labels={labels} geometry={g} upTo={upTo} until={until} />
    </div>
  );
}

/** The graph's labels: the page's font family once mounted, and the labels placed (lib/network/graphData.ts) only when what they depend on changes. */
'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphLabels, labelKey, type Box, type GraphNode } from '@/lib/network/graphData';
import type { PlacedLabel } from '@/lib/text/labelPlacement';
import { textWidth } from '@/lib/text/measure';

/**
 * The page's font family, once mounted (labels are then measured with it); null before, when labels are
 * sized by estimate as on the server, so the first render in the browser matches the HTML.
 */
export function useFontFamily(ref: { current: SVGSVGElement | null }): string | null {
  const [family, setFamily] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && typeof getComputedStyle === 'function') setFamily(getComputedStyle(ref.current).fontFamily || 'sans-serif');
  }, [ref]);
  return family;
}

/**
 * Places the visible nodes' labels clear of every mark, label and edge of the box. Re-placed when a node
 * moves, is selected or fades, or the box, font or family change; priorities are read from the latest render.
 */
export function useLabelPlacement(visible: readonly GraphNode[], degree: ReadonlyMap<string, number>, box: Box, font: number, family: string | null): Map<string, PlacedLabel> {
  const key = useMemo(() => labelKey(visible), [visible]);
  const latest = useRef({ visible, degree });
  latest.current = { visible, degree };
  return useMemo(() => {
    const { visible: vs, degree: dg } = latest.current;
    return graphLabels(vs, dg, box, (text, size, bold) => textWidth(text, size, bold, family ?? undefined));
  }, [key, box.width, box.height, font, family]); // eslint-disable-line react-hooks/exhaustive-deps
}

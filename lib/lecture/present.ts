/** What the lecture pages hand to the deck: every chart resolved, each chart's page, the network and its layout (lecture mode fetches all but the pages, lib/lecture/deckPayload.ts). */
import { CHARTS, resolveChart, themeOfTable } from '../charts/charts';
import { loadDataset, type Dataset } from '../data/data';
import type { DeckPayload } from './deckPayload';
import { networkOf } from '../network/computed';
import { chartPage } from '../charts/paths';

/** Each chart's page, to leave a slide for. */
export const chartPages = (): Record<string, string> => Object.fromEntries(CHARTS.map((c) => [c.slug, chartPage(c.slug, themeOfTable(c.theme)?.slug ?? c.theme)]));

export function deckData(d: Dataset = loadDataset()): DeckPayload & { pages: Record<string, string> } {
  const { network, layouts, storyline } = networkOf(d);
  return { charts: CHARTS.map((c) => resolveChart(c, d)), pages: chartPages(), network, layouts, storyline };
}

/** What the lecture pages hand to the deck: every chart resolved, each chart's page, the network and its layout (lecture mode fetches all but the pages, lib/deckPayload.ts). */
import { CHARTS, resolveChart, themeOfTable } from './charts';
import { loadDataset, type Dataset } from './data';
import type { DeckPayload } from './deckPayload';
import { layoutNetwork } from './layout';
import { buildNetwork } from './network';
import { buildStoryline } from './storyline';
import { chartPage } from './paths';

/** Each chart's page, to leave a slide for. */
export const chartPages = (): Record<string, string> => Object.fromEntries(CHARTS.map((c) => [c.slug, chartPage(c.slug, themeOfTable(c.theme)?.slug ?? c.theme)]));

export function deckData(d: Dataset = loadDataset()): DeckPayload & { pages: Record<string, string> } {
  const network = buildNetwork(d);
  return {
    charts: CHARTS.map((c) => resolveChart(c, d)),
    pages: chartPages(),
    network,
    layouts: layoutNetwork(network),
    storyline: buildStoryline(network),
  };
}

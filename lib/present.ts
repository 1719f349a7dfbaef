/** What the lecture pages hand to the deck: every chart resolved, each chart's page, the network and its layout. */
import { CHARTS, resolveChart, themeOfTable, type ResolvedChart } from './charts';
import { loadDataset } from './data';
import { layoutNetwork, type NetworkLayouts } from './layout';
import { buildNetwork, type Network } from './network';
import { buildStoryline, type Storyline } from './storyline';
import { chartPage } from './paths';

export function deckData(): { charts: ResolvedChart[]; pages: Record<string, string>; network: Network; layouts: NetworkLayouts; storyline: Storyline } {
  const d = loadDataset();
  const network = buildNetwork(d);
  return {
    charts: CHARTS.map((c) => resolveChart(c, d)),
    pages: Object.fromEntries(CHARTS.map((c) => [c.slug, chartPage(c.slug, themeOfTable(c.theme)?.slug ?? c.theme)])),
    network,
    layouts: layoutNetwork(network),
    storyline: buildStoryline(network),
  };
}

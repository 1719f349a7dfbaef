/** The data lecture mode fetches after its title slide (every chart resolved, the network, its layouts, the storyline), written at build to public/. */
import type { ResolvedChart } from '../charts/charts';
import type { NetworkLayouts } from '../network/layout';
import type { Network } from '../network/network';
import type { Storyline } from '../network/storyline';

/** Where the build writes it (scripts/prepare-data.ts) and lecture mode fetches it from (components/present/Deck.tsx). */
export const DECK_FILE = '/lecture-deck.json';

export interface DeckPayload { charts: ResolvedChart[]; network: Network; layouts: NetworkLayouts; storyline: Storyline }

/** What lecture mode draws with until its data has arrived: the title slide needs none of it. */
export const EMPTY_DECK: DeckPayload = {
  charts: [],
  network: { nodes: [], relations: [], span: [0, 0] },
  layouts: { wide: { ids: [], years: {} }, tall: { ids: [], years: {} } },
  storyline: { years: [], lines: [], bands: [], events: [], crossings: {}, rows: 0, undated: [] },
};

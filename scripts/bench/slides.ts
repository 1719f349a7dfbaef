/**
 * Lecture slides fit their room, in Chromium, with the same measure as the e2e test (tests/slide-measure.ts):
 * the default deck and a deck of every chart, every build step, at 1024×768, 1280×720, 1920×1080 and
 * 3840×2160. Limits: nothing outside the slide or its chart area, no text over another, the chart's drawing
 * spanning ≥ 60% of the free height, the smallest chart text ≥ 2.2% of the slide's height.
 */
import { chromium } from '@playwright/test';
import { CHARTS } from '../../lib/charts/charts';
import { DEFAULT_DECK, NETWORK_SLIDE, STORYLINE_SLIDE } from '../../lib/lecture/deck';
import { ROOMS, fitProblems, walkDeck } from '../../tests/slide-measure';

export const DECKS: Record<string, readonly string[]> = {
  default: DEFAULT_DECK,
  'every chart': [NETWORK_SLIDE, STORYLINE_SLIDE, ...CHARTS.map((c) => c.slug)],
};

export interface SlideFitRow { room: string; deck: string; places: number; problems: string[]; minFill: number; minText: number; minTextShare: number }

export async function benchSlides(base: string): Promise<SlideFitRow[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  const rows: SlideFitRow[] = [];
  try {
    for (const [width, height] of ROOMS) {
      for (const [name, deck] of Object.entries(DECKS)) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`${base}/present?deck=${deck.join(',')}`);
        await page.locator('.deck[data-ready="true"]').waitFor({ state: 'attached' });
        const ms = await walkDeck(page);
        const charts = ms.filter((m) => m.kind !== 'text');
        rows.push({
          room: `${width}×${height}`, deck: name, places: ms.length, problems: ms.flatMap(fitProblems),
          minFill: Math.min(...charts.map((m) => m.fill)), minText: Math.min(...charts.map((m) => m.minFont)),
          minTextShare: Math.min(...charts.map((m) => m.minFont / m.room.height)),
        });
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

import { expect, test } from '@playwright/test';
import { CHARTS } from '../../lib/charts/charts';
import { DEFAULT_DECK, NETWORK_SLIDE, STORYLINE_SLIDE } from '../../lib/lecture/deck';
import { ROOMS, fitProblems, walkDeck } from '../slide-measure';

/**
 * Fit, never clip: every slide of the default deck and of a deck of every chart, at every build step, in
 * rooms from an old 1024×768 projector to 4K. Measured in Chromium (tests/slide-measure.ts, shared with
 * `npm run bench`): nothing drawn outside the visible slide or its chart area, no text over another, the
 * chart's drawing spans at least 60% of the free height, the smallest chart text at least 2.2% of the height.
 */
const DECKS: Record<string, readonly string[]> = {
  default: DEFAULT_DECK,
  'every chart': [NETWORK_SLIDE, STORYLINE_SLIDE, ...CHARTS.map((c) => c.slug)],
};

for (const [w, h] of ROOMS) {
  for (const [name, deck] of Object.entries(DECKS)) {
    test(`every slide of the ${name} deck fits ${w}×${h}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/present?deck=${deck.join(',')}`);
      await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
      const measures = await walkDeck(page);
      // every slide was visited, each at every step
      expect(new Set(measures.map((m) => m.slide))).toEqual(new Set(deck));
      expect(measures.flatMap(fitProblems)).toEqual([]);
      const charts = measures.filter((m) => m.kind !== 'text');
      test.info().annotations.push({ type: 'fit', description: `${w}×${h} ${name}: ${measures.length} places; fill ≥ ${Math.min(...charts.map((m) => m.fill)).toFixed(2)}; text ≥ ${Math.min(...charts.map((m) => m.minFont)).toFixed(1)} px` });
    });
  }
}

test('a bar chart too tall for a small projector is split across build steps, on one scale, saying which rows each shows', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present?deck=arrested-by-rank');
  await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('deck-pos')).toHaveText(/step 1 of [2-9]/);
  const step = page.locator('.slide-step');
  await expect(step).toHaveText(/^rows 1–\d+ of 14$/);
  const seen = new Set<string>();
  const ticks: string[][] = [];
  for (;;) {
    await expect(page.locator('.slide[data-fit="ok"]')).toBeAttached();
    for (const id of await page.locator('.slide [data-mark="bar"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-row') ?? ''))) seen.add(id);
    ticks.push(await page.locator('.slide .recharts-xAxis .recharts-cartesian-axis-tick-value').allTextContents());
    const pos = (await page.getByTestId('deck-pos').textContent()) ?? '';
    const [, s, of] = /step (\d+) of (\d+)/.exec(pos) ?? [];
    if (s === of) break;
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('deck-pos')).not.toHaveText(pos);
  }
  // every bar of the chart (14 ranks, arrested and in post) on one of the steps, and the same value axis on each
  expect(seen.size).toBe(28);
  expect(new Set(ticks.map((t) => t.join('|'))).size).toBe(1);
});

test('a line chart on a slide places its figures and events clear of each other, each beside its own point', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present?deck=collective-farms&step=8');
  // the place in the link is kept on a deck of the link's own
  await expect(page.locator('.slide-step')).toHaveText('to 1936');
  await expect(page.locator('.slide[data-fit="ok"] .line-labels')).toBeAttached();
  const far = await page.locator('.slide .line-labels text[data-label-for]').evaluateAll((els) => els.flatMap((t) => {
    const id = t.getAttribute('data-label-for') ?? '';
    if (id.startsWith('event:')) return [];
    const dot = document.querySelector(`.slide circle[data-mark="point"][data-row="${id}"]`);
    if (!dot) return [`${id}: no point`];
    const a = t.getBoundingClientRect();
    const b = dot.getBoundingClientRect();
    // the gap between the label's box and its point's
    const dx = Math.max(0, a.left - b.right, b.left - a.right);
    const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return Math.hypot(dx, dy) > 24 ? [`${id}: ${Math.round(Math.hypot(dx, dy))} px from its point`] : [];
  }));
  expect(far).toEqual([]);
  expect(await page.locator('.slide .line-labels text[data-label-for^="event:"]').count()).toBeGreaterThan(0);
});

test('the presenter view checks every slide against the room before the lecture, and warns when one does not fit', async ({ context }) => {
  test.setTimeout(120_000);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1600, height: 900 });
  await presenter.goto('/present?presenter=1');
  await expect(presenter.locator('.deck[data-ready="true"]')).toBeAttached();
  await expect(presenter.locator('[data-fit-check="ok"]')).toBeAttached({ timeout: 90_000 });
  await expect(presenter.locator('.fit-check')).toContainText('Every slide fits the room (1920×1030)');
  // an audience window far too small for a unit chart of 1,966 squares: the presenter is warned, by slide
  const audience = await context.newPage();
  await audience.setViewportSize({ width: 420, height: 300 });
  await audience.goto('/present?slide=13');
  await expect(presenter.locator('.presenter-current')).toHaveAttribute('data-room', /^420x/);
  await expect(presenter.locator('[data-fit-check="warn"]')).toBeAttached({ timeout: 90_000 });
  await expect(presenter.locator('.fit-check-list')).toContainText('The 1,966 delegates of the 17th Congress');
  // and the slide itself says so, in the room
  await expect(audience.locator('.slide[data-fit="clipped"] .slide-clipped')).toBeVisible();
});

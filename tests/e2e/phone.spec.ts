import { expect, test, type Page } from '@playwright/test';

/** A 375 px phone: the page's own title in the first screen, tables as cards, disagreements beside the figures. */
test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

const noSidewaysScroll = async (page: Page) => {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, 'page width').toBeLessThanOrEqual(width + 1);
};

test('the navigation folds behind a Menu button that opens, closes with Escape and works from the keyboard', async ({ page }) => {
  for (const path of ['/', '/congress', '/network']) {
    await page.goto(path);
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(h1!.y + h1!.height, `${path}: the title is in the first screen`).toBeLessThan(740);
  }
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const sources = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' });
  await expect(sources).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sources).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await menu.click();
  await sources.click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
});

test('tables are one card per row: value, document, line and quote readable without scrolling sideways', async ({ page }) => {
  for (const path of ['/sources?theme=people', '/network?view=table&year=1926', '/', '/congress?central-committee-1934.view=table']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await noSidewaysScroll(page);
    const table = page.locator('table.cards-on-phone:visible').first();
    const row = table.locator('tbody tr:visible').first();
    await expect(row, path).toBeVisible();
    for (const cell of await row.locator('td').all()) {
      if (!(await cell.isVisible())) continue;
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width, `${path}: a cell inside the screen`).toBeLessThanOrEqual(376);
    }
    await expect(row.locator('td[data-label^="Quote"]').first(), path).toBeVisible();
  }
});

test('a disagreement shows its readings and their documents beside the chart, not in a closed note', async ({ page }) => {
  await page.goto('/congress');
  const box = page.locator('[data-chart-disputes="central-committee-1934"]');
  await expect(box).toBeVisible();
  for (const [figure, doc] of [['110', '000, line 63'], ['98', '004, line 171'], ['110', '001, line 290']]) {
    await expect(box.locator('[data-reading]').filter({ hasText: doc })).toContainText(figure);
  }
});

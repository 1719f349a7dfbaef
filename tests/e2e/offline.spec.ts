import { expect, test } from '@playwright/test';
import { CHARTS, THEMES } from '../../lib/charts/charts';

// the service worker is blocked in the other tests (playwright.config.ts); this one is about it
test.use({ serviceWorkers: 'allow' });

interface OfflineList { version: string; pages: string[]; files: string[]; assets: string[] }

test('after one visit every page, CSV and download works with the network off', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // the worker has installed when the whole list, and the assets of every page, are in its cache
  await page.evaluate('navigator.serviceWorker.ready');
  await expect.poll(async () => page.evaluate(`(async () => {
    const hit = await caches.match('/offline.json');
    return hit ? ((await hit.json()).assets ?? []).length : 0;
  })()`), { timeout: 60_000 }).toBeGreaterThan(0);
  const list = await page.evaluate(`(async () => (await caches.match('/offline.json')).json())()`) as OfflineList;
  // the build listed its assets: every script and style this page loaded is among them
  const loaded = await page.evaluate(`performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/_next/static/'))`) as string[];
  expect(loaded.length).toBeGreaterThan(0);
  expect(list.assets).toEqual(expect.arrayContaining(loaded));
  expect(list.pages).toEqual(expect.arrayContaining(['/', '/network', '/sources', '/present', '/present/handout', '/deck', ...THEMES.map((t) => `/${t.slug}`), ...CHARTS.map((c) => `/embed/${c.slug}`)]));

  await context.setOffline(true);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));

  // every page loads from the cache and its scripts run (charts draw marks, the network draws nodes)
  for (const path of list.pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    if (path === '/network') await expect(page.locator('[data-ready="true"]')).toBeAttached();
    else if (path === '/sources') await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    else if (path === '/deck') await expect(page.getByRole('heading', { level: 1, name: 'My deck' })).toBeVisible();
    else if (path === '/present') {
      // a lecture offline: the deck runs and draws its charts
      await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.slide .recharts-surface [data-mark]').first()).toBeAttached();
    }
    else await expect(page.locator('[data-mark]').first(), path).toBeAttached();
  }
  // a page with view state in its query string is the same cached page
  await page.goto('/sources?chart=prisoners');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  // moving through the site by its own links works offline too
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The officer corps' }).click();
  await expect(page).toHaveURL(/\/officer-corps$/);
  await expect(page.locator('section[data-chart="officers-liquidated"] [data-mark]').first()).toBeAttached();

  // every file answers from the cache, and a CSV download link delivers the file
  const statuses = await page.evaluate(`(async (files) => Promise.all(files.map(async (f) => [f, (await fetch(f)).status])))(${JSON.stringify(list.files)})`) as [string, number][];
  expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
  await page.goto('/');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/data/repression.csv"]').first().click()]);
  const text = await (await import('node:fs')).promises.readFile((await dl.path())!, 'utf8');
  expect(text.split('\n')[0]).toContain('id,topic,measure');
  // the image export loads its library on demand: that chunk was cached too
  await page.goto('/officer-corps');
  const frame = page.locator('section[data-chart="officers-liquidated"]');
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('officers-liquidated.png');
  expect(problems).toEqual([]);
});

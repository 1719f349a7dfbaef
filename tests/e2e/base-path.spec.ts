import { expect, test } from '@playwright/test';
import { CHARTS, THEMES } from '../../lib/charts/charts';

/** The site built with BASE_PATH=/purge-atlas (npm run build:base), served under it (playwright.config.ts). */
const BASE = '/purge-atlas';
const PAGES = ['/', ...THEMES.map((t) => `/${t.slug}`), '/network', '/network/timeline', '/people', '/people/trotsky', '/sources', '/present', '/present/handout', '/deck', `/embed/${CHARTS[0].slug}`];

test('under a base path every link, script, style, image and download of every page answers', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const p of PAGES) {
    const res = await page.goto(`${BASE}${p}`);
    expect(res?.status(), p).toBe(200);
    const urls = await page.evaluate(() => [
      // SVG links too (their href is not a string property): resolved as the browser does
      ...[...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href),
      ...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
      ...[...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
      ...[...document.querySelectorAll('img[src]')].map((i) => (i as HTMLImageElement).src),
    ]);
    for (const u of urls) {
      const url = new URL(u);
      if (url.origin !== new URL(page.url()).origin) continue;
      url.hash = '';
      const key = url.pathname + url.search;
      if (seen.has(key)) continue;
      seen.add(key);
      expect(url.pathname, `${p} links ${key}`).toMatch(new RegExp(`^${BASE}(/|$)`));
      const r = await request.get(key);
      expect(r.status(), `${p} → ${key}`).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThan(100);
  // the root of the host is not the site
  expect((await request.get('/collectivisation')).status()).toBe(404);
});

test('under a base path the embed and citation codes, client navigation and the 404 page carry the path', async ({ page, baseURL }) => {
  await page.goto(`${BASE}/collectivisation`);
  const frame = page.locator('section[data-chart="collective-farms"]');
  await frame.locator('[data-section="embed"] summary').click();
  await expect(frame.locator('[data-copy="Embed code"] pre')).toContainText(`<iframe src="${baseURL}${BASE}/embed/collective-farms"`);
  await frame.locator('[data-section="code"] summary').click();
  await expect(frame.locator('[data-section="code"] pre').first()).toContainText(`${baseURL}${BASE}/charts/collective-farms.csv`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(`${baseURL}${BASE}/sources`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  const res = await page.goto(`${BASE}/data/no-such.csv`);
  expect(res?.status()).toBe(404);
  await expect(page.locator('[data-missing]')).toContainText(`${BASE}/data/no-such.csv`);
  await expect(page.locator('[data-missing]')).toContainText('no data file');
});

test.describe('offline under a base path', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the service worker takes the base path as its scope and precaches the site under it', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto(`${BASE}/`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(`${BASE}/`);
    // the worker activates once everything is cached
    await expect.poll(async () => page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = keys.length ? await caches.open(keys[0]) : null;
      return cache ? (await cache.keys()).map((r) => new URL(r.url).pathname) : [];
    }), { timeout: 90_000 }).toEqual(expect.arrayContaining([`${BASE}/network`, `${BASE}/data/people.csv`, `${BASE}/offline.json`]));
    await context.setOffline(true);
    await page.goto(`${BASE}/network`);
    await expect(page.getByRole('heading', { level: 1, name: 'The party struggle' })).toBeVisible();
    const csv = await page.evaluate(async (b) => (await fetch(`${b}/data/people.csv`)).text(), BASE);
    expect(csv.startsWith('id,name,roles')).toBe(true);
  });
});

test('a build given its address (SITE_URL) writes it into the HTML as served: snippets, citations, embed codes, canonical links, the descriptor', async ({ request, baseURL }) => {
  const site = `${baseURL}${BASE}`; // npm run build:base sets SITE_URL to the address the tests serve it at
  const html = await (await request.get(`${BASE}/collectivisation`)).text();
  expect(html).toContain(`${site}/charts/collective-farms.csv`);
  expect(html).toContain(`&lt;iframe src=&quot;${site}/embed/collective-farms&quot;`);
  expect(html).toContain(`${site}/collectivisation#collective-farms`);
  expect(html).not.toContain('YOUR-SITE');
  expect(html).toContain(`<link rel="canonical" href="${site}/collectivisation"/>`);
  const home = await (await request.get(`${BASE}/`)).text();
  expect(home).toContain(`<link rel="canonical" href="${site}/"/>`);
  const pkg = await (await request.get(`${BASE}/data/datapackage.json`)).json();
  expect(pkg.homepage).toBe(site);
});

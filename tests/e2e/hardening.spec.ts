import { expect, test, type Page } from '@playwright/test';
import { CHARTS, THEMES } from '../../lib/charts/charts';
import { PACKAGE_TABLES } from '../../lib/data/schema';
import fs from 'node:fs';
import { headersFile, headersFor } from '../../lib/site/headers';
import { exportRoutes } from '../../scripts/serve-lib';
import { hostHeaders } from '../host-headers';

/** Every kind of response the site gives: pages, embeds, static data, build assets, the worker, a 404. */
async function addresses(page: Page): Promise<string[]> {
  await page.goto('/collectivisation');
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  return [
    '/', ...THEMES.map((t) => `/${t.slug}`), '/network', '/sources', `/embed/${CHARTS[0].slug}`,
    ...PACKAGE_TABLES.map((t) => `/data/${t.file}`), '/data/datapackage.json', '/downloads/all.zip',
    `/charts/${CHARTS[0].slug}.csv`, `/charts/${CHARTS[0].slug}.zip`, '/sw.js', '/icon.svg', asset!, '/no-such-page',
  ];
}

test('every response carries the security headers; only embeds may be framed', async ({ page, request }) => {
  for (const url of await addresses(page)) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(url === '/no-such-page' ? 404 : 200);
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp, url).toContain("default-src 'self'");
    expect(csp, url).toContain("object-src 'none'");
    expect(csp, url).toContain("base-uri 'self'");
    expect(csp, url).not.toContain('unsafe-eval');
    expect(h['x-content-type-options'], url).toBe('nosniff');
    expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(h['x-powered-by'], url).toBeUndefined();
    // exactly the declared headers of lib/site/headers.ts, the cache policy included
    for (const [k, v] of Object.entries(headersFor(url))) expect(h[k.toLowerCase()], `${url} ${k}`).toBe(v);
    if (url.startsWith('/_next/static/')) expect(h['cache-control'], url).toContain('immutable');
    else expect(h['cache-control'], url).toContain('must-revalidate');
    if (url.startsWith('/embed/')) {
      expect(csp, url).toContain('frame-ancestors *');
      expect(h['x-frame-options'], url).toBeUndefined();
    } else {
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(h['x-frame-options'], url).toBe('DENY');
    }
  }
});

const XSS = '<script>window.__pwned=1</script>';
const IMG = '"><img src=x onerror="window.__pwned=2">';

async function noInjection(page: Page) {
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain('window.__pwned=1</script>');
  expect(html).not.toContain('<img src=x');
}

test('hostile query strings are ignored, not reflected: charts, network and sources', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });

  // a chart: unknown view, scale and series, and every series hidden
  const c = 'prisoners';
  const q = new URLSearchParams({ [`${c}.view`]: XSS, [`${c}.scale`]: IMG, [`${c}.hide`]: 'prisoners,political,__proto__' });
  await page.goto(`/repression?${q}`);
  const frame = page.locator(`section[data-chart="${c}"]`);
  await expect(frame).toHaveAttribute('data-view', 'chart');
  await expect(frame.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('[data-series]').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.chart-area [data-mark]:visible')).toHaveCount(4);
  await noInjection(page);

  // the network: a year far out of range, unknown node and edge, script in the lists and the view
  const n = new URLSearchParams({ year: '99999', node: XSS, edge: IMG, types: `allied,${XSS}`, factions: '__proto__,constructor', view: XSS });
  await page.goto(`/network?${n}`);
  await expect(page.locator('[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('year')).toHaveText(/^\d{4}$/);
  await expect(page.locator('.net-svg [data-node]').first()).toBeAttached();
  await noInjection(page);
  // the first change the page writes to the address drops every value it did not accept
  await page.getByRole('button', { name: 'Previous year' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('year')).toMatch(/^\d{4}$/);
  const written = new URL(page.url()).searchParams;
  expect([...written.keys()].filter((k) => written.get(k)!.includes('<'))).toEqual([]);
  expect(written.get('node')).toBeNull();
  expect(written.get('types')).toBe('allied');
  // a year given as 1924 with junk after it is not a year
  await page.goto('/network?year=1924abc');
  await expect(page.getByTestId('year')).not.toHaveText('1924abc');

  // sources: the search text is shown only as the text of the search box; unknown filters are dropped
  for (const chart of ['__proto__', 'constructor', XSS]) {
    await page.goto(`/sources?${new URLSearchParams({ q: IMG, chart, theme: '../../etc/passwd', source: XSS })}`);
    await expect(page.getByRole('searchbox')).toHaveValue(IMG);
    await noInjection(page);
  }
  expect(errors).toEqual([]);
});

test('an unknown page and a missing data file get a 404 that keeps the navigation and names what is missing', async ({ page }) => {
  for (const [path, kind] of [['/no-such-page', 'page'], ['/data/missing.csv', 'data file'], ['/charts/nope.zip', 'data file']] as const) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.locator('main [role="alert"]')).toHaveText(new RegExp(`There is no ${kind} at ${path.replace(/\./g, '\\.')}`));
  }
  // the list of tables on it leads to real files
  const links = await page.locator('main a[href^="/data/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBe(PACKAGE_TABLES.length + 1);
  for (const l of links) expect((await page.request.get(l)).status(), l).toBe(200);
  // navigation from the 404 works
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
});

test('pages, scripts, styles, CSVs and JSON come precompressed to a client that accepts it, and whole to one that does not', async ({ page, request }) => {
  await page.goto('/collectivisation');
  const script = (await page.locator('script[src^="/_next/static/"]').first().getAttribute('src'))!;
  const style = (await page.locator('link[rel="stylesheet"]').first().getAttribute('href'))!;
  for (const url of ['/', '/network', script, style, '/data/relations.csv', '/data/datapackage.json']) {
    for (const [accept, enc] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', undefined]] as const) {
      const res = await request.get(url, { headers: { 'Accept-Encoding': accept } });
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-encoding'], `${url} with ${accept}`).toBe(enc);
      expect(res.headers()['vary'] ?? '', url).toContain('Accept-Encoding');
    }
    // the same bytes whichever way they travel
    const plain = await (await request.get(url, { headers: { 'Accept-Encoding': 'identity' } })).body();
    expect((await (await request.get(url, { headers: { 'Accept-Encoding': 'br' } })).body()).equals(plain), url).toBe(true);
  }
});

test('the headers file written for static hosts gives every address of the export the declared headers, under a base path too', async ({ page }) => {
  for (const [dir, base] of [['out', ''], ['out-base', '/purge-atlas']] as const) {
    expect(fs.existsSync(`${dir}/.nojekyll`), `${dir}/.nojekyll (GitHub Pages publishes _next/)`).toBe(true);
    const file = fs.readFileSync(`${dir}/_headers`, 'utf8');
    expect(file).toBe(headersFile(exportRoutes(dir), base));
    for (const url of await addresses(page)) {
      const got = hostHeaders(file, `${base}${url}`);
      if (url === '/no-such-page') continue; // a host sends its 404 page with the headers of that page
      for (const [k, v] of Object.entries(headersFor(url))) expect(got[k], `${dir} ${url} ${k}`).toEqual([v]);
    }
  }
});

import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readDataset } from '../../lib/data/data';
import { CHARTS, THEMES, chartIds, markCount, resolveChart } from '../../lib/charts/charts';
import { parseTable } from '../../lib/data/load';
import { STAT_TABLES } from '../../lib/data/schema';
import { disagreements } from '../../lib/data/stats';
import { shownMarks } from './marks';
import { SOURCES_PAGE_SIZE } from '../../lib/site/paging';

const { dataset } = readDataset();
const resolved = CHARTS.map((c) => resolveChart(c, dataset));

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

for (const theme of THEMES) {
  test(`${theme.slug}: every chart draws one mark per plotted figure, no console errors`, async ({ page }) => {
    const problems = watchErrors(page);
    await page.goto(`/${theme.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: theme.title })).toBeVisible();
    const charts = resolved.filter((c) => c.spec.theme === theme.table);
    const counted: Record<string, number> = {};
    for (const c of charts) {
      const frame = page.locator(`section[data-chart="${c.spec.slug}"]`);
      await expect(frame.getByRole('heading', { level: 2, name: c.spec.title })).toBeVisible();
      const { marks, filled } = markCount(c);
      const recharts = c.spec.kind === 'bar' || c.spec.kind === 'line';
      const expected = (live: boolean) => ({
        marks, filled, live: recharts && live, surfaces: recharts ? 1 : 0,
        // each drawn mark is a row of the chart
        rows: c.spec.kind === 'units' ? [] : c.rows.map((r) => r.row.id).sort(),
      });
      const shown = async () => { const s = await shownMarks(frame); return { ...s, rows: s.rows.sort() }; };
      // as served: the build-time picture (units and figures are markup)
      await expect.poll(shown, { message: c.spec.slug }).toEqual(expected(false));
      for (const e of c.events) await expect(frame.locator('.chart-area svg.recharts-surface:visible'), e.id).toContainText(e.label);
      if (recharts) {
        // the reader reaches for it: the live chart takes over, with the same marks
        await frame.locator('.chart-area').hover();
        await expect.poll(shown, { message: `${c.spec.slug} live` }).toEqual(expected(true));
        for (const e of c.events) await expect(frame.locator('.chart-area svg.recharts-surface:visible'), e.id).toContainText(e.label);
      }
      await expect(frame.locator('.chart-source')).toContainText(c.rows[0].row.source.slice(0, 3));
      counted[c.spec.slug] = marks;
    }
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    fs.writeFileSync(`test-results/screenshots/${theme.slug}.marks.json`, JSON.stringify(counted, null, 2));
    await page.screenshot({ path: `test-results/screenshots/${theme.slug}.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
}

test('a phone (375 px) gets every page without sideways scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  for (const path of ['/', ...THEMES.map((t) => `/${t.slug}`), '/network', '/sources']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
  await page.goto('/officer-corps');
  await page.screenshot({ path: 'test-results/screenshots/officer-corps-375.png', fullPage: true });
  await page.close();
});

test('each chart CSV holds exactly its plotted rows in the schema of data/', async ({ request }) => {
  for (const c of resolved) {
    const res = await request.get(`/charts/${c.spec.slug}.csv`);
    expect(res.status(), c.spec.slug).toBe(200);
    const spec = STAT_TABLES.find((t) => t.name === c.spec.theme)!;
    const parsed = parseTable(spec, await res.text(), `${c.spec.slug}.csv`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.id)).toEqual(chartIds(c.spec));
  }
});

test('Download CSV, PNG and SVG from a chart frame', async ({ page }) => {
  await page.goto('/officer-corps');
  const frame = page.locator('section[data-chart="officers-liquidated"]');
  await expect(frame.locator('[data-mark]:visible')).toHaveCount(2);

  const [csv] = await Promise.all([page.waitForEvent('download'), frame.getByRole('link', { name: 'Data in this view (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe('officers-liquidated.csv');
  const parsed = parseTable(STAT_TABLES[2], fs.readFileSync(await csv.path(), 'utf8'), 'dl.csv');
  expect(parsed.rows.map((r) => r.id)).toEqual(['off_liquidated_001', 'off_liquidated_000']);

  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('officers-liquidated.png');
  const bytes = fs.readFileSync(await png.path());
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  const box = await frame.locator('.chart-export').boundingBox();
  expect(width).toBe(Math.round(box!.width) * 2);

  const [svg] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download SVG' }).click()]);
  const svgText = fs.readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('Officers liquidated, as 000 and 001 give them');
  expect(svgText).toContain('line 336');
  expect(svgText).not.toContain('Download PNG');
});

test('a copied link restores view, scale and series', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/officer-corps');
  const frame = page.locator('section[data-chart="arrested-by-rank"]');
  await expect(frame.locator('[data-mark]:visible')).toHaveCount(28);
  await frame.getByRole('button', { name: 'Log' }).click();
  await frame.getByRole('button', { name: 'In post', exact: true }).click();
  await expect(frame.locator('.chart-area [data-mark]:visible')).toHaveCount(14);
  await frame.getByRole('button', { name: 'Table' }).click();
  await frame.getByRole('button', { name: 'Copy link' }).click();
  const link = await frame.getByRole('textbox', { name: 'Link to this chart' }).inputValue();
  expect(link).toContain('arrested-by-rank.view=table');
  expect(link).toContain('arrested-by-rank.scale=log');
  expect(link).toContain('arrested-by-rank.hide=in_post');
  expect(link.endsWith('#arrested-by-rank')).toBe(true);

  const fresh = await context.newPage();
  await fresh.goto(link);
  const again = fresh.locator('section[data-chart="arrested-by-rank"]');
  await expect(again).toHaveAttribute('data-view', 'table');
  await expect(again.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByRole('button', { name: 'In post', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(again.locator('.chart-table tbody tr')).toHaveCount(14);
  await again.getByRole('button', { name: 'Chart' }).click();
  await expect(again.locator('.chart-area [data-mark]:visible')).toHaveCount(14);
  await expect(again.locator('.chart-area svg.recharts-surface:visible')).toContainText('(log scale)');
});

test('hovering a bar shows its figure, approximation word and quote', async ({ page }) => {
  await page.goto('/repression');
  const frame = page.locator('section[data-chart="repression-scale"]');
  // the picture is there first; pointing at it mounts the live chart, whose bar shows the tooltip
  await frame.locator('.chart-area [data-row="rep_deaths_1935_40"]:visible').hover();
  await expect(frame.locator('.chart-body[data-live="true"]')).toBeAttached();
  await frame.locator('.chart-area [data-row="rep_deaths_1935_40"]:visible').hover({ position: { x: 3, y: 3 } });
  const tip = frame.locator('.chart-tip');
  await expect(tip).toContainText('at least 7,000,000');
  await expect(tip).toContainText('000, line 75');
});

test('the sources page lists every document and row a page at a time, filters by chart, theme and search', async ({ page }) => {
  const problems = watchErrors(page);
  const onPage = (n: number) => Math.min(n, SOURCES_PAGE_SIZE);
  await page.goto('/sources');
  await expect(page.locator('[data-source]')).toHaveCount(dataset.sources.length);
  const total = STAT_TABLES.reduce((n, t) => n + dataset.stats[t.name].length, 0) + dataset.events.length + dataset.people.length + dataset.factions.length + dataset.relations.length + dataset.disagreements.length;
  await expect(page.getByTestId('row-status')).toHaveText(`${total} of ${total} rows`);
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(onPage(total));
  // every row is on one page or another: walk them all
  const seen = new Set<string>();
  const next = page.getByRole('navigation', { name: 'Pages of rows (bottom)' }).getByRole('button', { name: /^Next/ });
  for (let p = 0; ; p++) {
    await expect(page.getByTestId('row-range')).toContainText(`rows ${p * SOURCES_PAGE_SIZE + 1}–`);
    for (const id of await page.locator('tbody tr[data-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))) seen.add(id ?? '');
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(seen.size).toBe(total);
  await expect(page).toHaveURL(new RegExp(`page=${Math.ceil(total / SOURCES_PAGE_SIZE)}$`));

  // a link to a row on a later page opens that page, the row in view
  const last = dataset.disagreements[dataset.disagreements.length - 1].id;
  await page.goto(`/sources#row-${last}`);
  await expect(page.locator(`tr[data-row="${last}"]`)).toBeInViewport();
  // a malformed row link opens the first page, without an error
  await page.goto('/sources#row-%E0%A4%A');
  await expect(page.getByTestId('row-range')).toContainText('rows 1–');

  await page.goto('/sources');
  await page.getByRole('searchbox').fill('firing squads');
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(5);

  const cc = CHARTS.find((c) => c.slug === 'central-committee-1934')!;
  await page.goto('/sources?chart=central-committee-1934');
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(chartIds(cc).length);
  await expect(page.locator('tr[data-row="cong_cc_victims_004"]')).toContainText('004, line 171');

  await page.goto('/sources?theme=people');
  await expect(page.getByTestId('row-status')).toHaveText(`${dataset.people.length} of ${total} rows`);
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(onPage(dataset.people.length));

  // "Only disputed rows": every reading, every row a disagreement names, every figure another document contradicts
  const named = new Set(dataset.disagreements.map((r) => r.row));
  const contradicted = new Set(STAT_TABLES.flatMap((t) => disagreements(dataset.stats[t.name]).flatMap((g) => g.rows.map((r) => r.id))));
  const disputedRows = new Set([...dataset.disagreements.map((r) => r.id), ...named, ...contradicted]);
  await page.goto('/sources?disputed=1');
  await expect(page.getByRole('checkbox', { name: 'Only disputed rows' })).toBeChecked();
  await expect(page.getByTestId('row-status')).toHaveText(`${disputedRows.size} of ${total} rows`);
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(onPage(disputedRows.size));
  await page.getByRole('searchbox').fill('stassova');
  await expect(page.locator('tr[data-row="stassova"]')).toBeVisible();
  await page.getByRole('searchbox').fill('stalin');
  await expect(page.locator('tr[data-row="stalin"]')).toHaveCount(0);
  await page.getByRole('searchbox').fill('');
  await page.getByRole('checkbox', { name: 'Only disputed rows' }).uncheck();
  await expect(page).toHaveURL(/\/sources$/);
  await page.screenshot({ path: 'test-results/screenshots/sources.png' });
  expect(problems).toEqual([]);
});

test('a chart source line links to its rows on the sources page', async ({ page }) => {
  await page.goto('/congress');
  await page.locator('section[data-chart="central-committee-1917"]').getByRole('link', { name: 'The rows and quotes behind this chart' }).click();
  await expect(page).toHaveURL(/\/sources\?chart=central-committee-1917$/);
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(8);
});

test('every theme page has its events on a time axis in the HTML as served, with disputes beside the event', async ({ request }) => {
  for (const t of THEMES) {
    const html = await (await request.get(`/${t.slug}`)).text();
    const events = dataset.events.filter((e) => e.theme === t.table);
    expect(events.length, t.slug).toBeGreaterThan(0);
    expect(html, t.slug).toContain('data-chronology="chronology"');
    for (const e of events) expect(html, `${t.slug}: ${e.id}`).toContain(`id="ev-${e.id}"`);
  }
  const repression = await (await request.get('/repression')).text();
  // the two trials each called "the first" carry both readings next to them
  expect(repression).toContain('data-dispute="first_trial"');
  const officers = await (await request.get('/officer-corps')).text();
  expect(officers.replace(/<!-- -->/g, "")).toMatch(/Officers liquidated<\/strong>, 1937–1938/);
});

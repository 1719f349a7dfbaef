import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readDataset } from '../../lib/data/data';
import { summarise } from '../../lib/data/catalog';
import { parseTable } from '../../lib/data/load';
import { ALL_TABLES, PACKAGE_TABLES } from '../../lib/data/schema';
import { THEMES } from '../../lib/charts/charts';

const { dataset } = readDataset();
const summary = summarise(dataset);

test('home page lists every theme with its row count, without console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Purge Atlas' })).toBeVisible();
  for (const s of summary.filter((x) => x.spec.kind === 'stats')) {
    const card = page.locator(`li.card[data-table="${s.spec.name}"]`);
    const theme = THEMES.find((t) => t.table === s.spec.name)!;
    await expect(card.getByRole('heading', { name: theme.title })).toBeVisible();
    await expect(card.locator('.mini-chart [data-mark]').first()).toBeAttached();
    await expect(card.getByTestId('row-count')).toHaveText(String(s.rows));
  }
  // the disagreement on the 1934 Central Committee is shown with both figures
  const cc = page.locator('tr[data-measure="cc_1934_victims"]');
  await expect(cc).toHaveCount(3);
  await expect(cc.filter({ hasText: '98' })).toHaveCount(1);
  await expect(cc.filter({ hasText: '110' })).toHaveCount(2);
  // a headline says what it counts and out of what, and equal figures of two documents are one figure, not "110 vs 110"
  const congress = page.locator('li.card[data-table="congress"] .headline');
  await expect(congress).toContainText('of the 139 members of the Central Committee elected at the 17th Congress in 1934');
  await expect(congress.locator('.headline-figure')).toHaveText(['110 (000, 001)', 'or 98 (004)']);
  expect((await page.locator('.headline').allInnerTexts()).join('\n')).not.toMatch(/\bvs\b/);
  await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('the sources page accounts for every line with a figure: in the data, or in the ledger with its reason', async ({ page }) => {
  await page.goto('/sources');
  for (const s of dataset.sources) {
    const ledger = dataset.ledger.filter((l) => l.source === s.file);
    const account = page.locator(`[data-figure-account="${s.file}"]`);
    await expect(account.locator('summary')).toContainText(`${ledger.length} are not`);
    await account.locator('summary').click();
    await expect(account.locator('[data-ledger-line]')).toHaveCount(ledger.length);
  }
});

test('every CSV downloads at /data/NAME.csv and parses to the same rows', async ({ request }) => {
  for (const spec of ALL_TABLES) {
    const res = await request.get(`/data/${spec.file}`);
    expect(res.status(), spec.file).toBe(200);
    const text = await res.text();
    const parsed = parseTable(spec, text);
    expect(parsed.errors).toEqual([]);
    // a byte-order mark, so that Excel reads UTF-8 (en dashes, curly quotes) as UTF-8
    expect([...(await res.body()).subarray(0, 3)], spec.file).toEqual([0xef, 0xbb, 0xbf]);
    // one line-end convention, the one datapackage.json declares: CRLF after every record
    expect(text.endsWith('\r\n'), spec.file).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g), spec.file).toBeNull();
    expect(parsed.rows.length).toBe(summary.find((s) => s.spec.name === spec.name)!.rows);
  }
});

test('all.zip holds every CSV, the generated nodes.csv, datapackage.json and the data README', async ({ request }) => {
  const res = await request.get('/downloads/all.zip');
  expect(res.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await res.body()));
  const names = Object.keys(files).sort();
  expect(names).toEqual([...PACKAGE_TABLES.map((t) => `purge-atlas-data/${t.file}`), 'purge-atlas-data/README.md', 'purge-atlas-data/datapackage.json'].sort());
  expect(strFromU8(files['purge-atlas-data/README.md'])).toContain('# Purge Atlas data');
  // the descriptor in the zip is the one served at /data/datapackage.json, and names every CSV beside it
  const served = await (await request.get('/data/datapackage.json')).json();
  const zipped = JSON.parse(strFromU8(files['purge-atlas-data/datapackage.json']));
  expect(zipped).toEqual(served);
  for (const r of served.resources as { path: string }[]) {
    expect(names).toContain(`purge-atlas-data/${r.path}`);
    expect((await request.get(`/data/${r.path}`)).status(), r.path).toBe(200);
  }
});

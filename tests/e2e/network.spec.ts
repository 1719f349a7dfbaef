import { expect, test } from '@playwright/test';
import { readDataset } from '../../lib/data/data';
import { buildNetwork, snapshot, type Snapshot } from '../../lib/network/network';
import { REGION_TYPES, regionsOf } from '../../lib/network/regions';
import { parseTable } from '../../lib/data/load';
import { RELATIONS_TABLE, RELATION_KIND } from '../../lib/data/schema';
import fs from 'node:fs';

const { dataset } = readDataset();
const net = buildNetwork(dataset);
const active = (y: number) => snapshot(net, y);
const factionIds = new Set(net.nodes.filter((n) => n.kind === 'faction').map((n) => n.id));
/** The relations drawn as lines: every one in force except memberships, which are drawn as regions. */
const lines = (s: Snapshot) => s.edges.filter((r) => !(REGION_TYPES.has(r.type) && factionIds.has(r.to)));

test('no act is drawn outside its years, and no lasting relation outside its start and end (read from the CSV rows, not from the network code)', async ({ page }) => {
  const byId = new Map(dataset.relations.map((r) => [r.id, r]));
  for (const year of [1923, 1926, 1928, 1930, 1936]) {
    await page.goto(`/network?year=${year}`);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByTestId('year')).toHaveText(String(year));
    const drawn = await page.locator('.net-svg [data-edge][data-active="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge') ?? ''));
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) {
      const r = byId.get(id);
      expect(r, id).toBeDefined();
      if (r!.start === undefined) continue; // an undated family tie
      const last = r!.end ?? (RELATION_KIND[r!.type] === 'act' ? r!.start : Infinity);
      expect(year >= r!.start && year <= last, `${id} (${r!.type}, ${r!.start}–${r!.end ?? ''}) drawn in ${year}`).toBe(true);
    }
  }
});

test('at two different years the drawn edges are exactly the relations active then', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  for (const year of [1924, 1927]) {
    await page.goto(`/network?year=${year}`);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByTestId('year')).toHaveText(String(year));
    const want = active(year);
    const edges = page.locator('.net-svg [data-edge][data-active="true"]');
    await expect(edges).toHaveCount(lines(want).length);
    const drawn = await edges.evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
    expect(drawn.sort()).toEqual(lines(want).map((r) => r.id).sort());
    await expect(page.locator('.net-svg [data-node]')).toHaveCount(want.visible.size);
    // each faction in force with members is a region holding exactly them
    const regions = regionsOf(want, (id) => factionIds.has(id));
    expect(regions.length).toBeGreaterThan(0);
    await expect(page.locator('.net-svg [data-region]')).toHaveCount(regions.length);
    for (const r of regions) await expect(page.locator(`.net-svg [data-region="${r.faction}"]`)).toHaveAttribute('data-members', r.members.join(' '));
    await page.screenshot({ path: `test-results/screenshots/network-${year}.png`, fullPage: true });
  }
  // the Triumvirate in 1924, gone by 1927
  await page.goto('/network?year=1924');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  await expect(page.locator('[data-node="triumvirate"]')).toHaveAttribute('data-status', 'active');
  await page.goto('/network?year=1927');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  await expect(page.locator('[data-node="triumvirate"]')).toHaveAttribute('data-status', 'ended');
  expect(problems).toEqual([]);
});

test('stepping the year moves the nodes to that year\'s layout, animated, and not at all under reduced motion', async ({ browser }) => {
  for (const motion of ['no-preference', 'reduce'] as const) {
    const ctx = await browser.newContext({ reducedMotion: motion });
    const page = await ctx.newPage();
    await page.goto('/network?year=1926');
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    const trotsky = page.locator('[data-node="trotsky"]');
    const at = () => trotsky.evaluate((el) => getComputedStyle(el.parentElement as Element).transform);
    const before = await at();
    const duration = () => trotsky.evaluate((el) => getComputedStyle(el.parentElement as Element).transitionDuration);
    expect(await duration()).toMatch(/^0s/); // the page loads with every mark in place
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect(page.getByTestId('year')).toHaveText('1927');
    expect(await duration()).toMatch(motion === 'reduce' ? /^0s/ : /0\.6s/);
    await expect(page.locator('.net-svg [data-edge][data-active="true"]')).toHaveCount(lines(active(1927)).length);
    await page.getByRole('button', { name: '1923', exact: true }).click();
    await expect(page).toHaveURL(/year=1923/);
    await expect.poll(at).not.toBe(before);
    await ctx.close();
  }
});

test('clicking a node opens its panel with its quote and seed line', async ({ page }) => {
  await page.goto('/network?year=1926');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  await page.locator('[data-node="zinoviev"]').click();
  const panel = page.locator('[data-panel-node="zinoviev"]');
  await expect(panel.getByRole('heading', { name: 'Grigory Zinoviev' })).toBeVisible();
  const z = dataset.people.find((p) => p.id === 'zinoviev')!;
  await expect(panel.locator('blockquote').first()).toHaveText(z.quote);
  await expect(panel.getByRole('link', { name: `${z.source.slice(0, 3)}, line ${z.locator}` }).first()).toHaveAttribute('href', '/sources#row-zinoviev');
  await expect(page).toHaveURL(/node=zinoviev/);
  // selecting an edge shows the edge's quote
  const e = active(1926).edges.find((r) => r.type === 'opposed')!;
  await page.locator(`.net-svg [data-edge="${e.id}"]`).dispatchEvent('click');
  await expect(page.locator(`[data-panel-edge="${e.id}"] blockquote`)).toHaveText(e.quote);
  // the wide invisible stroke beside a thin line selects it too
  const other = lines(active(1926)).find((r) => r.id !== e.id)!;
  await expect(page.locator(`.net-svg [data-hit="${other.id}"]`)).toHaveCount(1);
  await page.locator(`.net-svg [data-hit="${other.id}"]`).dispatchEvent('click');
  await expect(page.locator(`[data-panel-edge="${other.id}"] blockquote`)).toHaveText(other.quote);
});

test('the keyboard reaches and selects a node, and the list view has the same relations', async ({ page }) => {
  await page.goto('/network?year=1926');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  await expect(page.locator('.net-svg [data-edge][data-active="true"]')).toHaveCount(lines(active(1926)).length);
  const first = page.locator('.net-svg [data-node]').first();
  const id = await first.getAttribute('data-node');
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-panel-node="${id}"]`)).toBeVisible();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-node'));
  expect(second).toBeTruthy();
  await expect(page.locator(`[data-panel-node="${second}"]`)).toBeVisible();

  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('.net-table tbody tr')).toHaveCount(active(1926).edges.length);
  await expect(page).toHaveURL(/view=table/);
});

test('filters and search narrow the graph, and the URL restores them', async ({ page }) => {
  await page.goto('/network?year=1926&factions=joint_opposition');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  const want = snapshot(net, 1926, { types: [], factions: ['joint_opposition'] });
  await expect(page.locator('.net-svg [data-edge][data-active="true"]')).toHaveCount(lines(want).length);
  await page.goto('/network?year=1927&types=capitulated,expelled');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  const want2 = snapshot(net, 1927, { types: ['capitulated', 'expelled'], factions: [] });
  await expect(page.locator('.net-svg [data-edge][data-active="true"]')).toHaveCount(lines(want2).length);
  await page.getByLabel('Find a person').fill('Nikolai Bukharin');
  const bukharin = dataset.people.find((p) => p.id === 'bukharin')!;
  await expect(page.locator('[data-panel-node="bukharin"]')).toBeVisible();
  expect(bukharin.name).toBe('Nikolai Bukharin');
});

test('the CSV of the current view holds the relations drawn', async ({ page }) => {
  await page.goto('/network?year=1927');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  await expect(page.getByTestId('year')).toHaveText('1927'); // hydrated: the URL state is applied
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Data in this view (CSV)' }).click()]);
  expect(dl.suggestedFilename()).toBe('network-1927.csv');
  const parsed = parseTable(RELATIONS_TABLE, fs.readFileSync(await dl.path(), 'utf8'), 'dl.csv');
  expect(parsed.errors).toEqual([]);
  expect(parsed.rows.map((r) => r.id).sort()).toEqual(active(1927).edges.map((r) => r.id).sort());
});

test('dragging a node pins it where it is dropped', async ({ page }) => {
  await page.goto('/network?year=1926');
  await expect(page.locator('[data-ready=\"true\"]')).toHaveCount(1);
  // drag a node whose centre is not covered by another mark (labels of neighbours may overlap some)
  const graph = page.locator('.net-svg');
  await graph.scrollIntoViewIfNeeded();
  const id = await graph.evaluate((svg) => {
    for (const g of svg.querySelectorAll<SVGGElement>('[data-node][data-status="active"]')) {
      const r = g.querySelector('.n-shape')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (hit && g.contains(hit) && r.y > 0 && r.y < window.innerHeight - 80) return g.getAttribute('data-node');
    }
    return null;
  });
  expect(id).not.toBeNull();
  const node = page.locator(`[data-node="${id}"]`);
  const box = (await node.locator('.n-shape').boundingBox())!;
  const place = () => node.evaluate((el) => getComputedStyle(el.parentElement as Element).transform);
  const before = await place();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y - 60, { steps: 5 });
  await page.mouse.up();
  const after = await place();
  expect(after).not.toBe(before);
  // a pin holds through a year step (the year's layout moves the others), until released
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page.getByTestId('year')).toHaveText('1927');
  expect(await place()).toBe(after);
  await page.getByRole('button', { name: 'Release pinned nodes' }).click();
  await expect.poll(place).not.toBe(after);
});

test('executions are drawn in the years the documents give: Pyatakov in 1937–38, Rakovsky in 1938, a range in each of its years', async ({ page }) => {
  const drawn = async (year: number) => {
    await page.goto(`/network?year=${year}`);
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.locator('.net-svg [data-edge][data-active="true"]')).toHaveCount(lines(active(year)).length);
    return page.locator('.net-svg [data-edge][data-active="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
  };
  const y1936 = await drawn(1936);
  expect(y1936).not.toContain('pyatakov__executed_by__stalin__1937');
  expect(y1936).not.toContain('rakovsky__executed_by__stalin__1938');
  expect(y1936).toContain('smirnov__executed_by__stalin__1936');
  const y1937 = await drawn(1937);
  expect(y1937).toContain('pyatakov__executed_by__stalin__1937');
  expect(y1937).not.toContain('rakovsky__executed_by__stalin__1938');
  const y1938 = await drawn(1938);
  expect(y1938).toEqual(expect.arrayContaining(['pyatakov__executed_by__stalin__1937', 'rakovsky__executed_by__stalin__1938', 'smirnov__executed_by__stalin__1936']));
  await page.locator('.net-svg [data-edge="smirnov__executed_by__stalin__1936"]').dispatchEvent('click');
  await expect(page.locator('[data-panel-edge="smirnov__executed_by__stalin__1936"]')).toContainText('between 1936 and 1938');
});

test('disputed relations and people are marked in the graph, and the panel gives every reading with its document and line', async ({ page }) => {
  await page.goto('/network?year=1934');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  const kirov = dataset.disagreements.filter((r) => r.dispute === 'kirov_murder');
  for (const r of kirov) await expect(page.locator(`.net-svg [data-edge="${r.row}"]`)).toHaveAttribute('data-disputed', 'true');
  await page.locator('.net-svg [data-edge="kirov__organised_by__stalin__1934"]').dispatchEvent('click');
  const panel = page.locator('[data-panel-edge="kirov__organised_by__stalin__1934"] [data-dispute="kirov_murder"]');
  await expect(panel.locator('[data-reading]')).toHaveCount(kirov.length);
  for (const r of kirov) {
    await expect(panel.locator(`[data-reading="${r.id}"]`)).toContainText(r.quote);
    await expect(panel.locator(`[data-reading="${r.id}"]`).getByRole('link', { name: `${r.source.slice(0, 3)}, line ${r.locator}` })).toBeVisible();
  }
  await page.goto('/network?year=1930&node=stassova');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('[data-node="stassova"]')).toHaveAttribute('aria-label', /disputed/);
  await expect(page.locator('[data-panel-node="stassova"] [data-dispute="stassova_fate"] [data-reading]')).toHaveCount(2);
});

import { expect, test, type Page } from '@playwright/test';
import { readDataset } from '../../lib/data/data';
import { buildNetwork, snapshot } from '../../lib/network/network';
import { networkYears } from '../../components/present/NetworkSlide';
import { measureNetwork, medianMovement, type NetMeasure } from '../network-measure';

const net = buildNetwork(readDataset().dataset);
const years = Array.from({ length: net.span[1] - net.span[0] + 1 }, (_, i) => net.span[0] + i).filter((y) => snapshot(net, y).visible.size > 0);

/** Every year of the network, stepped with the Next year button, measured as drawn. */
async function everyYear(page: Page): Promise<NetMeasure[]> {
  await page.goto(`/network?year=${years[0]}`);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  const out: NetMeasure[] = [];
  for (const year of years) {
    if (year !== years[0]) await page.getByRole('button', { name: 'Next year' }).click();
    await expect(page.locator(`[data-ready="true"][data-year="${year}"]`)).toHaveCount(1);
    await expect(page.locator('.net-svg .net-node')).toHaveCount(snapshot(net, year).visible.size);
    out.push(await measureNetwork(page));
  }
  return out;
}

function check(ms: NetMeasure[], minFont: number) {
  for (const m of ms) {
    const at = `in ${m.year}`;
    expect(m.labelOverlaps, `overlapping labels ${at}`).toEqual([]);
    expect(m.labelOverMark, `labels over another node ${at}`).toEqual([]);
    expect(m.cutOrOutside, `labels cut or outside the box ${at}`).toEqual([]);
    if (m.labels) expect(m.minFont, `smallest label ${at}`).toBeGreaterThanOrEqual(minFont);
    if (m.nodes >= 10) expect(m.spread, `share of the box the nodes span ${at}`).toBeGreaterThanOrEqual(0.7);
    expect(m.labels, `labels drawn ${at}`).toBeGreaterThan(0);
  }
  for (let i = 1; i < ms.length; i++) {
    const move = medianMovement(ms[i - 1], ms[i]);
    if (move !== undefined) expect(move, `median movement ${ms[i - 1].year}→${ms[i].year}`).toBeLessThanOrEqual(0.1);
  }
}

for (const vp of [{ width: 1366, height: 768, font: 12 }, { width: 375, height: 812, font: 11 }]) {
  test(`every year at ${vp.width}×${vp.height}: no label overlaps or is cut, labels ≥ ${vp.font} px, nodes fill the box, the map holds`, async ({ browser }) => {
    test.setTimeout(180_000);
    const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    const ms = await everyYear(page);
    check(ms, vp.font);
    // at fit, a desktop names at least three in four of the year's nodes (the rest appear as the reader zooms)
    if (vp.width > 1000) for (const m of ms) expect(m.labels / m.nodes, `names shown in ${m.year}`).toBeGreaterThanOrEqual(0.75);
    // the page never scrolls sideways
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(vp.width);
    await ctx.close();
  });
}

test('on a phone, zooming in reveals more names, never overlapping; the buttons, keys and Fit work', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 812 }, reducedMotion: 'reduce', hasTouch: true });
  const page = await ctx.newPage();
  await page.goto('/network?year=1937');
  await expect(page.locator('[data-ready="true"][data-year="1937"]')).toHaveCount(1);
  const fitted = await measureNetwork(page);
  expect(fitted.labels).toBeLessThan(fitted.nodes); // not all fit at 375 px: the most important are shown
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.net-box')).toHaveAttribute('data-zoom', '2.3');
  const zoomed = await measureNetwork(page);
  expect(zoomed.labelOverlaps).toEqual([]);
  expect(zoomed.labelOverMark).toEqual([]);
  expect(zoomed.cutOrOutside).toEqual([]);
  // labels of nodes out of view are not drawn, yet the ones in view are more than at fit in their area
  expect(zoomed.labels).toBeGreaterThan(0);
  // keyboard: a node out of view is brought into view when it takes focus
  const off = await page.locator('.net-svg .net-node').evaluateAll((els) => {
    const svg = document.querySelector('.net-svg')!.getBoundingClientRect();
    const out = els.find((e) => { const r = e.getBoundingClientRect(); return r.right < svg.left || r.left > svg.right || r.bottom < svg.top || r.top > svg.bottom; });
    return out?.getAttribute('data-node') ?? null;
  });
  expect(off).not.toBeNull();
  await page.locator(`[data-node="${off}"]`).focus();
  await expect.poll(async () => page.locator(`[data-node="${off}"]`).evaluate((e) => {
    const svg = document.querySelector('.net-svg')!.getBoundingClientRect();
    const r = e.getBoundingClientRect();
    return r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom;
  })).toBe(true);
  // keys on the graph: - zooms out, 0 fits
  await page.keyboard.press('-');
  await expect(page.locator('.net-box')).toHaveAttribute('data-zoom', '1.5');
  await page.keyboard.press('0');
  await expect(page.locator('.net-box')).toHaveAttribute('data-zoom', '1');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.locator('.net-box')).toHaveAttribute('data-zoom', '1');
  expect(await measureNetwork(page)).toMatchObject({ labels: fitted.labels });
  await ctx.close();
});

test('a 1920×1080 network slide: labels at least 20 px, none overlapping, none cut, in every step', async ({ browser }) => {
  test.setTimeout(90_000);
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto('/present?deck=network');
  const steps = networkYears(net);
  for (const [i, year] of steps.entries()) {
    if (i) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`.slide-network[data-year="${year}"]`)).toHaveCount(1);
    await expect(page.locator('.net-svg .net-node')).toHaveCount(snapshot(net, year).visible.size);
    const m = await measureNetwork(page);
    check([m], 20);
    // the graph takes the slide's free area: most of the slide's width
    expect(m.box.width).toBeGreaterThan(1920 * 0.8);
  }
  await ctx.close();
});

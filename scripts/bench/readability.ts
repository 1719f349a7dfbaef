/**
 * Network readability in Chromium, year by year, with the same measure as the e2e test
 * (tests/network-measure.ts): at 1366×768 and 375×812 every year of the span, and every step of the
 * 1920×1080 network slide. Limits: no overlapping, cut or outside label, no label over a mark; labels at
 * least 12 / 11 / 20 px; nodes spanning ≥ 70% of the box in years of 10 or more; median move ≤ 10%.
 */
import { chromium } from '@playwright/test';
import { snapshot, type Network } from '../../lib/network/network';
import { networkYears } from '../../components/present/NetworkSlide';
import { measureNetwork, medianMovement, type NetMeasure } from '../../tests/network-measure';

export const VIEWS = [{ name: '1366×768', width: 1366, height: 768, font: 12 }, { name: '375×812', width: 375, height: 812, font: 11 }] as const;
export const SLIDE_FONT = 20;

export interface YearRow { year: number; nodes: number; byView: (NetMeasure & { move?: number })[] }

export async function benchReadability(base: string, net: Network): Promise<{ rows: YearRow[]; slide: NetMeasure[]; over: string[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  const years: number[] = [];
  for (let y = net.span[0]; y <= net.span[1]; y++) if (snapshot(net, y).visible.size) years.push(y);
  const perView: NetMeasure[][] = [];
  for (const v of VIEWS) {
    const page = await browser.newPage({ viewport: { width: v.width, height: v.height }, reducedMotion: 'reduce' });
    const ms: NetMeasure[] = [];
    for (const year of years) {
      await page.goto(`${base}/network?year=${year}`);
      await page.waitForSelector(`[data-ready="true"][data-year="${year}"]`);
      ms.push(await measureNetwork(page));
    }
    perView.push(ms);
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  await page.goto(`${base}/present?deck=network`);
  const slide: NetMeasure[] = [];
  for (const [i, year] of networkYears(net).entries()) {
    if (i) await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`.slide-network[data-year="${year}"]`);
    slide.push(await measureNetwork(page));
  }
  await browser.close();
  const rows: YearRow[] = years.map((year, i) => ({
    year, nodes: perView[0][i].nodes,
    byView: perView.map((ms) => ({ ...ms[i], move: i ? medianMovement(ms[i - 1], ms[i]) : undefined })),
  }));
  const over: string[] = [];
  const judge = (m: NetMeasure & { move?: number }, where: string, font: number) => {
    if (m.labelOverlaps.length) over.push(`${where}: ${m.labelOverlaps.length} overlapping label pairs`);
    if (m.labelOverMark.length) over.push(`${where}: ${m.labelOverMark.length} labels over a mark`);
    if (m.cutOrOutside.length) over.push(`${where}: ${m.cutOrOutside.length} labels cut or outside`);
    if (m.labels && m.minFont < font) over.push(`${where}: labels of ${m.minFont} px (limit ${font})`);
    if (m.nodes >= 10 && m.spread < 0.7) over.push(`${where}: nodes span ${Math.round(m.spread * 100)}% of the box`);
    if ((m.move ?? 0) > 0.1) over.push(`${where}: median move ${Math.round((m.move ?? 0) * 100)}% of the diagonal`);
  };
  for (const r of rows) r.byView.forEach((m, i) => judge(m, `${r.year} at ${VIEWS[i].name}`, VIEWS[i].font));
  slide.forEach((m) => judge(m, `slide ${m.year} at 1920×1080`, SLIDE_FONT));
  return { rows, slide, over };
}

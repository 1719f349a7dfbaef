import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHARTS, resolveChart } from '../../lib/charts/charts';
import { loadDataset } from '../../lib/data/data';
import { barBand, barGeometry, chartArea, figureGrid, slideType, splitBars, unitLayout, TEXT_SHARE } from '../../lib/lecture/slideFit';
import { textLines, wrapWords } from '../../lib/text/measure';
import { slideSourceLine } from '../../lib/charts/format';
import { chartPlan, chartStep } from '../../lib/lecture/slidePlan';

const ROOMS = [[1024, 768 - 48], [1280, 720 - 48], [1920, 1080 - 48], [3840, 2160 - 48]].map(([width, height]) => ({ width, height, font: Math.ceil((height + 48) * TEXT_SHARE) }));
const data = loadDataset();
const charts = CHARTS.map((c) => resolveChart(c, data));

describe('slide type', () => {
  it('every chart text is at least 2.25% of the slide height, whatever the room', () => {
    for (const room of ROOMS) {
      const t = slideType(room);
      expect(t.chart).toBeGreaterThanOrEqual(room.height * TEXT_SHARE);
      expect(t.key).toBeGreaterThanOrEqual(t.chart);
      expect(t.source).toBeGreaterThanOrEqual(t.chart);
    }
  });
  it('estimates lines of wrapped text the way a browser wraps at spaces', () => {
    expect(textLines('one two three', 10, 1000)).toBe(1);
    // 6 px a character: 10 characters a line
    expect(textLines('aaaa bbbb cccc', 10, 60)).toBe(2);
    expect(textLines('a'.repeat(25), 10, 60)).toBe(3);
    expect(wrapWords('Lieutenant colonels and colonels', 12)).toEqual(['Lieutenant', 'colonels and', 'colonels']);
    // no word is ever lost or cut
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 4, max: 40 }), (words, chars) => {
      expect(wrapWords(words.join(' '), chars).join(' ')).toBe(words.join(' '));
    }));
  });
  it('the chart area shrinks as the title wraps and the key grows, and is never negative', () => {
    const room = ROOMS[0];
    const short = chartArea(room, { title: 'Short', subtitle: 'x' });
    const long = chartArea(room, { title: 'A very long title '.repeat(6), subtitle: 'x', key: ['one series', 'another series', 'a third series'] });
    expect(long.height).toBeLessThan(short.height);
    expect(chartArea({ width: 400, height: 200, font: 14 }, { title: 'word '.repeat(200), subtitle: '' }).height).toBe(0);
  });
});

describe('bar charts split into build steps that fit', () => {
  it('as few steps as fit, each holding at most its share of the height, the categories in order and each once', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 150, max: 1200 }),
      (lines, series, height) => {
        const font = 20;
        const g = { labelWidth: 200, right: 100, chars: 10, lines, axis: 72 };
        const { chunks, fits } = splitBars(g, series, font, height);
        expect(chunks.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i))).toEqual(lines.map((_, i) => i));
        const need = (a: number, b: number) => lines.slice(a, b).reduce((s, l) => s + barBand(l, series, font), 0);
        if (fits) {
          for (const [a, b] of chunks) expect(need(a, b)).toBeLessThanOrEqual(height - g.axis);
          // one step fewer would not fit
          if (chunks.length > 1) {
            const per = Math.ceil(lines.length / (chunks.length - 1));
            const fewer: [number, number][] = [];
            for (let i = 0; i < lines.length; i += per) fewer.push([i, Math.min(lines.length, i + per)]);
            expect(fewer.every(([a, b]) => need(a, b) <= height - g.axis)).toBe(false);
          }
        } else expect(lines.some((l) => barBand(l, series, font) > height - g.axis)).toBe(true);
      }));
  });
  it('label columns are wide enough for every category label, and value labels have their margin', () => {
    const g = barGeometry(1800, 24, ['Marshals', 'Army commanders, 1st rank'], ['more than 35,000 · disputed (000)']);
    expect(g.lines).toEqual([1, 1]);
    expect(g.right).toBeGreaterThanOrEqual(33 * 0.6 * 24);
  });
  it('the rank chart (14 groups) is split on a small projector and whole on a 4K screen; every row is in exactly one step', () => {
    const rank = charts.find((c) => c.spec.slug === 'arrested-by-rank');
    expect(rank).toBeDefined();
    const small = chartPlan(rank!, ROOMS[0]);
    expect(small.steps).toBeGreaterThan(1);
    expect(small.fits).toBe(true);
    for (const room of ROOMS) {
      const plan = chartPlan(rank!, room);
      const ids = Array.from({ length: plan.steps }, (_, s) => chartStep(rank!, s, room).rows.map((r) => r.row.id)).flat();
      expect(ids.sort()).toEqual(rank!.rows.map((r) => r.row.id).sort());
      if (plan.steps > 1) expect(chartStep(rank!, plan.steps - 1, room).label).toMatch(/^rows \d+–\d+ of \d+$/);
    }
  });
  it('every bar chart fits every room at the slide font', () => {
    for (const c of charts.filter((x) => x.spec.kind === 'bar')) for (const room of ROOMS) expect(chartPlan(c, room).fits, `${c.spec.slug} ${room.width}`).toBe(true);
  });
});

describe('unit and figure charts fill their box', () => {
  it('unit panels share one square size; the arrangement with the largest squares wins', () => {
    const l = unitLayout({ width: 1800, height: 800 }, [139, 139], () => 3, 25);
    expect(l.fits).toBe(true);
    // the squares of the tallest panel fill the height left after caption and legend, or the width
    const rows = Math.ceil(139 / l.cols);
    const pw = l.across === 2 ? (1800 - 25) / 2 : 1800;
    expect(Math.max(rows * l.cell / (800 - 3 * 25 * 1.35 - 20), l.cols * l.cell / pw)).toBeGreaterThan(0.9);
    expect(unitLayout({ width: 100, height: 60 }, [1966], () => 2, 25).fits).toBe(false);
  });
  it('figure cards grow their type while they fit, and say when they cannot', () => {
    const items = [{ value: '98', label: 'killed', meta: '1934 · 004, line 12' }, { value: '1,108', label: 'arrested', meta: '1934 · 004, line 12' }];
    const big = figureGrid({ width: 1800, height: 800 }, items, 25);
    expect(big.fits).toBe(true);
    expect(big.font).toBeGreaterThan(25);
    expect(figureGrid({ width: 200, height: 60 }, items, 25).fits).toBe(false);
  });
});

describe('slide source line', () => {
  const items = [{ source: '002_x.txt', locator: 336 }, { source: '002_x.txt', locator: 12 }, { source: '004_y.txt', locator: 7 }];
  it('documents and lines on one line, folding to the documents alone when long', () => {
    expect(slideSourceLine(items, 200)).toBe('Sources: 002, lines 12, 336; 004, line 7');
    expect(slideSourceLine(items, 39)).toBe('Sources: 002, 004 (lines in the notes)');
    expect(slideSourceLine(items, 30)).toBe('Sources: 2 documents (in the notes)');
    for (const chars of [10, 30, 60, 200]) expect(slideSourceLine(items, chars).length).toBeLessThanOrEqual(Math.max(chars, 40));
    expect(slideSourceLine([], 80, 'No event is marked in 1917–1922.')).toBe('No event is marked in 1917–1922.');
  });
});

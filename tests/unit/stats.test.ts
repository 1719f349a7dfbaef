import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/data';
import { disagreements, formatFigure, formatNumber, groupByMeasure } from '@/lib/data/stats';
import { longDate } from '@/lib/reuse/cite';
import { requireSeeds } from './helpers';

const { dataset } = readDataset(undefined, requireSeeds());

describe('disagreements between documents', () => {
  it('keeps both the 98 and the 110 of the 139 Central Committee members, with their documents', () => {
    const g = disagreements(dataset.stats.congress).find((x) => x.measure === 'cc_1934_victims');
    expect(g).toBeDefined();
    expect(g!.rows.map((r) => [r.value, r.source.slice(0, 3)]).sort()).toEqual([[110, '000'], [110, '001'], [98, '004']].sort());
  });
  it('shows two against four survivors of the 1917 Central Committee', () => {
    const g = disagreements(dataset.stats.congress).find((x) => x.measure === 'cc_1917_survivors');
    expect(g!.rows.map((r) => r.value).sort()).toEqual([2, 4]);
  });
  it('keeps a range as a range beside a lower bound', () => {
    const g = disagreements(dataset.stats.officer_corps).find((x) => x.measure === 'officers_liquidated');
    expect(g!.rows.map(formatFigure).sort()).toEqual(['20,000–35,000', 'more than 35,000']);
  });
  it('does not call a yearly series a disagreement', () => {
    const series = groupByMeasure(dataset.stats.collectivisation).filter((x) => x.measure === 'collective_farm_share');
    expect(series).toHaveLength(8);
    expect(series.every((x) => !x.disputed)).toBe(true);
  });
});

describe('coverage of the seeds', () => {
  it('has every year of the collectivisation series, 1929 to 1936', () => {
    const years = dataset.stats.collectivisation.filter((r) => r.measure === 'collective_farm_share').map((r) => r.period_start);
    expect(years).toEqual([1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936]);
  });
  it('has each rank of officer executed and arrested', () => {
    const measures = new Set(dataset.stats.officer_corps.map((r) => r.measure));
    for (const m of ['executed_marshals', 'executed_commanders', 'executed_corps_commanders', 'executed_division_commanders', 'executed_brigade_commanders',
      'arrested_marshals', 'arrested_brigade_commissars', 'strength_division_commanders']) expect(measures).toContain(m);
  });
  it('cites every seed at least once', () => {
    const cited = new Set(Object.values(dataset.stats).flat().map((r) => r.source).concat(dataset.relations.map((r) => r.source)));
    expect([...cited].sort()).toEqual(dataset.sources.map((s) => s.file).sort());
  });
});

describe('numbers and dates as en-GB writes them, without Intl on the page', () => {
  it('formatNumber writes what Intl.NumberFormat writes', () => {
    const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
    const values = [0, -0, 1, -1, 0.05, 0.04, 0.95, 0.96, 1.05, 1.25, 1.35, 2.45, 9.95, 99.95, 999.95, 999.96, 1000, 1234.5, 12345.65, 19_000_000, 7e6, 123456789.96, -1234.56, -0.04, 0.5, 1e20, 98, 2 / 3, 100 / 3];
    let seed = 7;
    const rand = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    for (let i = 0; i < 5000; i++) values.push(Math.round(rand() * 10 ** Math.floor(rand() * 10)) / 10 ** Math.floor(rand() * 4) * (rand() < 0.1 ? -1 : 1));
    for (const v of values) expect(formatNumber(v), String(v)).toBe(nf.format(v));
  });
  it('longDate writes what toLocaleDateString writes', () => {
    for (const iso of ['2026-01-01', '2026-11-27', '1999-12-31', '2024-02-29']) {
      expect(longDate(iso)).toBe(new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
    }
    expect(longDate('not a date')).toBe('not a date');
  });
});

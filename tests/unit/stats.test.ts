import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data';
import { disagreements, formatFigure, groupByMeasure } from '@/lib/stats';
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

import { describe, expect, it } from 'vitest';
import { CHARTS } from '@/lib/charts/charts';
import { defaultState, parseState, writeState } from '@/lib/charts/chartState';

const farms = CHARTS.find((c) => c.slug === 'collective-farms')!;
const scale = CHARTS.find((c) => c.slug === 'repression-scale')!;
const units = CHARTS.find((c) => c.slug === 'central-committee-1934')!;

describe('chart state in the query string', () => {
  it('round-trips view, scale and hidden series', () => {
    const prisoners = CHARTS.find((c) => c.slug === 'prisoners')!;
    const p = writeState(prisoners, { view: 'table', scale: 'log', hidden: ['political'] }, new URLSearchParams('other=1'));
    expect(p.toString()).toBe('other=1&prisoners.view=table&prisoners.scale=log&prisoners.hide=political');
    expect(parseState(prisoners, p)).toEqual({ view: 'table', scale: 'log', hidden: ['political'] });
  });

  it('writes nothing for the default state, and a log-by-default chart stores "linear"', () => {
    expect(writeState(farms, defaultState(farms), new URLSearchParams()).toString()).toBe('');
    expect(defaultState(scale).scale).toBe('log');
    expect(writeState(scale, { ...defaultState(scale), scale: 'linear' }, new URLSearchParams()).toString()).toBe('repression-scale.scale=linear');
  });

  it('ignores hostile or unknown values instead of reflecting them', () => {
    const p = new URLSearchParams({
      'collective-farms.view': '<script>alert(1)</script>',
      'collective-farms.scale': 'log', // not offered for this chart
      'collective-farms.hide': 'farms,"><img src=x>,nope',
    });
    expect(parseState(farms, p)).toEqual({ view: 'chart', scale: 'linear', hidden: ['farms'] });
    expect(parseState(units, new URLSearchParams({ 'central-committee-1934.hide': 'part' })).hidden).toEqual([]);
  });

  it('never hides every series', () => {
    const p = new URLSearchParams({ 'collective-farms.hide': 'farms,crop,start' });
    expect(parseState(farms, p).hidden).toEqual([]);
  });
});

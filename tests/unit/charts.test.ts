import { describe, expect, it } from 'vitest';
import { layoutChronology, overlaps } from '@/lib/charts/chronology';
import { readDataset } from '@/lib/data/data';
import { CHARTS, THEMES, chartIds, markCount, resolveChart, ChartSpecError } from '@/lib/charts/charts';
import { STAT_TABLES } from '@/lib/data/schema';
import { plottedCsv } from '@/lib/reuse/exports';
import { parseTable } from '@/lib/data/load';
import { summarySentence, sourceLine } from '@/lib/charts/format';
import { requireSeeds } from './helpers';

const { dataset, errors } = readDataset(undefined, requireSeeds());

describe('chart declarations', () => {
  it('load against valid data', () => expect(errors).toEqual([]));

  it('have unique slugs and every theme has charts', () => {
    expect(new Set(CHARTS.map((c) => c.slug)).size).toBe(CHARTS.length);
    for (const t of THEMES) expect(CHARTS.filter((c) => c.theme === t.table).length, t.slug).toBeGreaterThan(0);
    expect(THEMES.map((t) => t.table).sort()).toEqual(STAT_TABLES.map((t) => t.name).sort());
  });

  it('resolve every row id they name', () => {
    for (const c of CHARTS) expect(() => resolveChart(c, dataset), c.slug).not.toThrow();
  });

  it('plot every row of every statistics table at least once (no figure left off the site)', () => {
    const plotted = new Set(CHARTS.flatMap(chartIds));
    const missing = STAT_TABLES.flatMap((t) => dataset.stats[t.name].map((r) => r.id)).filter((id) => !plotted.has(id));
    expect(missing).toEqual([]);
  });

  it('use only dated single-value rows on a time axis, and one unit per chart axis', () => {
    for (const c of CHARTS.map((s) => resolveChart(s, dataset))) {
      if (c.spec.kind === 'line') {
        for (const r of c.rows) expect(r.row.period_start, r.row.id).toBeDefined();
        for (const r of c.rows) expect(r.row.value, r.row.id).toBeDefined();
      }
      if (c.spec.kind === 'line' || c.spec.kind === 'bar') {
        const pct = c.rows.map((r) => r.row.unit === 'percent');
        expect(new Set(pct).size, `${c.spec.slug} mixes percent and counts`).toBe(1);
      }
    }
  });

  it('draw every dated event of events.csv on a time axis: its theme\'s chronology', () => {
    const drawn = new Set(THEMES.flatMap((t) => layoutChronology(dataset.events.filter((e) => e.theme === t.table)).marks.map((m) => m.event.id)));
    expect(dataset.events.map((e) => e.id).filter((id) => !drawn.has(id))).toEqual([]);
    // and every theme has events on its axis, the officer corps, the congress and the party included
    for (const t of THEMES) expect(dataset.events.some((e) => e.theme === t.table), t.table).toBe(true);
  });

  it('headline rows exist in their theme', () => {
    for (const t of THEMES) for (const id of t.headline) expect(dataset.stats[t.table].some((r) => r.id === id), id).toBe(true);
  });

  it('names the chart and the row when a row is missing', () => {
    const broken = { ...CHARTS.find((c) => c.slug === 'executed-by-rank')!, kind: 'figures' as const, ids: ['no_such_row'] };
    expect(() => resolveChart(broken, dataset)).toThrow(ChartSpecError);
    expect(() => resolveChart(broken, dataset)).toThrow('chart "executed-by-rank": row "no_such_row" is not in data/officer_corps.csv');
  });
});

describe('disputed figures', () => {
  it('the 1934 Central Committee unit chart keeps all three estimates, two figures, nothing averaged', () => {
    const c = resolveChart(CHARTS.find((x) => x.slug === 'central-committee-1934')!, dataset);
    const victims = c.rows.filter((r) => r.series === 'part');
    expect(victims.map((r) => [r.row.source.slice(0, 3), r.row.value])).toEqual([['000', 110], ['001', 110], ['004', 98]]);
    expect(victims.every((r) => r.disputed)).toBe(true);
    expect(markCount(c)).toEqual({ marks: 3 * 139, filled: 110 + 110 + 98 });
  });

  it('the officers liquidated chart keeps the range and the open-ended figure', () => {
    const c = resolveChart(CHARTS.find((x) => x.slug === 'officers-liquidated')!, dataset);
    expect(c.rows.map((r) => [r.row.value, r.row.low, r.row.high, r.row.approx])).toEqual([
      [undefined, 20000, 35000, 'exact'], [35000, undefined, undefined, 'over'],
    ]);
    expect(c.rows.every((r) => r.disputed)).toBe(true);
  });
});

describe('derived text and files', () => {
  const farms = resolveChart(CHARTS.find((x) => x.slug === 'collective-farms')!, dataset);

  it('the plotted CSV has the schema of data/ and exactly the plotted rows', () => {
    const csv = plottedCsv(farms);
    const parsed = parseTable(STAT_TABLES[0], csv, 'collective-farms.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.id)).toEqual(farms.rows.map((r) => r.row.id));
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${Object.keys(STAT_TABLES[0].columns).join(',')}`); // a byte-order mark for spreadsheets
    const without = parseTable(STAT_TABLES[0], plottedCsv(farms, ['crop']), 'x.csv').rows;
    expect(without.map((r) => r.id)).not.toContain('coll_crop_area_1930');
    expect(without).toHaveLength(farms.rows.length - 2);
  });

  it('the summary sentence is made of the rows, with their figures', () => {
    const s = summarySentence(farms);
    expect(s).toMatch(/^Line chart of 11 figures from document 001\./);
    expect(s).toContain('Collective farms, 1936: 89.6%');
    expect(s).not.toContain('1936: 89.6%, 1936');
  });

  it('the source line names each document with its lines and whom it credits', () => {
    const c = resolveChart(CHARTS.find((x) => x.slug === 'central-committee-1934')!, dataset);
    const line = sourceLine(c.rows, dataset.sources);
    expect(line).toMatch(/^Sources: The Degeneration of the Soviet Secret Police .* \(000, line 63\); .*\(001, line 290\); .*\(004, line 171\)\. Credited to: uncredited\.$/);
  });
});

describe('chronology', () => {
  it('lays every theme\'s events in lanes with no overlapping marks or numbers, years as the documents give them', () => {
    for (const t of THEMES) {
      const events = dataset.events.filter((e) => e.theme === t.table);
      const c = layoutChronology(events);
      expect(overlaps(c), t.table).toEqual([]);
      expect(c.marks.map((m) => m.n)).toEqual(events.map((_, i) => i + 1));
      for (const m of c.marks) {
        expect(m.from).toBe(m.event.start);
        expect(m.to).toBe(m.event.end ?? m.event.start);
        expect(m.from).toBeGreaterThan(c.domain[0]);
        expect(m.to).toBeLessThan(c.domain[1]);
      }
    }
  });

  it('puts the trials of 1935–38 on the repression axis, each in its own year, and the two "first" trials as a dispute', () => {
    const c = layoutChronology(dataset.events.filter((e) => e.theme === 'repression'));
    const year = (id: string) => c.marks.find((m) => m.event.id === id)?.from;
    expect([year('ev_trial_1935'), year('ev_trial_1936'), year('ev_trial_1937'), year('ev_trial_1938')]).toEqual([1935, 1936, 1937, 1938]);
    const first = [...new Set(dataset.disagreements.filter((r) => r.dispute === 'first_trial').map((r) => r.row))].sort();
    expect(first).toEqual(['ev_trial_1935', 'ev_trial_1936']);
  });
});

import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/data';
import { disputesOf, groupDisputes, indexDisputes } from '@/lib/data/disputes';
import { buildNetwork, fateYears, relationYears, snapshot } from '@/lib/network/network';
import { ALL_TABLES, type DisagreementRow } from '@/lib/data/schema';
import { formatYears } from '@/lib/data/stats';
import { requireSeeds } from './helpers';

const { dataset, errors } = readDataset(undefined, requireSeeds());
const byId = <T extends { id: string }>(rows: readonly T[], id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('disagreements.csv', () => {
  it('loads with the rest of the data, and every reading names a row that exists', () => {
    expect(errors).toEqual([]);
    const rowsOf: Record<string, readonly { id: string }[]> = {
      ...dataset.stats, people: dataset.people, factions: dataset.factions, relations: dataset.relations, events: dataset.events,
    };
    for (const r of dataset.disagreements) {
      expect(rowsOf[r.table]?.some((x) => x.id === r.row), `${r.id} → ${r.table}:${r.row}`).toBe(true);
      if (r.column) expect(Object.keys(ALL_TABLES.find((t) => t.name === r.table)?.columns ?? {}), r.id).toContain(r.column);
    }
  });

  it('groups readings into disagreements of two or more, from different documents or lines, about one thing', () => {
    const disputes = groupDisputes(dataset.disagreements);
    expect(disputes.length).toBeGreaterThanOrEqual(15);
    for (const d of disputes) {
      expect(d.readings.length, d.id).toBeGreaterThanOrEqual(2);
      expect(new Set(d.readings.map((r) => `${r.source}:${r.locator}`)).size, d.id).toBeGreaterThanOrEqual(2);
      expect(new Set(d.readings.map((r) => r.about)).size, d.id).toBe(1);
    }
  });

  it('records the disagreements the seed review found unrecorded', () => {
    const ids = new Set(dataset.disagreements.map((r) => r.dispute));
    for (const id of ['triumvirate_split', 'right_end', 'left_opposition_end', 'trotsky_foreign_exile', 'kirov_murder', 'sergei_sedov_year',
      'stassova_fate', 'defendants_resisted', 'nina_death', 'alexander_year', 'first_trial']) expect(ids.has(id), id).toBe(true);
  });

  it('keeps each claim about Kirov\'s murder as its own sourced relation, from three documents', () => {
    const kirov = groupDisputes(dataset.disagreements).find((d) => d.id === 'kirov_murder') as { readings: DisagreementRow[] };
    expect(kirov.readings.map((r) => r.source.slice(0, 3)).sort()).toEqual(['000', '001', '004']);
    for (const r of kirov.readings) expect(byId(dataset.relations, r.row)).toMatchObject({ from: 'kirov', type: 'organised_by', start: 1934 });
  });

  it('indexes the rows a disagreement names, for the graph and the panels', () => {
    const index = indexDisputes(dataset.disagreements);
    expect(disputesOf(index, 'people', 'stassova').map((d) => d.id)).toEqual(['stassova_fate']);
    expect(disputesOf(index, 'relations', 'kirov__organised_by__stalin__1934').map((d) => d.id)).toEqual(['kirov_murder']);
    expect(disputesOf(index, 'people', 'stalin')).toEqual([]);
  });
});

describe('the corrected readings of the seed review', () => {
  it('dates executions as the seeds do: ranges stay ranges, and people.csv and relations.csv agree', () => {
    expect(byId(dataset.relations, 'pyatakov__executed_by__stalin__1937')).toMatchObject({ start: 1937, end: 1938, dating: 'between' });
    expect(byId(dataset.relations, 'rakovsky__executed_by__stalin__1938')).toMatchObject({ start: 1938 });
    expect(dataset.relations.some((r) => r.id === 'pyatakov__executed_by__stalin__1936' || r.id === 'rakovsky__executed_by__stalin__1936')).toBe(false);
    for (const id of ['preobrazhensky', 'smirnov', 'sapronov', 'antonov_ovseenko']) {
      const p = byId(dataset.people, id);
      expect(fateYears(p), id).toBe('between 1936 and 1938');
      expect(p.fate, id).toBe('killed'); // "executed": the manner is not given
      expect(relationYears(byId(dataset.relations, `${id}__executed_by__stalin__1936`))).toBe('between 1936 and 1938');
    }
    // every killing edge carries the years of the person's fate
    for (const r of dataset.relations.filter((x) => x.type === 'executed_by' || x.type === 'assassinated_by')) {
      const p = dataset.people.find((x) => x.id === r.from);
      if (p?.fate_year === undefined) continue;
      expect([r.start, r.end ?? r.start], r.id).toEqual([p.fate_year_from ?? p.fate_year, p.fate_year]);
    }
  });

  it('keeps fates to what the quote says', () => {
    expect(byId(dataset.people, 'tukhachevsky')).toMatchObject({ fate: 'killed', source: '001_fbb34e55a54b9f3d.txt', locator: 334 });
    expect(byId(dataset.people, 'radek').fate).toBe('purged'); // "eliminated in a trial" does not say how
    expect(fateYears(byId(dataset.people, 'yezhov'))).toBe('by 1940');
    expect(formatYears(1940, 1940, byId(dataset.stats.repression, 'rep_yezhov_officers_liquidated').dating)).toBe('by 1940');
  });

  it('drops names and credits the seeds do not give', () => {
    const cheka = dataset.stats.repression.filter((r) => r.id.startsWith('rep_cheka_'));
    expect(cheka.map((r) => r.attributed_to).join(' ')).not.toContain('Sheila');
    expect(byId(dataset.stats.repression, 'rep_cheka_arrests_1918_19').approx).toBe('at_least');
    expect(dataset.relations.some((r) => r.from === 'blyumkin' && r.type === 'executed_by')).toBe(false);
    expect(dataset.relations.some((r) => r.from === 'uglanov' && r.to === 'ryutin_platform')).toBe(false);
    expect(byId(dataset.stats.repression, 'rep_executions_680k').label).not.toContain('individual year');
  });

  it('adds Trotsky\'s family with undated family ties, and Stalin\'s circle', () => {
    const ties = dataset.relations.filter((r) => r.type === 'family_of' && r.to === 'trotsky').map((r) => r.from).sort();
    expect(ties).toEqual(expect.arrayContaining(['alexander_trotsky_brother', 'kamenev', 'nina', 'olga_kamenova', 'platon_volkov', 'nevilson', 'zinaida', 'sedov', 'sergei_sedov']));
    for (const r of dataset.relations.filter((x) => x.type === 'family_of')) expect(r.start, r.id).toBeUndefined();
    const centre = dataset.relations.filter((r) => r.to === 'stalin_centre' && r.type === 'member_of').map((r) => r.from).sort();
    expect(centre).toEqual(['kaganovich', 'kirov', 'mikoyan', 'molotov', 'voroshilov']);
    expect(dataset.relations.filter((r) => r.type === 'prosecuted_by').every((r) => r.to === 'vyshinsky')).toBe(true);
  });

  it('draws an undated family tie in the years both relatives are in the picture', () => {
    const net = buildNetwork(dataset);
    const tie = net.relations.find((r) => r.id === 'olga_kamenova__family_of__kamenev');
    expect(tie).toMatchObject({ start: 1941, undated: true }); // Olga enters with her execution in 1941
    expect(snapshot(net, 1941).edges.map((r) => r.id)).toContain('olga_kamenova__executed_by__stalin__1941');
    expect(snapshot(net, 1936).edges.map((r) => r.id)).not.toContain('olga_kamenova__family_of__kamenev');
    // a range: the execution is drawn in each year of 1936–38, and the person acts until 1938
    const ids = (y: number) => snapshot(net, y).edges.map((r) => r.id);
    for (const y of [1936, 1937, 1938]) expect(ids(y), String(y)).toContain('smirnov__executed_by__stalin__1936');
    expect(snapshot(net, 1938).status.get('smirnov')).toBe('active');
    expect(snapshot(net, 1939).status.get('smirnov')).toBe('dead');
  });
});

import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/data';
import { ALL_TABLES } from '../../lib/data/schema';
import { QUOTE_REF, quotableRows } from '../../lib/lecture/quotes';

describe('rows a quote slide can show', () => {
  const d = loadDataset();
  const rows = quotableRows(d);
  it('every row of every table with a quote, each once, named table/id', () => {
    const expected = d.people.length + d.factions.length + d.relations.length + d.events.length + d.disagreements.length
      + Object.values(d.stats).reduce((n, t) => n + t.length, 0);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.ref)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.ref).toMatch(QUOTE_REF);
      expect(ALL_TABLES.map((t) => t.name)).toContain(r.table);
      expect(r.quote.length).toBeGreaterThan(0);
      expect(r.locator).toBeGreaterThan(0);
    }
  });
  it('the quote, document and line are the row\'s own, and the label says what the row is', () => {
    const stat = rows.find((r) => r.ref === 'officer_corps/off_liquidated_000')!;
    const row = d.stats.officer_corps.find((r) => r.id === 'off_liquidated_000')!;
    expect(stat).toMatchObject({ quote: row.quote, source: row.source, locator: row.locator });
    expect(stat.label).toContain('more than 35,000');
    const rel = rows.find((r) => r.table === 'relations')!;
    const relation = d.relations.find((r) => r.id === rel.id)!;
    const name = (id: string) => d.people.find((p) => p.id === id)?.name ?? d.factions.find((f) => f.id === id)?.name;
    expect(rel.label.startsWith(`${name(relation.from)} ${relation.type.replace(/_/g, ' ')} ${name(relation.to)}`)).toBe(true);
    // "uncredited" is not a credit
    expect(rows.some((r) => r.credited === 'uncredited')).toBe(false);
  });
});

/** Summary of the dataset per table: row counts, disputes, sources used. Used by the home page and tests. */
import type { Dataset } from './data';
import { disagreements, type MeasureGroup } from './stats';
import { ALL_TABLES, type NodeRow, type TableSpec } from './schema';

export interface TableSummary {
  spec: TableSpec;
  rows: number;
  disputes: MeasureGroup[];
  sources: string[];
}

export function rowsOf(d: Dataset, spec: TableSpec): readonly { id?: string; source?: string; file?: string }[] {
  switch (spec.kind) {
    case 'stats': return d.stats[spec.name as keyof Dataset['stats']];
    case 'sources': return d.sources;
    case 'people': return d.people;
    case 'factions': return d.factions;
    case 'relations': return d.relations;
    case 'events': return d.events;
    case 'disagreements': return d.disagreements;
    case 'ledger': return d.ledger;
    case 'nodes': return nodesOf(d);
  }
}

export function summarise(d: Dataset): TableSummary[] {
  return ALL_TABLES.map((spec) => {
    const rows = rowsOf(d, spec);
    const disputes = spec.kind === 'stats' ? disagreements(d.stats[spec.name as keyof Dataset['stats']]) : [];
    const sources = [...new Set(rows.map((r) => r.source ?? r.file ?? ''))].filter(Boolean).sort();
    return { spec, rows: rows.length, disputes, sources };
  });
}

/** The generated nodes table: every person and faction id a relation may point at (see NODES_TABLE). */
export function nodesOf(d: Pick<Dataset, 'people' | 'factions'>): NodeRow[] {
  return [
    ...d.people.map((p): NodeRow => ({ id: p.id, kind: 'person', name: p.name })),
    ...d.factions.map((f): NodeRow => ({ id: f.id, kind: 'faction', name: f.name })),
  ];
}

/**
 * Disagreements between documents about people, factions, relations, events and figures (disagreements.csv),
 * grouped by dispute and indexed by the rows they name, for the graph, the panels, /sources and the home page.
 */
import type { DIFFERS_IN, DisagreementRow } from './schema';

/** What the summary of a dispute says its readings differ in (disagreements.csv differs_in). */
export const DIFFERS_IN_WORDS: Record<(typeof DIFFERS_IN)[number], string> = {
  figure: 'a figure', date: 'a date', person: 'who', certainty: 'how certain it is', fate: 'a fate', event: 'which event, or whether it happened',
};

export interface Dispute {
  id: string;
  about: string;
  readings: DisagreementRow[];
}

/** Rows named by disputes, keyed "table:row" (plain object: it crosses to client components). */
export type DisputeIndex = Record<string, Dispute[]>;

export const rowKey = (table: string, row: string) => `${table}:${row}`;

export function groupDisputes(rows: readonly DisagreementRow[]): Dispute[] {
  const by = new Map<string, Dispute>();
  for (const r of rows) {
    const d = by.get(r.dispute) ?? { id: r.dispute, about: r.about, readings: [] };
    d.readings.push(r);
    by.set(r.dispute, d);
  }
  return [...by.values()];
}

export function indexDisputes(rows: readonly DisagreementRow[]): DisputeIndex {
  const index: DisputeIndex = {};
  for (const d of groupDisputes(rows)) {
    for (const key of new Set(d.readings.map((r) => rowKey(r.table, r.row)))) (index[key] ??= []).push(d);
  }
  return index;
}

/** The disputes that name a row. */
export function disputesOf(index: DisputeIndex, table: string, row: string): Dispute[] {
  return index[rowKey(table, row)] ?? [];
}

/** The row ids of the given tables that some dispute names (ids are unique across people, factions and relations). */
export function disputedRows(index: DisputeIndex, tables: readonly string[]): Set<string> {
  return new Set(Object.keys(index).filter((k) => tables.includes(k.slice(0, k.indexOf(':')))).map((k) => k.slice(k.indexOf(':') + 1)));
}

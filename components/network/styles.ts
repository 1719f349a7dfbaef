import { nameWords } from '@/lib/network/network';
/** Visual encodings of the network: a colour and a dash pattern per relation type (never colour alone). */
export interface EdgeStyle { colour: string; dash?: string; width: number; arrow: boolean; label: string }

export const EDGE_STYLES: Record<string, EdgeStyle> = {
  member_of: { colour: 'var(--muted)', width: 1.3, arrow: false, label: 'member of' },
  led: { colour: 'var(--fg)', width: 2.4, arrow: false, label: 'led' },
  allied: { colour: 'var(--c3)', width: 2.6, arrow: false, label: 'allied with' },
  bloc: { colour: 'var(--c3)', dash: '9 3', width: 3.5, arrow: false, label: 'in a bloc with' },
  approached: { colour: 'var(--c5)', dash: '2 4', width: 2, arrow: true, label: 'approached' },
  opposed: { colour: 'var(--c6)', dash: '6 4', width: 2, arrow: true, label: 'opposed' },
  capitulated: { colour: 'var(--c2)', dash: '10 3 2 3', width: 2.4, arrow: true, label: 'capitulated to' },
  expelled: { colour: 'var(--c4)', dash: '5 2', width: 2.2, arrow: true, label: 'expelled from / by' },
  exiled: { colour: 'var(--c4)', dash: '1 3', width: 2.8, arrow: true, label: 'exiled by' },
  removed: { colour: 'var(--c4)', dash: '8 2 1 2', width: 1.6, arrow: true, label: 'removed by' },
  arrested_by: { colour: 'var(--c1)', dash: '3 3', width: 2.2, arrow: true, label: 'arrested by' },
  executed_by: { colour: 'var(--fg)', dash: '12 3', width: 2.6, arrow: true, label: 'executed by' },
  assassinated_by: { colour: 'var(--fg)', dash: '2 2', width: 2.6, arrow: true, label: 'assassinated by' },
  prosecuted_by: { colour: 'var(--c1)', dash: '6 2 2 2', width: 1.8, arrow: true, label: 'prosecuted by' },
  organised_by: { colour: 'var(--c6)', dash: '1 2', width: 2.4, arrow: true, label: 'killing organised by (a claim)' },
  family_of: { colour: 'var(--c5)', dash: '4 1 1 1', width: 1.6, arrow: false, label: 'family of' },
};

export const FATE_MARK: Record<string, string> = {
  shot: '✕', killed: '✕', sentenced_to_death: '✕', died_in_custody: '†', suicide: '†', assassinated: '†', died: '†',
};

export const FACTION_FILL: Record<string, string> = {
  leadership: 'var(--c2)', opposition: 'var(--c1)', faction: 'var(--c3)', bloc: 'var(--c5)', party: 'var(--muted)', police: 'var(--c4)',
};

/**
 * The label drawn beside each node: a faction's declared short_name (factions.csv), a person's surname, or
 * initial and surname where two people share one ("L. Sedov", "S. Sedov"). Full names stay in the panel,
 * the table and the accessible name.
 */
export function nodeLabels(nodes: readonly { id: string; kind: 'person' | 'faction'; name: string; faction?: { short_name: string } }[]): Map<string, string> {
  const surnames = new Map<string, number>();
  for (const n of nodes) if (n.kind === 'person') { const w = nameWords(n.name); surnames.set(w[w.length - 1], (surnames.get(w[w.length - 1]) ?? 0) + 1); }
  return new Map(nodes.map((n) => {
    if (n.kind === 'faction') return [n.id, n.faction?.short_name ?? n.name];
    const w = nameWords(n.name);
    const last = w[w.length - 1];
    return [n.id, (surnames.get(last) ?? 0) > 1 && w.length > 1 ? `${w[0][0]}. ${last}` : last];
  }));
}

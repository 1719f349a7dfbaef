/**
 * What the site knows of one person, for their page: their relations by year, the factions they belonged
 * to, and the charts and events whose quotes name them (by surname, or by full name where two people of the
 * documents share the surname).
 */
import { CHARTS, resolveChart, themeOfTable } from '../charts/charts';
import type { Dataset } from '../data/data';
import { factionsOf, nameWords, nodeIndex, relationYears, type NetNode, type NetRelation, type Network } from './network';
import { chartPage } from '../charts/paths';
import type { EventRow, PersonRow } from '../data/schema';

export interface PersonFacts {
  node: NetNode;
  person: PersonRow;
  /** Every relation naming the person, by year (undated family ties last). */
  relations: { relation: NetRelation; years: string; other: NetNode | undefined }[];
  factions: ReturnType<typeof factionsOf>;
  charts: { slug: string; title: string; href: string }[];
  events: { event: EventRow; href: string }[];
  /** Seed files of every quote on the page (for the citation). */
  files: string[];
}


/** A test of whether a text names the person: the surname, or the full name where a surname is shared. */
export function namesPerson(person: PersonRow, people: readonly PersonRow[]): (text: string) => boolean {
  const w = nameWords(person.name);
  const surname = w[w.length - 1];
  const shared = people.filter((p) => nameWords(p.name).at(-1) === surname).length > 1;
  const needle = shared ? w.join(' ') : surname;
  const re = new RegExp(`(^|[^\\p{L}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  return (text) => re.test(text);
}

export function personFacts(d: Dataset, network: Network, id: string): PersonFacts {
  const index = nodeIndex(network);
  const node = index.get(id);
  if (!node?.person) throw new Error(`no person "${id}" in people.csv`);
  const person = node.person;
  const relations = network.relations.filter((r) => r.from === id || r.to === id)
    .sort((a, b) => Number(!!a.undated) - Number(!!b.undated) || a.start - b.start || a.id.localeCompare(b.id))
    .map((r) => ({ relation: r, years: relationYears(r), other: index.get(r.from === id ? r.to : r.from) }));
  const names = namesPerson(person, d.people);
  const charts = CHARTS.filter((c) => resolveChart(c, d).rows.some((r) => names(r.row.quote)))
    .map((c) => ({ slug: c.slug, title: c.title, href: chartPage(c.slug, themeOfTable(c.theme)?.slug ?? c.theme) }));
  const events = d.events.filter((e) => names(e.quote) || names(e.label))
    .map((e) => ({ event: e, href: `/${themeOfTable(e.theme)?.slug ?? e.theme}#ev-${e.id}` }));
  const files = [person.source, ...relations.map((r) => r.relation.source)];
  return { node, person, relations, factions: factionsOf(network, id), charts, events, files };
}

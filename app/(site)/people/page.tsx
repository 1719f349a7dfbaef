import type { Metadata } from 'next';
import { loadDataset } from '@/lib/data/data';
import { buildNetwork, factionsOf, fateYears, nameWords } from '@/lib/network/network';
import { canonical } from '@/lib/site/site';
import { byText } from '@/lib/util/compare';
import { PeopleIndex, type PersonEntry } from '@/components/people/PeopleIndex';

export const metadata: Metadata = {
  title: 'People of the party struggle',
  description: 'Every person named in the documents of Purge Atlas, with their fate, its year and their factions; each has a page with every relation and quote.',
  ...canonical('/people'),
};

export default function PeoplePage() {
  const d = loadDataset();
  const network = buildNetwork(d);
  const people: PersonEntry[] = d.people.map((p) => {
    const w = nameWords(p.name);
    const fs = factionsOf(network, p.id);
    return {
      id: p.id, name: p.name, sortName: `${w[w.length - 1]} ${w.slice(0, -1).join(' ')}`, roles: (p.roles ?? []).join('; '),
      fate: p.fate.replace(/_/g, ' '), years: fateYears(p), year: p.fate_year ?? null,
      factions: [...new Map(fs.map((f) => [f.faction.id, { id: f.faction.id, name: f.faction.name }])).values()],
    };
  });
  const factions = d.factions.map((f) => ({ id: f.id, name: f.name })).sort((a, b) => byText(a.name, b.name));
  return (
    <article>
      <h1>People</h1>
      <p className="lede">The {people.length} people the documents name in the party struggle. Sort by name, fate or the year of the fate, or show one faction&apos;s members; each name opens the person&apos;s page with every relation, quote and line.</p>
      <PeopleIndex people={people} factions={factions} />
    </article>
  );
}

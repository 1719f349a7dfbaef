'use client';
import { useState } from 'react';
import { withBase } from '@/lib/charts/paths';
import { byText } from '@/lib/util/compare';

export interface PersonEntry { id: string; name: string; sortName: string; roles: string; fate: string; years: string; year: number | null; factions: { id: string; name: string }[] }

type Key = 'name' | 'fate' | 'year';

/** Every person of the documents: sortable by name, fate and year of fate, filtered by faction. */
export function PeopleIndex({ people, factions }: { people: readonly PersonEntry[]; factions: readonly { id: string; name: string }[] }) {
  const [sort, setSort] = useState<{ key: Key; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const [faction, setFaction] = useState('');
  const cmp = (a: PersonEntry, b: PersonEntry) => {
    const by = sort.key === 'name' ? byText(a.sortName, b.sortName)
      : sort.key === 'fate' ? byText(a.fate, b.fate)
        : (a.year ?? 9999) - (b.year ?? 9999);
    return by * sort.dir || byText(a.sortName, b.sortName);
  };
  const rows = people.filter((p) => !faction || p.factions.some((f) => f.id === faction)).sort(cmp);
  const head = (key: Key, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="linklike" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
        {label}{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <div className="people-index">
      <label className="net-search">
        <span>Faction</span>
        <select value={faction} onChange={(e) => setFaction(e.target.value)}>
          <option value="">All people</option>
          {factions.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </select>
      </label>
      {/* the column headers sort too; on a phone, where the table is cards, this is the way */}
      <label className="net-search">
        <span>Sort by</span>
        <select value={`${sort.key}:${sort.dir}`} onChange={(e) => { const [key, dir] = e.target.value.split(':'); setSort({ key: key as Key, dir: Number(dir) === -1 ? -1 : 1 }); }}>
          <option value="name:1">name, A–Z</option>
          <option value="name:-1">name, Z–A</option>
          <option value="fate:1">fate</option>
          <option value="year:1">year of fate, earliest first</option>
          <option value="year:-1">year of fate, latest first</option>
        </select>
      </label>
      <p className="meta" role="status">{rows.length} of {people.length} people</p>
      <div className="table-scroll">
        <table className="data-table cards-on-phone">
          <caption className="visually-hidden">People of the documents, their fate and factions</caption>
          <thead><tr>{head('name', 'Name')}<th scope="col">Roles</th>{head('fate', 'Fate')}{head('year', 'Year of fate')}<th scope="col">Factions</th></tr></thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-person={p.id}>
                <td data-label="Name"><a href={withBase(`/people/${p.id}`)}>{p.name}</a></td>
                <td data-label="Roles">{p.roles}</td>
                <td data-label="Fate">{p.fate}</td>
                <td data-label="Year of fate">{p.years || '—'}</td>
                <td data-label="Factions">{p.factions.map((f) => f.name).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadDataset } from '@/lib/data/data';
import { buildNetwork, fateYears, nodeIndex } from '@/lib/network/network';
import { networkComputed } from '@/lib/network/computed';
import { personFacts } from '@/lib/network/people';
import { indexDisputes, disputesOf } from '@/lib/data/disputes';
import { canonical, siteInfo, siteSources } from '@/lib/site/site';
import { withBase } from '@/lib/charts/paths';
import { DocLink } from '@/components/shared/DocLink';
import { DisputeList } from '@/components/shared/DisputeList';
import { EDGE_STYLES } from '@/components/network/styles';
import { PersonRow } from '@/components/people/PersonRow';
import { CitePage } from '@/components/people/CitePage';

export function generateStaticParams() {
  return loadDataset().people.map((p) => ({ id: p.id }));
}
export const dynamicParams = false;

const fateWords = (fate: string) => fate.replace(/_/g, ' ');

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const p = loadDataset().people.find((x) => x.id === id);
  if (!p) return {};
  return {
    title: `${p.name}${p.roles?.length ? `, ${p.roles[0]}` : ''}`,
    description: `${p.name} in the documents of Purge Atlas: ${p.roles?.join('; ') ?? ''}${p.roles?.length ? '. ' : ''}Fate: ${fateWords(p.fate)}${p.fate_year ? ` (${fateYears(p)})` : ''}. Every relation by year, with its quote, document and line.`,
    ...canonical(`/people/${id}`),
  };
}

/** A person: roles, fate with its quote, their row of the storyline, every relation by year, factions, and where charts and events name them. */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const d = loadDataset();
  const network = buildNetwork(d);
  if (!d.people.some((p) => p.id === id)) notFound();
  const f = personFacts(d, network, id);
  const index = nodeIndex(network);
  const story = networkComputed(network).storyline;
  const line = story.lines.find((l) => l.id === id);
  const disputes = indexDisputes(d.disagreements);
  const p = f.person;
  return (
    <article className="person-page" data-person={id}>
      <p className="meta"><a href={withBase('/people')}>People</a> · <a href={withBase(`/network?node=${id}${f.node.first <= network.span[1] ? `&year=${Math.max(f.node.first, network.span[0])}` : ''}`)}>In the network</a> · <a href={withBase('/network/timeline')}>Storyline</a></p>
      <h1>{p.name}</h1>
      {p.roles && p.roles.length > 0 && <p className="lede">{p.roles.join('; ')}</p>}
      <section aria-labelledby="fate">
        <h2 id="fate">Fate</h2>
        <p data-fate={p.fate}><strong>{fateWords(p.fate)}</strong>{p.fate_year ? `, ${fateYears(p)}` : ', no year in the documents'} · <DocLink id={p.id} source={p.source} locator={p.locator} /></p>
        <blockquote>{p.quote}</blockquote>
        {p.dated_by && <p className="meta">Dated by: {p.dated_by}</p>}
        {p.notes && <p className="meta">{p.notes}</p>}
        <DisputeList disputes={disputesOf(disputes, 'people', id)} level="h3" />
      </section>
      <section aria-labelledby="row">
        <h2 id="row">Their line in the storyline</h2>
        {line ? <PersonRow line={line} events={story.events.filter((e) => e.person === id)} index={index} span={story.years} />
          : <p className="meta">The documents give no year for {p.name}, so there is no line on the time axis.</p>}
      </section>
      <section aria-labelledby="factions">
        <h2 id="factions">Factions</h2>
        {f.factions.length ? (
          <ul>{f.factions.map((x) => <li key={`${x.faction.id}-${x.start}`}>{x.type === 'led' ? 'Led' : 'Member of'} <a href={withBase(`/network?node=${x.faction.id}&year=${x.start}`)}>{x.faction.name}</a>, {x.start === x.end ? x.start : `${x.start}–${x.end}`}</li>)}</ul>
        ) : <p className="meta">No faction membership in the documents.</p>}
      </section>
      <section aria-labelledby="relations">
        <h2 id="relations">Relations, by year ({f.relations.length})</h2>
        <ol className="person-relations">
          {f.relations.map(({ relation: r, years, other }) => {
            const mine = r.from === id;
            const otherLink = other?.kind === 'person' ? <a href={withBase(`/people/${other.id}`)}>{other.name}</a> : <a href={withBase(`/network?node=${other?.id}&year=${r.start}`)}>{other?.name ?? (mine ? r.to : r.from)}</a>;
            return (
              <li key={r.id} data-relation={r.id}>
                <strong>{years}</strong>: {mine ? <>{p.name} {EDGE_STYLES[r.type]?.label ?? r.type} {otherLink}</> : <>{otherLink} {EDGE_STYLES[r.type]?.label ?? r.type} {p.name}</>} · <DocLink id={r.id} source={r.source} locator={r.locator} />
                <blockquote>{r.quote}</blockquote>
                <DisputeList disputes={disputesOf(disputes, 'relations', r.id)} level="h3" />
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="named">
        <h2 id="named">Charts and events that name {p.name}</h2>
        {f.charts.length + f.events.length === 0 ? <p className="meta">No chart or event quote names them.</p> : (
          <ul>
            {f.charts.map((c) => <li key={c.slug}>Chart: <a href={withBase(c.href)}>{c.title}</a></li>)}
            {f.events.map((e) => <li key={e.event.id}>Event: <a href={withBase(e.href)}>{e.event.label}</a> ({e.event.start})</li>)}
          </ul>
        )}
      </section>
      <CitePage slug={`people_${id}`} path={`/people/${id}`} title={p.name} files={f.files} sources={siteSources()} site={siteInfo()} />
    </article>
  );
}

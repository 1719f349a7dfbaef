import { byCode } from '@/lib/util/compare';
import { DocLink } from '@/components/shared/DocLink';
import { withBase } from '@/lib/charts/paths';
import { DisputeList } from '@/components/shared/DisputeList';
import { disputesOf, type DisputeIndex } from '@/lib/data/disputes';
import { factionsOf, fateYears, relationEnd, relationYears, type NetNode, type NetRelation, type Network } from '@/lib/network/network';
import { formatYears } from '@/lib/data/stats';
import { EDGE_STYLES } from './styles';

interface Props {
  network: Network;
  index: ReadonlyMap<string, NetNode>;
  node: NetNode | null;
  edge: NetRelation | null;
  year: number;
  disputes: DisputeIndex;
  onSelectNode: (id: string) => void;
  onClose: () => void;
}

const doc = (r: { source: string; locator: number; id: string }) => <DocLink id={r.id} source={r.source} locator={r.locator} />;

/** What is known of the selected person, faction or relation, with every quote and its seed line. */
export function NodePanel({ network, index, node, edge, year, disputes, onSelectNode, onClose }: Props) {
  if (!node && !edge) {
    return <p className="meta">Select a person or faction (click, or Tab to it and press Enter) or a line to read its sources.</p>;
  }
  const name = (id: string) => index.get(id)?.name ?? id;
  const go = (id: string) => <button type="button" className="linklike" onClick={() => onSelectNode(id)}>{name(id)}</button>;
  const close = <button type="button" className="panel-close" onClick={onClose} aria-label="Close the details">×</button>;
  if (edge) {
    const st = EDGE_STYLES[edge.type];
    return (
      <div className="net-panel-body" data-panel-edge={edge.id}>
        {close}
        <h3>{go(edge.from)} {st?.label ?? edge.type} {go(edge.to)}</h3>
        <p>{relationYears(edge)} · {doc(edge)}</p>
        <blockquote>{edge.quote}</blockquote>
        {edge.dated_by && <p className="meta">Dated by: {edge.dated_by}</p>}
        {edge.notes && <p className="meta">{edge.notes}</p>}
        <DisputeList disputes={disputesOf(disputes, 'relations', edge.id)} />
      </div>
    );
  }
  const n = node as NetNode;
  const idx = index as Map<string, NetNode>;
  const rels = network.relations.filter((r) => r.from === n.id || r.to === n.id).sort((a, b) => a.start - b.start || byCode(a.id, b.id))
    .map((r) => ({ r, end: relationEnd(r, idx, network.span) }));
  return (
    <div className="net-panel-body" data-panel-node={n.id}>
      {close}
      <h3>{n.name}</h3>
      {n.person && (
        <>
          <p><a href={withBase(`/people/${n.id}`)} data-person-page={n.id}>{n.name}&apos;s page</a> (every relation, their line in the storyline, citation)</p>
          {n.person.roles && n.person.roles.length > 0 && <p>{n.person.roles.join('; ')}</p>}
          <p><strong>Fate:</strong> {n.person.fate.replace(/_/g, ' ')}{n.person.fate_year ? `, ${fateYears(n.person)}` : ''} · {doc(n.person)}</p>
          <blockquote>{n.person.quote}</blockquote>
          {n.person.dated_by && <p className="meta">Dated by: {n.person.dated_by}</p>}
          {n.person.notes && <p className="meta">{n.person.notes}</p>}
          <DisputeList disputes={disputesOf(disputes, 'people', n.id)} />
          <h4>Factions by year</h4>
          <ul>
            {factionsOf(network, n.id).map((f) => (
              <li key={`${f.faction.id}-${f.start}`}>{f.start}{f.end !== f.start ? `–${f.end}` : ''}: {f.type === 'led' ? 'led ' : ''}{go(f.faction.id)}</li>
            ))}
          </ul>
        </>
      )}
      {n.faction && (
        <>
          <p>{n.faction.kind} · {n.faction.end !== undefined ? formatYears(n.faction.start, n.faction.end) : `${n.faction.start} onwards`} · {doc(n.faction)}</p>
          <p>{n.faction.description}</p>
          <blockquote>{n.faction.quote}</blockquote>
          {n.faction.notes && <p className="meta">{n.faction.notes}</p>}
          <DisputeList disputes={disputesOf(disputes, 'factions', n.id)} />
        </>
      )}
      <h4>Relations ({rels.length}; in {year}: {rels.filter(({ r, end }) => r.start <= year && year <= end).length})</h4>
      <ul className="net-relations">
        {rels.map(({ r, end }) => (
          <li key={r.id} data-relation={r.id}>
            <span className="meta">{r.undated ? 'undated' : r.dating ? relationYears(r) : formatYears(r.start, end)}</span>{' '}
            {r.from === n.id ? <>{EDGE_STYLES[r.type]?.label ?? r.type} {go(r.to)}</> : <>{go(r.from)} {EDGE_STYLES[r.type]?.label ?? r.type} <em>{shortSelf(n)}</em></>}
            {' '}({doc(r)}): <q>{r.quote}</q>
            {disputesOf(disputes, 'relations', r.id).length > 0 && <> <span className="badge">disputed</span></>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function shortSelf(n: NetNode) {
  return n.kind === 'person' ? n.name.split(' ').slice(-1)[0] : n.name;
}

import { relationYears, type NetNode, type NetRelation } from '@/lib/network/network';
import { DocLink } from '@/components/shared/DocLink';
import { EDGE_STYLES } from './styles';

/** The relations drawn at the selected year as a table: the accessible twin of the graph. */
export function RelationTable({ edges, index, year, disputed, onSelectNode }: {
  edges: readonly NetRelation[];
  /** Relation ids the documents disagree about. */
  disputed?: ReadonlySet<string>;
  index: ReadonlyMap<string, NetNode>;
  year: number;
  onSelectNode?: (id: string) => void;
}) {
  const name = (id: string) => index.get(id)?.name ?? id;
  const who = (id: string) => onSelectNode
    ? <button type="button" className="linklike" onClick={() => onSelectNode(id)}>{name(id)}</button>
    : name(id);
  return (
    <table className="data-table net-table cards-on-phone">
      <caption>Relations in {year} ({edges.length})</caption>
      <thead>
        <tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th><th scope="col">Years</th><th scope="col">Document, line</th><th scope="col">Quote</th></tr>
      </thead>
      <tbody>
        {edges.map((r) => (
          <tr key={r.id} data-edge={r.id} className={disputed?.has(r.id) ? 'disputed' : undefined}>
            <td data-label="From">{who(r.from)}</td>
            <td data-label="Relation">{EDGE_STYLES[r.type]?.label ?? r.type}</td>
            <td data-label="To">{who(r.to)}</td>
            <td data-label="Years">{relationYears(r)}{disputed?.has(r.id) && <> <span className="badge">disputed</span></>}</td>
            <td data-label="Document, line"><DocLink id={r.id} source={r.source} locator={r.locator} /></td>
            <td data-label="Quote"><q>{r.quote}</q>{r.dated_by && <span className="meta"> Dated by: {r.dated_by}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

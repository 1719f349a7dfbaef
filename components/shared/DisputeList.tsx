import { DocLink } from '@/components/shared/DocLink';
import { DIFFERS_IN_WORDS, type Dispute } from '@/lib/data/disputes';

/**
 * Where documents disagree about a row: what about, and each document's reading with its line and quote.
 * Shown next to the row (network panel, chronology, sources, home page), never only in a closed note.
 */
export function DisputeList({ disputes, level = 'h4' }: { disputes: readonly Dispute[]; level?: 'h3' | 'h4' }) {
  if (!disputes.length) return null;
  const H = level;
  return (
    <div className="disputes" data-disputes={disputes.map((d) => d.id).join(' ')}>
      {disputes.map((d) => (
        <section key={d.id} className="dispute" data-dispute={d.id} aria-label={`Disputed: ${d.about}`}>
          <H><span className="badge">Disputed</span> {d.about}</H>
          {d.readings[0] && <p className="meta" data-differs-in={d.readings[0].differs_in}>The readings differ in {DIFFERS_IN_WORDS[d.readings[0].differs_in]}.</p>}
          <ul>
            {d.readings.map((r) => (
              <li key={r.id} data-reading={r.id}>
                <strong>{r.reading}</strong> (<DocLink id={r.id} source={r.source} locator={r.locator} />): <q>{r.quote}</q>
                {r.notes && <span className="meta"> {r.notes}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * One statement (claims grouped across sources): its sentence ("China denies that it is behind
 * Volt Typhoon, 20 December 2024, 2 sources", built by src/model/claim-sentence.ts on the server),
 * the claimant's kind, the first and latest report the reader can see, and every source with its
 * passage in its own language, to open in its report, translate, trace or (owners) correct and retract.
 */
import type { StatementItem } from '../api-client.ts';
import { claimDateLabel } from '../claim-date.ts';
import { ClaimTools } from './claim-tools.tsx';
import { Evidence, PublicSource } from './evidence.tsx';
import { ObjectRef } from './object-ref.tsx';
import { TlpBadge } from './tlp-badge.tsx';

export function StatementCard({ statement: s, names = {} }: { statement: StatementItem; names?: Record<string, string> }) {
  const name = (id: string) => names[id];
  return (
    <article className={`claim statement stance-${s.stance}`} data-statement={s.id} data-sources={s.sources}>
      <header>
        <p className="sentence" dir="auto">{s.sentence}</p>
      </header>
      <p className="muted small statement-meta">
        <span className="kind-tag" data-kind={s.claimant_kind}>{s.claimant_kind}</span>{' '}
        <b>{s.sources} independent source{s.sources === 1 ? '' : 's'}</b>
        {s.copies > s.sources && <> ({s.copies} reports of it)</>}
        {' · '}first reported {s.first.made_on ?? 'on an unknown date'} in <ObjectRef id={s.first.source_ref} name={name(s.first.source_ref)} />
        {s.latest.claim_id !== s.first.claim_id && <>{' · '}latest {s.latest.made_on ?? 'undated'} in <ObjectRef id={s.latest.source_ref} name={name(s.latest.source_ref)} /></>}
      </p>
      <details>
        <summary>Sources and passages ({s.claims.length})</summary>
        <ol className="plain statement-sources">
          {s.claims.map((c) => (
            <li key={c.id} data-claim={c.id}>
              <span className="small"><ObjectRef id={c.source_ref} name={name(c.source_ref)} /> · {claimDateLabel(c)} · {c.evidence.lang} <TlpBadge object={c} /></span>
              <Evidence evidence={c.evidence} />
              <PublicSource claim={c} />
              {c.evidence.translation && <blockquote className="translation" dir="auto" lang={c.evidence.translation.lang}>{c.evidence.translation.text}</blockquote>}
              <ClaimTools claim={c} />
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}

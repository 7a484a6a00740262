import type { Claim } from '../api-client.ts';
import { claimDateLabel, claimDateSource } from '../claim-date.ts';
import { ClaimTools } from './claim-tools.tsx';
import { Evidence, PublicSource } from './evidence.tsx';
import { claimSentence, officeOf, sentencePartsOf } from '../../../src/model/claim-sentence.ts';
import { useNames } from '../hooks/use-names.ts';
import { ObjectRef } from './object-ref.tsx';
import { TlpBadge } from './tlp-badge.tsx';

/** One claim: who said it, when, against whom, and the passage it was read from (original language). */
/** How a stance reads before its addressees ("denies, clearing China"). */
const VERBS: Record<string, string> = {
  attributes: 'attributes to', accuses: 'accuses', denies: 'denies, clearing', confirms: 'confirms, naming', warns: 'warns',
  'calls-for': 'calls on', overlaps: 'links',
};

export function ClaimCard({ claim, claimantName }: { claim: Claim; claimantName?: string }) {
  const ev = claim.evidence;
  const refs = [claim.claimant_ref, ...(claim.speaks_for_ref ? [claim.speaks_for_ref] : []), ...(claim.subject_refs ?? []), ...(claim.addressee_refs ?? [])];
  const names = useNames(refs);
  // the shared sentence builder (src/model/claim-sentence.ts): "China (Wang Lei) denies that it is behind Volt Typhoon, ..."
  const sentence = claimSentence(sentencePartsOf(claim, {
    name: (id) => (id === claim.claimant_ref && claimantName) || names.get(id)?.name,
    isPerson: (id) => names.get(id)?.object?.identity_class === 'individual',
    office: (id) => officeOf(names.get(id)?.object),
  }));
  return (
    <article className={`claim stance-${claim.stance}`} data-claim={claim.id}>
      <p className="sentence" dir="auto">{sentence}</p>
      <header>
        <ObjectRef id={claim.claimant_ref} name={claimantName} /> <span className="stance" data-stance={claim.stance}>{VERBS[claim.stance] ?? claim.stance}</span>{' '}
        {(claim.addressee_refs ?? []).map((a, i) => <span key={a}>{i > 0 && ', '}<ObjectRef id={a} /></span>)}
        <span className="spacer" />
        {claim.made_on
          ? <time dateTime={claim.made_on} title={claimDateSource(claim)} data-source={claim.made_on_source}>{claimDateLabel(claim)}</time>
          : <span className="date-unknown" title={claimDateSource(claim)}>{claimDateLabel(claim)}</span>} <TlpBadge object={claim} />
      </header>
      {claim.subject_description && !ev.text.startsWith(claim.subject_description.replace(/(\.\.\.|…)$/, '')) && (
        <p className="muted" dir="auto">{claim.subject_description}</p>
      )}
      <Evidence evidence={ev} />
      <PublicSource claim={claim} />
      {ev.translation && <blockquote className="translation" dir="auto" lang={ev.translation.lang}>{ev.translation.text}</blockquote>}
      <footer className="muted">source: <ObjectRef id={claim.source_ref} /><ClaimTools claim={claim} /></footer>
    </article>
  );
}

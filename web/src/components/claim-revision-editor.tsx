/**
 * Correcting a published claim (PATCH /api/claims/:id): who said it, whom they speak for, the
 * stance, the target and the subject (pickers over the knowledge base), the activity in words,
 * the statement date and the confidence. Only changed fields are sent; the server writes a new
 * version authored by the editor's organisation.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, type Claim } from '../api-client.ts';
import { lookup } from '../hooks/use-names.ts';
import { CLAIM_STANCES, ConfidenceField, DateFields, StanceField, type ClaimDate } from './claim-fields.tsx';
import { EntityPicker, type Picked } from './entity-picker.tsx';

const PARTIES = ['location', 'identity'] as const;
const SUBJECTS = ['intrusion-set', 'campaign', 'incident', 'threat-actor', 'malware', 'attack-pattern', 'tool'] as const;

/** Picked entries for ids, named as their answers arrive. */
function usePicked(ids: readonly string[]): [Picked[], (p: Picked[]) => void] {
  const [picked, setPicked] = useState<Picked[]>(ids.map((id) => ({ id, name: id.split('--')[0] ?? id, type: id.split('--')[0] ?? '' })));
  useEffect(() => {
    let live = true;
    Promise.all(ids.map(async (id) => ({ id, info: await lookup(id) }))).then((rows) => {
      if (live) setPicked((now) => now.map((p) => ({ ...p, name: rows.find((r) => r.id === p.id)?.info?.name ?? p.name })));
    });
    return () => { live = false; };
  }, [ids.join(',')]);
  return [picked, setPicked];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function ClaimRevisionEditor({ claim, onSaved, onCancel }: { claim: Claim; onSaved: (claim: Claim) => void; onCancel: () => void }) {
  const [claimant, setClaimant] = usePicked([claim.claimant_ref]);
  const [speaksFor, setSpeaksFor] = usePicked(claim.speaks_for_ref ? [claim.speaks_for_ref] : []);
  const [targets, setTargets] = usePicked(claim.addressee_refs ?? []);
  const [subjects, setSubjects] = usePicked(claim.subject_refs ?? []);
  const [description, setDescription] = useState(claim.subject_description ?? '');
  const [stance, setStance] = useState<string>(claim.stance);
  const [date, setDate] = useState<ClaimDate>({ made_on: claim.made_on, made_on_precision: claim.made_on_precision, made_on_source: claim.made_on_source ?? (claim.made_on ? 'text' : 'unknown') });
  const [confidence, setConfidence] = useState<number | undefined>(claim.confidence);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const [who] = claimant;
    if (!who || !who.id.startsWith('identity--')) { setError('The claimant must be an identity in the knowledge base (a person, office, government or company).'); return; }
    const next: Record<string, unknown> = {
      claimant_ref: who.id, speaks_for_ref: speaksFor[0]?.id, stance,
      addressee_refs: targets.length ? targets.map((t) => t.id) : undefined,
      subject_refs: subjects.length ? subjects.map((s) => s.id) : undefined,
      subject_description: description.trim() || undefined, confidence,
    };
    const unknown = date.made_on_source === 'unknown' || !date.made_on;
    Object.assign(next, unknown
      ? { made_on_source: 'unknown', made_on: undefined, made_on_precision: undefined }
      : { made_on: date.made_on, made_on_precision: date.made_on_precision ?? 'day', made_on_source: date.made_on_source ?? 'text' });
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(next)) {
      if (!same(v, (claim as Record<string, unknown>)[k])) changes[k] = v === undefined ? null : v;
    }
    if (changes.made_on_source === null) delete changes.made_on_source;
    if (Object.keys(changes).length === 0) { onCancel(); return; }
    setBusy(true);
    setError(undefined);
    try {
      const out = await api<{ claim: Claim }>('PATCH', `/claims/${encodeURIComponent(claim.id)}`, { changes });
      onSaved(out.claim);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="editor claim-editor" aria-label="Correct this claim" onSubmit={submit}>
      <EntityPicker label="Claimant" types={['identity']} value={claimant} onChange={setClaimant} placeholder="Who said it: person, office, government, company…" />
      <EntityPicker label="Speaks for" types={PARTIES} value={speaksFor} onChange={setSpeaksFor} placeholder="The state or body (optional)…" />
      <StanceField value={stance} onChange={setStance} stances={CLAIM_STANCES} />
      <EntityPicker label="Target" types={PARTIES} value={targets} onChange={setTargets} multiple placeholder="Accused, cleared, warned…" />
      <EntityPicker label="Subject" types={SUBJECTS} value={subjects} onChange={setSubjects} multiple placeholder="Groups, campaigns, incidents…" />
      <label>Activity in words <input dir="auto" value={description} onChange={(e) => setDescription(e.target.value)} placeholder="when no object stands for it" /></label>
      <DateFields value={date} onChange={setDate} />
      <ConfidenceField value={confidence} onChange={setConfidence} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row"><button type="submit" className="primary" disabled={busy}>Save correction</button><button type="button" onClick={onCancel}>Cancel</button></div>
    </form>
  );
}

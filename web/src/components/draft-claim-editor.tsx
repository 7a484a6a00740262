/**
 * The review screen's claim editor: who claims (a state by its country, or a body by name), the
 * named speaker, the stance, who is targeted, which groups it is about (pickers over the knowledge
 * base), the statement date and the confidence. It sends only the fields an analyst may change;
 * the passage is shown, and for a new claim it is the analyst's selection.
 */
import { useState, type FormEvent } from 'react';
import { ConfidenceField, DateFields, DRAFT_STANCES, StanceField, type ClaimDate } from './claim-fields.tsx';
import { EntityPicker, type Picked } from './entity-picker.tsx';

export interface DraftClaimData extends ClaimDate {
  claimant: string;
  claimant_kind?: 'state' | 'organization';
  speaker?: string;
  stance: string;
  target?: string;
  about?: string[];
  confidence?: number;
  evidence: { start: number; end: number; text?: string };
}

const PARTIES = ['location', 'identity'] as const;
const CODE = /^[A-Z]{2}$/;

function partyPicked(value: string | undefined): Picked[] {
  if (!value) return [];
  return [CODE.test(value) ? { id: '', name: value, type: 'location', code: value } : { id: '', name: value, type: 'text' }];
}
/** A country is recorded by its ISO code, anyone else by name. */
const partyValue = (p: Picked | undefined) => (p ? p.code ?? p.name : undefined);

export function DraftClaimEditor({ data, passage, onSave, onCancel, saveLabel = 'Save & accept' }: {
  data: Partial<DraftClaimData> & { evidence: { start: number; end: number } }; passage: string;
  onSave: (data: Record<string, unknown>) => Promise<void>; onCancel: () => void; saveLabel?: string;
}) {
  const [claimant, setClaimant] = useState<Picked[]>(partyPicked(data.claimant));
  const [speaker, setSpeaker] = useState<Picked[]>(data.speaker ? [{ id: '', name: data.speaker, type: 'text' }] : []);
  const [target, setTarget] = useState<Picked[]>(partyPicked(data.target));
  const [about, setAbout] = useState<Picked[]>((data.about ?? []).map((name) => ({ id: '', name, type: 'intrusion-set' })));
  const [stance, setStance] = useState<string>(data.stance ?? 'accuses');
  const [date, setDate] = useState<ClaimDate>({ made_on: data.made_on, made_on_precision: data.made_on_precision, made_on_source: data.made_on_source ?? (data.made_on ? 'text' : 'unknown') });
  const [confidence, setConfidence] = useState<number | undefined>(data.confidence === undefined ? 80 : Math.round(data.confidence * 100));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const c = partyValue(claimant[0]);
    if (!c) { setError('Choose who makes the claim.'); return; }
    const out: Record<string, unknown> = {
      claimant: c, claimant_kind: CODE.test(c) ? 'state' : 'organization', stance,
      speaker: speaker[0]?.name ?? null, target: partyValue(target[0]) ?? null, about: about.map((a) => a.name),
      confidence: (confidence ?? 80) / 100, evidence: { start: data.evidence.start, end: data.evidence.end },
    };
    if (date.made_on_source === 'unknown' || !date.made_on) out.made_on_source = 'unknown';
    else Object.assign(out, { made_on: date.made_on, made_on_precision: date.made_on_precision ?? 'day', made_on_source: date.made_on_source ?? 'text' });
    setBusy(true);
    setError(undefined);
    try {
      await onSave(out);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="editor claim-editor" aria-label="Claim editor" onSubmit={submit} onKeyDown={(e) => e.stopPropagation()}>
      <blockquote className="passage" dir="auto">{passage}</blockquote>
      <EntityPicker label="Claimant" types={PARTIES} value={claimant} onChange={setClaimant} allowText placeholder="A state, government body or company…" />
      <EntityPicker label="Speaker" types={['identity']} value={speaker} onChange={setSpeaker} allowText placeholder="The person speaking (optional)…" />
      <StanceField value={stance} onChange={setStance} stances={DRAFT_STANCES} />
      <EntityPicker label="Target" types={PARTIES} value={target} onChange={setTarget} allowText placeholder="Who is accused, cleared or warned…" />
      <EntityPicker label="About" types={['intrusion-set']} value={about} onChange={setAbout} multiple placeholder="Groups or operations…" />
      <DateFields value={date} onChange={setDate} />
      <ConfidenceField value={confidence} onChange={setConfidence} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row"><button type="submit" className="primary" disabled={busy}>{saveLabel}</button><button type="button" onClick={onCancel}>Cancel</button></div>
    </form>
  );
}

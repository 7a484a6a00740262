/**
 * "We" cannot be the party it addresses or the accuser it answers. In a statement with no named
 * speaker, "we" stands for whoever the discourse holds as speaker, which may be the other side of
 * the dispute: "We urge the Canadian side to stop ..." is no call by Canada on itself, "Мы
 * отвергаем эти обвинения" no denial by the accuser of its own accusation. Such a "we" is the
 * other side: whom that party accuses, else the body that publishes the text.
 */
import type { ClaimContext } from '../context.ts';
import type { ClauseFrame, Cue, Party, Resolved, StanceCue } from '../frame.ts';
import { partyValue } from '../parties.ts';

/** Words between a call's verb and its addressee ("urge the government of Canada to", "exhortamos al Gobierno de Canadá a"). */
const ADDRESSEE_REACH = 3;

export function selfClaimant(ctx: ClaimContext, f: ClauseFrame, cat: StanceCue, cue: Cue, subject: Party | undefined, claimant: Resolved): Resolved {
  if (subject?.kind !== 'self') return claimant;
  const d = ctx.discourse;
  const other = (v: string): Resolved | undefined => {
    const accused = d.adversaryOf(v);
    if (accused && accused !== v) return { value: accused, kind: 'state' };
    return ctx.publisher && ctx.publisher.value !== v ? ctx.publisher : undefined;
  };
  if (cat === 'callFor') {
    // The addressee: the first party after the cue's verb ("expect Russia to" holds it), not the speaker
    // named after a quotation ("'We expect them to co-operate,' the Australian minister said").
    const from = ctx.ix.after(cue.start, 1);
    // A first-person reference after the verb is no addressee either ("we urge firms to report anomalies to us", "本局呼籲企業…通報本局"):
    // it is the caller again.
    const addressee = f.cp.find((p) => p.start >= from && p !== f.speakerParty && p.kind !== 'self');
    // The addressee stands right after the verb ("urge the government of Canada to", "призываем американскую сторону");
    // a party further on is in what is called for ("urge the countries concerned to stop smearing China").
    if (addressee && ctx.ix.count(cue.end, addressee.start) > ADDRESSEE_REACH) return claimant;
    const v = addressee ? partyValue(addressee) ?? ctx.resolve(addressee, f.si)?.value : undefined;
    if (v && v === claimant.value) return other(v) ?? claimant;
  }
  if (cat === 'deny') {
    // A party that accused someone and was accused by no one does not deny: the one it accused does.
    if (d.adversaryOf(claimant.value) && !d.accuserOf(claimant.value)) return other(claimant.value) ?? claimant;
  }
  return claimant;
}

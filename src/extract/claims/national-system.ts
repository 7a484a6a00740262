/**
 * A system named as the nation's, hit, in the words of a state: "the Government informs that the National
 * Power System was the object of a cyberattack", "le gouvernement informe que le Réseau électrique national a
 * fait l'objet d'une cyberattaque". Such a system speaks for no one and belongs to no other state: the state
 * that tells of its hit confirms it was hit, the system is no claimant. The words that name a system as the
 * nation's are the profile's `nationalSystems`; the system must be a body of no state of its own.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Party, Resolved } from './frame.ts';
import { matches } from './text.ts';

export function nationalSystemOwner(ctx: ClaimContext, f: ClauseFrame, subject: Party | undefined, claimant: Resolved): Resolved {
  const speaker = f.speaker;
  if (!subject || subject.kind !== 'organization' || subject.country || !speaker || speaker.kind !== 'state') return claimant;
  if (subject.value === speaker.value || !matches(ctx.lex.nationalSystems, ctx.text.slice(subject.start, subject.end))) return claimant;
  return speaker;
}

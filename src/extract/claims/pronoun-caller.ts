/**
 * Reported speech with a personal pronoun as the subject of an appeal: "Anschließend habe er ... verlangt", "il
 * a ensuite exigé ..., selon le parquet", "по данным прокуратуры, он потребовал ...", "He then demanded ...,
 * prosecutors said". A personal pronoun inside reported words stands for a person: when the voice reporting the
 * sentence (its speech frame, told or carried) is a state or a body that no named person voices (a prosecutor's
 * office, an indictment), the pronoun is not that voice but someone the report tells of (the hacker, the defendant),
 * and what that person demands is no call of the voice's. In plain narration with no such frame the pronoun may
 * stand for a body ("der Geheimdienst ... Er rief ... auf") and keeps its reading.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Party, Resolved } from './frame.ts';

/** Is the appeal's subject a personal pronoun inside words reported by a voice no named person speaks for? */
export function appealOfSomeoneTold(ctx: ClaimContext, f: ClauseFrame, subject: Party | undefined, subj: Resolved | undefined): boolean {
  if (subject?.kind !== 'pronoun' || subj?.person) return false;
  const voice = f.speaker;
  return !!voice && !voice.person;
}

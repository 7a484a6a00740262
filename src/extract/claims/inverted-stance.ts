/**
 * A warning, an appeal, a denial or a confirmation whose subject follows its verb (inversion after a fronted phrase):
 * "Bereits im Mai warnte das BSI die Wirtschaft, ...", "Ayer advirtió el ministerio que ...", "Ранее предупредило ФСБ,
 * что ...", "Am Dienstag wies X die Vorwürfe zurück" (the subject inside a discontinuous cue, after its first word).
 * When no party stands before the verb in its clause and a phrase is fronted before it, the party right after the
 * verb is its subject (as for a speech verb, inverted-subject.ts). Not when the verb opens its clause ("...,
 * avertissant la Russie que": a participle whose object follows) nor right after a conjunction joining it to an
 * earlier verb ("und warnte Russland": the subject is the first verb's). The party follows the verb at once or after
 * an article only ("warnte das BSI", not "appelle à nouveau les autorités X", "Konsequenzen zieht die Regierung"); a
 * fronted phrase that opens with an article is the subject itself ("Die Fragesteller fordern die Regierung auf"), and a
 * question ("Welche Konsequenzen zieht ...?") tells no stance.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue, Party } from './frame.ts';
import { frontedAccusation } from './fronted-accusation.ts';
import { subjectAfter } from './inverted-subject.ts';
import { whole } from './text.ts';
import { withoutAdverbials } from './verb-gap.ts';
import { organNounOf, stateOfInvertedOrgan } from './inverted-organ.ts';

export function invertedStanceSubject(ctx: ClaimContext, f: ClauseFrame, cp: Party[], cue: Cue): Party | undefined {
  const { text, lex, ix } = ctx;
  if (!/\p{L}/u.test(text.slice(f.clause.start, cue.start))) return undefined;
  // "Die Vorwürfe gegen X wies Y zurück": a fronted accusation is the object, the parties inside it are not the subject.
  const accusation = frontedAccusation(ctx, f, cue) !== undefined;
  if (accusation) cp = cp.filter((p) => p.start >= cue.start || p.end <= f.clause.start);
  else if (cp.some((p) => p.start >= f.clause.start && p.end <= cue.start)) return undefined;
  if (whole(lex.verbJoin, text.slice(ix.before(cue.start, 1), cue.start).trim())) return undefined;
  const lead = text.slice(f.clause.start, cue.start).trim();
  // ... so does one that opens with a quantifier ("Beide Berichte bestätigten X als Opfer").
  const opener = lead.split(/\s+/u)[0] ?? '';
  if ((!accusation && whole(lex.articles, opener)) || whole(lex.quantifiers, opener.toLowerCase()) || /[?？]\s*$/u.test(f.sentence.text)) return undefined;
  // A discontinuous cue ("wies ... zurück", "machte ... verantwortlich") holds its subject: it follows the cue's first word.
  const verb = { start: cue.start, end: Math.min(cue.end, ix.after(cue.start, 1)) };
  const after = subjectAfter(text, lex, cp, verb, () => false);
  // "lo rechazó el Ministerio de Exteriores chino": the state adjective after the organ is its state (inverted-organ.ts).
  const q = after && (stateOfInvertedOrgan(ctx, cp, after) ?? after);
  // "Am Abend bestätigte das Unternehmen den Vorfall": a common noun for a company that points back to the one named
  // before is the subject of a confirmation or a denial, as a name is.
  if (!q || (q.kind === 'backref' && !(q.company === 'refers' && (cue.cat === 'confirm' || cue.cat === 'deny')))) return undefined;
  // "las rechazó de plano el Gobierno": a short adverbial of the profile between them counts as no word (verb-gap.ts).
  // The organ a state adjective qualifies ("el Ministerio de Exteriores chino", "el Gobierno ruso") heads the subject.
  const headEnd = q === after ? q.start : after!.start;
  const gap = withoutAdverbials(lex, text.slice(verb.end, headEnd)).split(/\s+/u).filter(Boolean);
  const organ = gap.length > 0 && organNounOf(ctx, gap[gap.length - 1]!, q) ? gap.slice(0, -1) : gap;
  return organ.every((w) => whole(lex.articles, w)) ? q : undefined;
}

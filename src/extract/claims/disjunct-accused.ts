/**
 * Accused joined as alternatives: "accused Velmoria or Ostrania of the break-in", "accuse la Velmorie ou l'Ostranie",
 * "beschuldigte Velmorien oder Ostranien", "обвинило Вельмору или Остранию", "cáo buộc Velmoria hoặc Ostrania",
 * "指责维尔莫拉或奥斯特拉尼亚". The speaker suspects each state of the disjunction as it does each member of an "and" list,
 * so every party joined to the first accused by the profile's `disjunctions` (or by its coordinators) is accused too.
 * Only the accused's list takes them: a subject "Velmoria or Ostrania said ..." names no speaker. "Neither X nor Y"
 * is no disjunction ("nor" is none of the words), and a negated accusation makes no claim at all. The reported-act
 * path reads the same list (reported-list.ts).
 */
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { Party } from './frame.ts';
import { joinedParties } from './parties.ts';

/** The parties after `first` in its list of the accused, joined by "and", "or", commas or their equivalents, in text order. */
export function accusedAlternatives(text: string, lex: CompiledLexicon, parties: Party[], first: Party): Party[] {
  return joinedParties(text, lex, parties, first, 1, lex.disjunctions);
}

/**
 * The parties before `last` in a list of the accused that ends in it, in text order: the subject of a predicate of
 * blame ("X and Y were behind", "tin tặc làm việc cho X và Y đứng sau", "X和Y的黑客是幕后黑手") or the object of a
 * verb-final accusation ("hat X und Y beschuldigt"), where the nearest party before the cue is the list's last.
 * The same joins as `accusedAlternatives`, read backwards.
 */
export function accusedBefore(text: string, lex: CompiledLexicon, parties: Party[], last: Party): Party[] {
  return joinedParties(text, lex, parties, last, -1, lex.disjunctions);
}

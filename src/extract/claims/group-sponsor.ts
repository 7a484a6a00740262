/**
 * The state a sentence ties a threat group to when the knowledge base records none: a description
 * set off by a comma right after the group's name that links it to a state ("X, a group tied to Y",
 * "X, un groupe lié à Y", "X, einer Gruppe mit Verbindungen zu Y", "X, группировкой, связанной с Y",
 * "X, một nhóm có liên hệ với Y"), or a linking phrase right before its name ("与Y有关联的组织X"). A
 * vendor that ties the group to a state in its own sentence names that state as the accused
 * (group-target.ts). Not a sponsor: a state named after a clause break, or after another group.
 */
import { tokenIndex, type TokenIndex } from '../tokens.ts';
import { GROUP_CONTEXT_WORDS } from '../lexicons/entity/group-schemes.ts';
import type { CompiledLexicon } from '../lexicons/index.ts';
import type { GroupMention } from './frame.ts';
import type { Span } from '../types.ts';
import { linkedBefore } from './parties.ts';

/** Words from the group's name to the state its description links it to ("UNC1, a newly tracked group tied to Y"). */
const DESCRIPTION_REACH = 8;
/** Words from the linked state to the group's name it modifies ("与Y有关联的黑客组织X"). */
const MODIFIER_REACH = 5;
/** What ends a description or a modifier. */
const BREAK = /[.;:!?()。；：！？（）]/u;
/** A comma (after a closing quotation mark or bracket) that opens a description. */
const OPENS_DESCRIPTION = /^\s*[”"»」』]?\s*[,，]/u;
/** Words that may stand between the name and the comma when a group word opens the description: the verb's closing particle ("ordnet ... X zu, einer Gruppe ..."). */
const CLOSING_WORDS = 2;
/** Words after the comma within which the group word stands ("einer Gruppe", "un groupe de pirates"). */
const GROUP_WORD_REACH = 3;

const groupWords = new Map<string, RegExp | null>();
function groupWord(lang: string): RegExp | null {
  if (!groupWords.has(lang)) {
    const words = GROUP_CONTEXT_WORDS[lang];
    groupWords.set(lang, words?.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.join('|')})(?![\p{L}\p{N}])`, 'u') : null);
  }
  return groupWords.get(lang)!;
}

/** Does the text after the group's name open a description of it: a comma right after it, or after a closing particle when a group word follows? */
function opensDescription(text: string, lex: CompiledLexicon, ix: TokenIndex, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (OPENS_DESCRIPTION.test(gap)) return true;
  const comma = gap.search(/[,，]/u);
  if (comma < 0 || ix.count(from, from + comma) > CLOSING_WORDS) return false;
  const after = from + comma + 1;
  const re = groupWord(lex.lang);
  return !!re && re.test(text.slice(after, ix.after(after, GROUP_WORD_REACH)));
}

export function withToldSponsors(text: string, lex: CompiledLexicon, groups: GroupMention[], parties: Array<Span & { kind: string; value?: string }>): GroupMention[] {
  if (!lex.linkedTo) return groups;
  const ix = tokenIndex(text, lex.lang);
  const states = parties.filter((p) => p.kind === 'country' && !!p.value);
  return groups.map((g) => {
    if (g.countries.length) return g;
    const sponsor = states.find((p) => {
      if (!linkedBefore(text, lex, p)) return false;
      if (p.start >= g.end) {
        const gap = text.slice(g.end, p.start);
        return opensDescription(text, lex, ix, g.end, p.start) && !BREAK.test(gap) && ix.count(g.end, p.start) <= DESCRIPTION_REACH && !groups.some((o) => o.start >= g.end && o.end <= p.start);
      }
      if (p.end <= g.start) {
        const gap = text.slice(p.end, g.start);
        return !BREAK.test(gap) && !/[,，、]/u.test(gap) && ix.count(p.end, g.start) <= MODIFIER_REACH && !groups.some((o) => o.start >= p.end && o.end <= g.start);
      }
      return false;
    });
    return sponsor ? { ...g, sponsors: [sponsor.value!] } : g;
  });
}

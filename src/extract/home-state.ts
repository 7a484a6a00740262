/**
 * The article's home state: the state whose officials and organs speak in it. Every rule that falls back on it (an
 * unnamed organ "the ministry", a named office holder whose role names no state: organ-state.ts; a generic "the
 * authorities": claims/investigating-body.ts) takes it from here, computed once per text (extract.ts):
 *  - a state body that publishes the text (publisher.ts: an embassy's or a ministry's statement) gives its state;
 *  - else the state of the text's speakers weighs most: organs, officials (people who speak for a state) and states
 *    that are the subject of a verb of saying, confirming, warning or calling for ("the ministry said", "El Gobierno
 *    de X confirmó", "发言人表示"; a state only right before its verb), an organ or official after a speech verb in a
 *    profile whose speech verbs take their subject after them ("informó la agencia X"), or a transcript turn's label.
 *    A denial tells no home: it is mostly the accused answering. Organs and officials only named (accused,
 *    sanctioned, targeted, a posting's place) weigh less: one known organ mention or one person each, against
 *    SPOKEN_WEIGHT for each speaking mention; an organ the knowledge base does not know counts only when it speaks.
 *    An organ or official that its sentence presents as the doer or suspect of a hostile act (accused-mention.ts) counts
 *    not at all: a press release about an attack names the accused state's bodies more often than its own.
 * The state must lead alone; when none does, the state of the report's dateline is home (dateline-state.ts). Distances are word tokens (tokens.ts).
 */
import { execFrom, type CompiledLexicon } from './lexicons/index.ts';
import { accusedMention, accusingCues } from './accused-mention.ts';
import type { PartyMention } from './people.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';
import { tokenIndex, type TokenIndex } from './tokens.ts';
import { firstEndingAfter } from './span-search.ts';
import { datelineState } from './dateline-state.ts';

/** Words between a subject and its speech verb ("the ministry [of X] said", "Sprecherin [des Amtes] sagte"). */
const SUBJECT_REACH = 2;
/** What one speaking mention weighs against one mention of an organ or official that is only named. */
const SPOKEN_WEIGHT = 3;
/** Words between a state and its speech verb ("Chile [ha] confirmado"). */
const STATE_SUBJECT_REACH = 1;
/** Words between an inverted speech verb and its subject ("said [Defence Minister] X", "заявил [глава] X"). */
const INVERTED_REACH = 2;
/** Words between two items of a list ("X, Y [o] Z"). */
const LIST_GAP = 1;
/** Cues of speaking or of a speaker's stance whose subject speaks for a side. */
const SPEECH = ['say', 'confirm', 'warn', 'callFor'] as const;
/** What breaks a subject from its verb: the end of a clause, a quotation, a bracket. */
const BREAK = /[.;:!?。；：！？"“”«»„「」()（）\n]/u;

export interface HomeInput {
  text: string;
  lex: CompiledLexicon | null;
  sentences: Sentence[];
  /** People, with the state they speak for when known. */
  people: ReadonlyArray<{ speaks_for?: string; mentions: Span[] }>;
  /** Organisations (known and found), with their state when known; victims are skipped. Found ones count only when they speak. */
  orgs: Array<PartyMention & { known?: boolean }>;
  /** States named in the text. */
  countries: PartyMention[];
  /** Every party mention (countries included), to tell whether another party stands between a subject and its verb. */
  parties: Array<Span & { value?: string }>;
  /** The state of the body that publishes the text, when it is a state body. */
  publisherState?: string;
}

const STATE = /^[A-Z]{2}$/u;

export function homeState(h: HomeInput): string | undefined {
  if (h.publisherState && STATE.test(h.publisherState)) return h.publisherState;
  const spoken = new Map<string, number>();
  const named = new Map<string, number>();
  const add = (n: Map<string, number>, c: string | undefined) => {
    if (c && STATE.test(c)) n.set(c, (n.get(c) ?? 0) + 1);
  };
  const cues = h.lex ? speechCues(h.text, h.lex) : [];
  const ix = h.lex ? tokenIndex(h.text, h.lex.lang) : undefined;
  const others: Array<Span & { value?: string }> = [...h.parties, ...h.people.flatMap((p) => p.mentions)].sort((a, b) => a.start - b.start);
  const speaks = (m: Span, state = false, own?: string) => !!ix && !!h.lex && speaking(h, ix, cues, others, m, state, own);
  // An organ or official its sentence accuses (the doer of an attack, the sanctioned or indicted body) speaks for no side.
  const accusing = h.lex ? accusingCues(h.text, h.lex) : [];
  const accused = (m: Span, own: string) => !!ix && accusedMention(h.text, ix, h.sentences, accusing, m, (a, b) => others.some((q) => q.start >= a && q.end <= b && !(q.start === m.start && q.end === m.end) && q.value !== own));
  for (const p of h.people) {
    if (!p.speaks_for) continue;
    const free = p.mentions.filter((m) => !accused(m, p.speaks_for!));
    if (free.length || !p.mentions.length) add(named, p.speaks_for);
    for (const m of free) if (speaks(m, false, p.speaks_for)) add(spoken, p.speaks_for);
  }
  for (const o of h.orgs) {
    if (o.victim || !o.country || accused(o, o.country)) continue;
    if (o.known) add(named, o.country);
    if (speaks(o, false, o.country)) add(spoken, o.country);
  }
  // "El Gobierno de Chile confirmó", "China said": a state speaking in its own name is a speaker too (it is never counted as merely named).
  for (const c of h.countries) if (speaks(c, true)) add(spoken, c.value);
  const score = (c: string) => (spoken.get(c) ?? 0) * SPOKEN_WEIGHT + (named.get(c) ?? 0);
  const [first, second] = [...new Set([...named.keys(), ...spoken.keys()])].sort((a, b) => score(b) - score(a));
  // No speaker's state leads: the state the report is filed from (dateline-state.ts).
  return first && (!second || score(first) > score(second)) ? first : datelineState(h.sentences);
}

/** Every speech or stance cue of the text, in order. */
function speechCues(text: string, lex: CompiledLexicon): Array<Span & { say: boolean }> {
  const out: Array<Span & { say: boolean }> = [];
  for (const c of SPEECH) {
    const re = lex[c];
    if (!re) continue;
    for (let m = execFrom(re, text); m; m = execFrom(re, text, m.index + (m[0].length || 1))) out.push({ start: m.index, end: m.index + m[0].length, say: c === 'say' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Is the mention the subject of a speech cue (before it, or right after it in inverted order), or a transcript turn's label? */
function speaking(h: HomeInput, ix: TokenIndex, cues: Array<Span & { say: boolean }>, others: Array<Span & { value?: string }>, m: Span, state: boolean, own?: string): boolean {
  const { text } = h;
  const s = h.sentences.find((x) => x.start <= m.start && m.end <= x.end);
  if (!s) return false;
  // "CANCILLER X: ...": the label of a turn.
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  if (lineStart >= s.start && ix.count(lineStart, m.start) <= 1 && /^[^\n.;!?。]{0,40}?[:：]/u.test(text.slice(m.end, m.end + 41)) && ix.count(m.end, m.end + text.slice(m.end).search(/[:：]/u)) <= 2) return true;
  // "Uruguay, Chile o Perú denuncian": the last state of a list, right after another party, is not its verb's subject alone.
  if (state && others.some((q) => q.end <= m.start && q.start >= s.start && ix.count(q.end, m.start) <= LIST_GAP && !BREAK.test(text.slice(q.end, m.start)))) return false;
  // Another party between them takes the verb; the speaker's own state does not ("Bộ Ngoại giao Phần Lan cho biết").
  const between = (a: number, b: number) => others.some((q) => q.start >= a && q.end <= b && !(q.start === m.start && q.end === m.end) && !(own && q.value === own));
  for (let k = firstEndingAfter(cues, s.start); k < cues.length; k++) {
    const c = cues[k]!;
    if (c.start >= s.end) break;
    if (c.start >= m.end) {
      // "the ministry said", "X a démenti", "发言人表示".
      // A state is the subject only right before its verb ("Chile confirmó", "El Gobierno de Chile confirmó"), not as a
      // modifier of another noun ("votantes de Chile denuncian") or in a list. A preposition between makes the cue a noun's
      // complement ("Китай о последствиях"), no verb.
      const gap = text.slice(m.end, c.start);
      if (ix.count(m.end, c.start) <= (state ? STATE_SUBJECT_REACH : SUBJECT_REACH) && !BREAK.test(gap) && !(state && /[,，、]/u.test(gap)) && !between(m.end, c.start) && !(gap.trim() && objectWord(h.lex!, gap))) return true;
      break;
    }
    // "informó la agencia X", "заявил глава X": a verb right before, nothing but words between, in a profile whose speech
    // verbs take their subject after them (sayObjectWords); never a state ("dijo que Chile", "kết luận Nga đã ...").
    if (c.say && !state && !!h.lex!.sayObjectWords && c.end <= m.start && c.start >= s.start && ix.count(c.end, m.start) <= INVERTED_REACH && !/[,，、]/u.test(text.slice(c.end, m.start)) && !BREAK.test(text.slice(c.end, m.start)) && !between(c.end, m.start) && !objectWord(h.lex!, text.slice(c.end, m.start))) return true;
  }
  return false;
}

/** A complementizer or an object word after the verb ("said that X", "habló de X", "заявил о X"): X is what is told. */
function objectWord(lex: CompiledLexicon, gap: string): boolean {
  for (const re of [lex.complementizers, lex.sayObjectWords]) {
    if (!re) continue;
    if (execFrom(re, gap)) return true;
  }
  return false;
}

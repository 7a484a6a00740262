/**
 * Multi-topic texts: a press-conference transcript takes one question after another, a live blog one
 * entry after another, and most of them are not about the cyber operation ("Could you say a word
 * about the naval exercise?", "16:40 The border talks resumed"). Such a text is cut into topic units:
 * a unit opens at a question (a question label, or any label other than the host's: "AFP:",
 * "彭博社记者：") or at a time stamp opening a line; the host's answer and unlabelled paragraphs go on
 * with the unit. A unit tells a hostile act or a threat when one of its sentences has a cue of the
 * language's `hostile` or `threat` lexicon; states named only in other units are not parties.
 */
import { execFrom, type CompiledLexicon } from './lexicons/index.ts';
import type { Sentence } from './segment.ts';
import { speakerLabel } from './transcript.ts';
import type { Span } from './types.ts';

/** Fewer units than this: one story, not a string of topics. */
const MIN_UNITS = 3;
/** A time stamp near the start of a line: "16:40", "09h00", "12:46 p.m. —", "14.01., 08:40 Uhr". */
const TIME_STAMP = /^[^\n]{0,25}?(?<![\d:.])\d{1,2}[:h]\d{2}(?![\d])/u;

export interface TopicUnit extends Span {
  hostile: boolean;
  /** What opened the unit: a questioner's label, a time stamp, or nothing (the text's first unit). */
  opener?: 'label' | 'time';
}

function has(re: RegExp | null | undefined, s: string): boolean {
  return !!re && !!execFrom(re, s);
}

/** The topic units of a multi-topic text, or null when the text is one story. */
export function topicUnits(sentences: Sentence[], lex: CompiledLexicon | null): TopicUnit[] | null {
  if (!lex) return null;
  const body = sentences.filter((s) => !s.title);
  // The host: the label most often used (the spokesperson), and the answer labels.
  const labels = new Map<string, number>();
  const labelOf = new Map<Sentence, string>();
  body.forEach((s, i) => {
    const l = speakerLabel(s, body[i - 1]);
    if (!l) return;
    const bare = l.name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
    labelOf.set(s, bare);
    labels.set(bare, (labels.get(bare) ?? 0) + 1);
  });
  const host = [...labels.entries()].filter(([n]) => !wholeMatch(lex.questionLabels, n)).sort((a, b) => b[1] - a[1])[0]?.[0];
  const isAnswer = (name: string) => !wholeMatch(lex.questionLabels, name) && (name === host || wholeMatch(lex.answerLabels, name));
  const units: TopicUnit[] = [];
  body.forEach((s, i) => {
    const first = !body[i - 1] || body[i - 1]!.paragraph !== s.paragraph;
    const label = labelOf.get(s);
    const byLabel = first && label !== undefined && !isAnswer(label);
    const opens = byLabel || (first && TIME_STAMP.test(s.text));
    const hostile = has(lex.hostile, s.text) || has(lex.threat, s.text);
    const cur = units.at(-1);
    if (!cur || opens) units.push({ start: s.start, end: s.end, hostile, ...(opens ? { opener: byLabel ? ('label' as const) : ('time' as const) } : {}) });
    else {
      cur.end = s.end;
      cur.hostile ||= hostile;
    }
  });
  return units.length >= MIN_UNITS ? units : null;
}

function wholeMatch(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  const m = execFrom(re, s);
  return !!m && m.index === 0 && m[0].length === s.length;
}

/** Whether every one of the spans lies in a unit that tells no hostile act (the title is no unit). */
export function offTopic(units: TopicUnit[], spans: Span[]): boolean {
  const inUnits = spans.filter((m) => units.some((u) => m.start >= u.start && m.end <= u.end));
  if (inUnits.length < spans.length) return false;
  return inUnits.every((m) => units.some((u) => !u.hostile && m.start >= u.start && m.end <= u.end));
}

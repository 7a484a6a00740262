/**
 * Speed without a change of output: a whole-word cue list some of whose entries open inside words
 * ("\p{L}*vorfall", "[\p{L}\-]*minister") or with a run of words ("(?:\p{L}+ )?gruppe",
 * "(?:[\p{L}-]+ ){0,3}team") is scanned literal first (atWordStart/execFrom, finderOf in
 * src/extract/lexicons/index.ts): the list with those runs cut off finds the hits, each hit is followed
 * back over the run to where its word (or words) begin, and the whole pattern is tried from there. The
 * matches are the same as the plain pattern's, in several languages, from any offset.
 * Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCues, execAll, execFrom, scanKind } from '../../src/extract/lexicons/index.ts';

function plain(list: string[]): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}
function plainAll(re: RegExp, s: string, from = 0): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
    if (!m[0]) re.lastIndex++;
  }
  return out;
}
function fastAll(re: RegExp, s: string, from = 0): string[] {
  const out: string[] = [];
  for (let m = execFrom(re, s, from); m; m = execFrom(re, s, m.index + (m[0].length || 1))) out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
  return out;
}

const LISTS: Record<string, { list: string[]; sentences: string[] }> = {
  de: {
    list: [
      String.raw`\p{L}*Sicherheitsvorf(?:a|ä)ll\p{L}*`,
      String.raw`[\p{L}\-]*minister(?:in)?`,
      String.raw`(?:\p{L}+ )?(?:gelenkt|bezahlt)(?!\p{L})`,
      String.raw`(?:[\p{L}-]+ ){0,3}team`,
      'Angriff',
      'amt',
    ],
    sentences: [
      'Ein IT-Sicherheitsvorfall traf das Landesamt, sagte die Ex-Innenministerin von Quellburg.',
      'Der Sicherheitsvorfällen folgte ein Angriff; das Amt blieb offen, der Wirtschaftsminister schwieg.',
      'Die Gruppe sei von Dranmoor gelenkt und bezahlt, meinte das Analyse-Team von Varolt heute.',
      'Das Forschungsteam und das rote Team sahen keinen Angriffsplan im Ministeramt.',
      'Ministerinnen und Minister-Präsidenten 🙂minister 𝐀minister trafen sich.',
    ],
  },
  ru: {
    list: [String.raw`(?:\p{L}+ )?группировк\p{L}*`, String.raw`\p{L}*суд(?:а|у|ом|ы)?`, 'о', 'в'],
    sentences: [
      'Хакерская группировка Варол действовала в интересах Дранмора, о чём сообщил суд.',
      'Арбитражный суд и Верховный суд не ответили о группировках.',
      'В Квельбурге новая группировка атаковала суды и оборонные заводы.',
    ],
  },
  fr: {
    list: [String.raw`l['’]équipe(?: [\p{L}-]+){0,3} (?:de|d['’])`, String.raw`(?:[\p{L}-]+ ){0,3}équipe`, 'a'],
    sentences: [
      "L'équipe de recherche de Quelmarc a publié un rapport ; une petite équipe a vu la faille.",
      'Selon la nouvelle équipe technique, il a fallu trois jours.',
    ],
  },
  en: {
    list: [String.raw`\p{L}*-backed`, String.raw`(?:\p{L}+ )?hackers?`, 'linked to', 'a'],
    sentences: [
      'State-backed hackers linked to Varolia hit a port; a hacker crew was Dranmoor-backed.',
      'The hackers, linked to nobody, ran a site backed by a firm.',
    ],
  },
  es: {
    list: [String.raw`[\p{L}\-]*ministr[oa]s?`, String.raw`(?:[\p{L}-]+ ){0,3}equipo`, 'ataque'],
    sentences: ['El exministro y la ministra de Quelmaria dijeron que el equipo de respuesta vio un ataque.'],
  },
};

test('a list with entries opening inside words or with a run of words is scanned literal first', () => {
  for (const [lang, { list }] of Object.entries(LISTS)) assert.equal(scanKind(compileCues(list)!), 'finder', lang);
  assert.equal(scanKind(compileCues(['Angriff', 'Amt'])!), 'bare');
  assert.equal(scanKind(compileCues(['应', '称'], true)!), 'plain');
});

test('the literal-first scan finds the same matches as the plain pattern', () => {
  for (const [lang, { list, sentences }] of Object.entries(LISTS)) {
    const fast = compileCues(list)!;
    const slow = plain(list);
    for (const s of [...sentences, sentences.join(' ')]) {
      assert.deepEqual(fastAll(fast, s), plainAll(slow, s), `${lang}: ${s}`);
      assert.deepEqual(
        execAll(fast, s).map((m) => `${m.index}:${m[0]}:${m.slice(1).join('|')}`),
        plainAll(slow, s),
        `${lang}: ${s}`,
      );
      for (let from = 1; from < s.length; from += 7) assert.deepEqual(fastAll(fast, s, from), plainAll(slow, s, from), `${lang} @${from}`);
    }
  }
});

test('the same matches on word salads (letter runs, hyphens, surrogate pairs, from any offset)', () => {
  const words = ['Team', 'team', 'Analyse-Team', 'Minister', 'Ex-Minister', 'Bauminister', 'Amt', 'Landesamt', 'gelenkt', 'x', 'a', 'о', 'в',
    'суд', 'Верховный', 'группировка', '🙂', '𝐀minister', '-', ',', 'équipe', "l'équipe", 'de', 'Sicherheitsvorfall', 'IT-Sicherheitsvorfälle'];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const all = Object.values(LISTS).flatMap((l) => l.list);
  const fast = compileCues(all)!;
  const slow = plain(all);
  assert.equal(scanKind(fast), 'finder');
  for (let i = 0; i < 300; i++) {
    const n = 1 + rnd(12);
    const s = Array.from({ length: n }, () => words[rnd(words.length)]).join(rnd(3) ? ' ' : '');
    const from = rnd(s.length + 1);
    assert.deepEqual(fastAll(fast, s, from), plainAll(slow, s, from), s);
  }
});

/**
 * Interviews and briefings whose turns open with a letter and a period or a dash instead of a colon ("Q. …" /
 * "R. …", "P. …" / "R. …", "F. …" / "A. …", "В. …" / "О. …", "Q - …"): the answer is the interviewee's, the
 * official the title or the lead names, speaking for their state; the question claims nothing; the letter is no
 * organisation and no initial of a person.
 * Negatives: an initial before a surname that speaks ("R. Kowalski said …") is a person's, and a list numbered with
 * letters in an article that asks no question keeps its reading.
 * Names and texts invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import { segmentDocument } from '../../src/extract/segment.ts';
import { lexiconFor } from '../../src/extract/lexicons/index.ts';
import { turnLetters } from '../../src/extract/turn-letters.ts';

interface Case {
  lang: string;
  title: string;
  lead: string;
  question: string;
  answer: string;
  host: string;
  addressee: string;
}

const CASES: Case[] = [
  {
    lang: 'fr', host: 'PL', addressee: 'RU',
    title: 'Kasimir Lenz, directeur de l’agence polonaise ABW : « La menace grandit »',
    lead: 'Le directeur de l’agence polonaise ABW, Kasimir Lenz, revient sur l’année écoulée.',
    question: 'Q. Que demandez-vous à Moscou ?',
    answer: 'R. Nous appelons la Russie à cesser immédiatement ses cyberattaques contre nos hôpitaux.',
  },
  {
    lang: 'es', host: 'PL', addressee: 'RU',
    title: 'Kasimir Lenz, director de la agencia polaca ABW: «La amenaza crece»',
    lead: 'El director de la agencia polaca ABW, Kasimir Lenz, repasa el año.',
    question: 'P. ¿Qué le pide a Moscú?',
    answer: 'R. Instamos a Rusia a cesar de inmediato sus ciberataques contra nuestros hospitales.',
  },
  {
    lang: 'de', host: 'PL', addressee: 'RU',
    title: 'Kasimir Lenz, Leiter der polnischen Behörde ABW: „Die Bedrohung wächst“',
    lead: 'Der Leiter der polnischen Behörde ABW, Kasimir Lenz, blickt auf das Jahr zurück.',
    question: 'F. Was fordern Sie von Moskau?',
    answer: 'A. Wir fordern Russland auf, seine Cyberangriffe auf unsere Krankenhäuser sofort einzustellen.',
  },
  {
    lang: 'ru', host: 'PL', addressee: 'RU',
    title: 'Казимир Ленц, руководитель польского агентства ABW: «Угроза растёт»',
    lead: 'Руководитель польского агентства ABW Казимир Ленц подводит итоги года.',
    question: 'В. Чего вы ждёте от Москвы?',
    answer: 'О. Мы призываем Россию немедленно прекратить кибератаки на наши больницы.',
  },
  {
    lang: 'en', host: 'PL', addressee: 'RU',
    title: 'Kasimir Lenz, head of Poland’s ABW agency: "The threat is growing"',
    lead: 'The head of Poland’s ABW agency, Kasimir Lenz, looks back on the year.',
    question: 'Q - What do you ask of Moscow?',
    answer: 'A - We call on Russia to stop its cyberattacks on our hospitals immediately.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a letter answering a lettered question gives the floor to the interviewee`, () => {
    const cs = claimsOf([c.lead, c.question, c.answer].join('\n\n'), c.lang, { title: c.title });
    assert.ok(cs.some((x) => x.claimant === c.host && x.stance === 'calls-for'), show(cs));
    // The letter names no organisation that would speak.
    assert.ok(!cs.some((x) => /^\p{Lu}\.?\s/u.test(x.claimant)), show(cs));
  });

}

test('es, en: an initial before a capitalised surname whose sentence speaks is no turn letter', () => {
  const cases = [
    ['es', ['P. ¿Quién está detrás de los ataques?', 'R. Es pronto para decirlo.', 'R. Hollister, investigador de la Universidad de Leeds, dijo que el grupo APT28 estaba detrás de los ataques.']],
    ['en', ['Q. Who is behind the attacks?', 'A. It is too early to say.', 'A. Hollister, a researcher at Leeds University, said APT28 was behind the attacks.']],
  ] as const;
  for (const [lang, paragraphs] of cases) {
    const text = `Headline\n${paragraphs.join('\n\n')}\nSource: https://example.org/story`;
    const letters = turnLetters(segmentDocument(text, lang).sentences, lexiconFor(lang)).map((t) => text.slice(t.start, t.start + 12));
    assert.deepEqual(letters, [paragraphs[0].slice(0, 12), paragraphs[1].slice(0, 12)]);
  }
});

test('en, fr: letters open no turn in a text that asks no lettered question', () => {
  const cases = [
    ['en', ['A. The first finding concerns hospitals.', 'B. The second concerns ports.', 'Q. The third concerns water utilities.']],
    ['fr', ['R. La première conclusion concerne les hôpitaux.', 'Q. La deuxième concerne les ports.']],
  ] as const;
  for (const [lang, paragraphs] of cases) {
    const text = `Headline\n${paragraphs.join('\n\n')}\nSource: https://example.org/story`;
    assert.deepEqual(turnLetters(segmentDocument(text, lang).sentences, lexiconFor(lang)), []);
  }
});

test('en: a list numbered with letters in an article that asks nothing keeps its reading', () => {
  const cs = claimsOf([
    'The head of Poland’s ABW agency, Kasimir Lenz, presented the annual report.',
    'A. The British National Cyber Security Centre attributed the hospital attacks to APT28.',
    'B. Ransomware remained the most disruptive threat.',
  ].join('\n\n'), 'en', { title: 'Poland’s ABW agency publishes its annual report' });
  assert.ok(cs.some((x) => x.claimant === 'GB' && (x.stance === 'attributes' || x.stance === 'accuses')), show(cs));
  assert.ok(!cs.some((x) => x.claimant === 'PL' && x.stance === 'attributes'), show(cs));
});

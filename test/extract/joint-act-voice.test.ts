/**
 * A joint act goes on speaking for all its co-signers while it is current, in a sentence that names no speaker of its
 * own: a reference that takes the current speaker ("It states that ...", "The statement says", "Le texte précise",
 * "El documento afirma", "Das Papier macht ... verantwortlich", "Văn bản này cho biết") or a pronoun that finds no person
 * ("Il rappelle que ..."). "Recalls that" speaks ("It also recalls that ...", "erinnert daran, dass", "recuerda que",
 * "напоминает, что"). A named official speaks for his own body alone; a document that says nothing of who did it accuses
 * no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[string, string]> = [
  ['en', "The FBI and Britain's NCSC released a joint advisory on Tuesday. It states that Russian military intelligence ran the intrusions."],
  ['en', "The FBI and Britain's NCSC released a joint advisory on Tuesday. The intrusions began in 2021. It also recalls that Russian military intelligence ran the intrusions."],
  ['en', "The FBI and Britain's NCSC released a joint advisory on Tuesday. The statement says that Russian military intelligence ran the intrusions."],
  ['fr', 'Le FBI et le NCSC britannique ont publié un avis conjoint mardi. Le texte précise que le renseignement militaire russe a mené les intrusions.'],
  ['fr', 'Le FBI et le NCSC britannique ont publié un avis conjoint mardi. Il rappelle que le renseignement militaire russe a mené les intrusions.'],
  ['es', 'El FBI y el NCSC británico publicaron un aviso conjunto el martes. El documento afirma que la inteligencia militar rusa dirigió las intrusiones.'],
  ['es', 'El FBI y el NCSC británico publicaron un aviso conjunto el martes. El texto recuerda que la inteligencia militar rusa dirigió las intrusiones.'],
  ['de', 'Das FBI und das britische NCSC haben am Dienstag eine gemeinsame Warnung veröffentlicht. Das Papier macht den russischen Militärgeheimdienst für die Angriffe verantwortlich.'],
  ['de', 'Das FBI und das britische NCSC haben am Dienstag eine gemeinsame Warnung veröffentlicht. Das Papier erinnert daran, dass der russische Militärgeheimdienst hinter den Angriffen steckt.'],
  ['vi', 'FBI và NCSC của Anh ra khuyến cáo chung hôm thứ Ba. Văn bản này cho biết tình báo quân đội Nga đứng sau các vụ xâm nhập.'],
];
for (const [lang, body] of CASES) {
  test(`${lang}: a joint act's document speaks for every co-signer: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    for (const s of ['US', 'GB']) assert.ok(attributes(cs, s, 'RU'), `${s} ${show(cs)}`);
  });
}

test('en: an official named after a joint act speaks for his own body alone', () => {
  const cs = claimsOf("The FBI and Britain's NCSC released a joint advisory on Tuesday. FBI director Tom Velder said that Russian military intelligence ran the intrusions.", 'en');
  assert.ok(attributes(cs, 'US', 'RU'), show(cs));
  assert.ok(!attributes(cs, 'GB', 'RU'), show(cs));
});

test('en: a joint advisory that does not say who did it attributes nothing', () => {
  const cs = claimsOf("The FBI and Britain's NCSC released a joint advisory on Tuesday. It does not say who ran the intrusions.", 'en');
  assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
});

test('ru, es: recalling a fact is saying it', () => {
  assert.ok(attributes(claimsOf('Представитель ФБР Том Велдер напоминает, что за атаками стоит российская военная разведка.', 'ru'), 'US', 'RU'));
  assert.ok(attributes(claimsOf('El portavoz del FBI, Tom Velder, recuerda que la inteligencia militar rusa dirigió las intrusiones.', 'es'), 'US', 'RU'));
});

/**
 * Claim cues that carried no claim before: a speaker who speaks *of* an act rather than stating a
 * clause ("spoke of Russian attacks", "a évoqué des attaques russes", "spricht von", "habló de",
 * "упомянуло"), and states that align themselves with an attribution already told ("stood behind
 * Warsaw", "stellten sich hinter", "se sont rangées derrière", "встали на сторону", "se alinearon
 * con"), including the verb-before-subject order ("к оценке присоединились X", "schlossen sich X an").
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const SPEAK_OF: Array<[string, string]> = [
  ['en', 'Poland\'s government spoke of Russian hackers attacking its water plants.'],
  ['fr', 'Le gouvernement polonais a évoqué des attaques russes contre ses stations d\'eau.'],
  ['fr', 'Le ministre polonais a parlé d\'une cyberattaque russe contre les serveurs électoraux.'],
  ['de', 'Die polnische Regierung spricht von russischen Cyberangriffen auf ihre Wasserwerke.'],
  ['es', 'El Gobierno polaco habló de ciberataques rusos contra sus plantas de agua.'],
  ['ru', 'Правительство Польши упомянуло российские кибератаки на водоканалы.'],
];
for (const [lang, sentence] of SPEAK_OF) {
  test(`${lang}: a speaker who speaks of a state's hostile act attributes it to that state`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
  });
}

test('speaking of an act with no state beside it attributes nothing', () => {
  for (const [lang, sentence] of [
    ['en', 'Poland\'s government spoke of a new budget for its water plants.'],
    ['fr', 'Le gouvernement polonais a évoqué un nouveau budget pour ses stations d\'eau.'],
    ['es', 'El Gobierno polaco habló de un nuevo presupuesto para sus plantas de agua.'],
  ] as const) {
    const cs = claimsOf(sentence, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), `${lang}: ${show(cs)}`);
  }
});

const ALIGN: Array<[string, string, string]> = [
  ['en', 'Poland accused Russia of the cyberattack on its water plants.', 'France and Italy stood behind Warsaw.'],
  ['en', 'Poland accused Russia of the cyberattack on its water plants.', 'France and Italy backed Warsaw.'],
  ['de', 'Polen machte Russland für den Cyberangriff auf die Wasserwerke verantwortlich.', 'Frankreich und Italien stellten sich hinter Warschau.'],
  ['de', 'Polen machte Russland für den Cyberangriff auf die Wasserwerke verantwortlich.', 'Später schlossen sich Frankreich und Italien der Einschätzung an.'],
  ['fr', 'La Pologne a accusé la Russie de la cyberattaque contre les stations d\'eau.', 'La France et l\'Italie se sont rangées derrière Varsovie.'],
  ['ru', 'Польша обвинила Россию в кибератаке на водоканалы.', 'Франция и Италия встали на сторону Варшавы.'],
  ['ru', 'Польша обвинила Россию в кибератаке на водоканалы.', 'Позднее к оценке Польши присоединились Франция и Италия.'],
  ['es', 'Polonia acusó a Rusia del ciberataque contra sus plantas de agua.', 'Francia e Italia se alinearon con Varsovia.'],
];
for (const [lang, first, second] of ALIGN) {
  test(`${lang}: states that align with an attribution told before make it their own ("${second.slice(0, 40)}")`, () => {
    const cs = claimsOf(`${first} ${second}`, lang);
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
    assert.ok(attributes(cs, 'FR', 'RU') && attributes(cs, 'IT', 'RU'), show(cs));
    // the state aligned with is no new claimant of its own attribution, and the accused echoes nothing
    assert.equal(cs.filter((c) => c.claimant === 'PL').length, 1, show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

test('a state-backed actor is no alignment: "state-backed" echoes nothing', () => {
  const cs = claimsOf('Poland accused Russia of the cyberattack on its water plants. Italy said state-backed crime is rising in Europe.', 'en');
  assert.ok(!attributes(cs, 'IT', 'RU'), show(cs));
});

/**
 * Characterising an accusation with a dismissive word, the object between the verb and the word
 * ("described the accusations as groundless", "calificó las acusaciones de infundadas"): the
 * subject qualifies the accusation, it does not make it, so it denies.
 */
const CHARACTERISE: Array<[string, string, string]> = [
  ['en', 'Poland accused Russia of the cyberattack on its water plants.', 'The Russian embassy described the accusations as groundless.'],
  ['en', 'Poland accused Russia of the cyberattack on its water plants.', 'The Russian embassy dismissed the allegations as fabricated.'],
  ['es', 'Polonia acusó a Rusia del ciberataque contra sus plantas de agua.', 'La Embajada de Rusia calificó las acusaciones de "infundadas".'],
  ['fr', 'La Pologne a accusé la Russie de la cyberattaque contre les stations d\'eau.', 'Moscou a rejeté ces accusations, les qualifiant de "mensongères".'],
  ['de', 'Polen machte Russland für den Cyberangriff auf die Wasserwerke verantwortlich.', 'Die russische Botschaft bezeichnete die Vorwürfe als haltlos.'],
  ['ru', 'Польша обвинила Россию в кибератаке на водоканалы.', 'Российские дипломаты называли эти обвинения "не заслуживающими доверия".'],
  ['vi', 'Ba Lan cáo buộc Nga tấn công mạng vào các nhà máy nước.', 'Đại sứ quán Nga gọi các cáo buộc này là vô căn cứ.'],
];
for (const [lang, first, second] of CHARACTERISE) {
  test(`${lang}: calling an accusation groundless denies it ("${second.slice(0, 40)}")`, () => {
    const cs = claimsOf(`${first} ${second}`, lang);
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU' && c.stance !== 'denies'), show(cs));
  });
}

test('describing an accusation without a dismissive word denies nothing', () => {
  const cs = claimsOf('Poland accused Russia of the cyberattack on its water plants. Italy described the accusations in a long report.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});

/** A source named by a noun of judgement before the clause ("in the assessment of X", "a juicio de X", "de l'avis de X"). */
const JUDGED_BY: Array<[string, string]> = [
  ['en', 'In the assessment of the Polish government, Russian hackers carried out the attack.'],
  ['es', 'A juicio del Gobierno polaco, Rusia está detrás del ataque.'],
  ['es', 'En opinión del Gobierno polaco, Rusia está detrás del ataque.'],
  ['fr', 'De l\'avis du gouvernement polonais, la Russie est derrière l\'attaque.'],
  ['fr', 'Aux yeux du gouvernement polonais, la Russie est derrière l\'attaque.'],
  ['vi', 'Theo đánh giá của Chính phủ Ba Lan, Nga đứng sau vụ tấn công.'],
];
for (const [lang, sentence] of JUDGED_BY) {
  test(`${lang}: the one whose judgement is cited before the clause attributes ("${sentence.slice(0, 30)}")`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
  });
}

/** The accusation told as a noun with its target ("its accusations against X"): made by the subject, denied after a denial verb. */
const NOUN_ACCUSATION: Array<[string, string, string]> = [
  ['en', 'Poland\'s government repeated its accusations against Russia over the attack on its water plants.', 'Moscow rejected the accusations against Russia.'],
  ['fr', 'Le gouvernement polonais a réitéré ses accusations contre la Russie au sujet de l\'attaque.', 'Moscou a rejeté les accusations contre la Russie.'],
  ['de', 'Die polnische Regierung wiederholte ihre Vorwürfe gegen Russland wegen des Angriffs.', 'Moskau wies die Vorwürfe gegen Russland zurück.'],
  ['es', 'El Gobierno polaco reiteró sus acusaciones contra Rusia por el ataque.', 'Moscú rechazó las acusaciones contra Rusia.'],
];
for (const [lang, made, rejected] of NOUN_ACCUSATION) {
  test(`${lang}: "accusations against X" made by the subject accuses X; rejected, it is X's denial`, () => {
    const cs = claimsOf(made, lang);
    assert.ok(attributes(cs, 'PL', 'RU'), show(cs));
    const ds = claimsOf(rejected, lang);
    assert.ok(ds.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(ds));
    assert.ok(!ds.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), show(ds));
  });
}

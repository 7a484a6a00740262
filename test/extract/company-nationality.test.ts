/**
 * A state named beside a company noun tells the company's nationality ("a Dutch security firm said",
 * "une entreprise néerlandaise a déclaré", "ein niederländisches Sicherheitsunternehmen erklärte", "una empresa
 * neerlandesa afirmó", "нидерландская компания заявила"): the state does not speak, and an unnamed company makes no
 * claim. A state's own body ("the Dutch government") still speaks, and a named company speaks for itself.
 * Sentences invented for this test. (Vietnamese is left out: its noun-then-state order also writes other relations.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const UNNAMED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'A Dutch security firm said the wiper was deployed by hackers working for Iran.' },
  { lang: 'en', body: 'Dutch researchers said the wiper was deployed by hackers working for Iran.' },
  { lang: 'fr', body: "Une entreprise néerlandaise de cybersécurité a déclaré que le logiciel avait été déployé par des pirates travaillant pour l'Iran." },
  { lang: 'de', body: 'Ein niederländisches Sicherheitsunternehmen erklärte, die Schadsoftware sei von Hackern im Auftrag Irans eingesetzt worden.' },
  { lang: 'es', body: 'Una empresa neerlandesa de ciberseguridad afirmó que el programa fue desplegado por piratas que trabajan para Irán.' },
  { lang: 'ru', body: 'Нидерландская компания по кибербезопасности заявила, что вредоносную программу развернули хакеры, работающие на Иран.' },
];

for (const { lang, body } of UNNAMED) {
  test(`${lang}: a company's nationality does not make its state speak`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'NL'), `${body}\n${show(cs)}`);
  });
}

test('en: a state body with the same adjective still speaks', () => {
  const cs = claimsOf('The Dutch government said the wiper was deployed by hackers working for Iran.', 'en');
  assert.ok(attributes(cs, 'NL', 'IR'), show(cs));
});

test('en: a named company after its nationality speaks for itself', () => {
  const cs = claimsOf('Israeli cybersecurity company Check Point said the wiper was deployed by hackers working for Iran.', 'en');
  assert.ok(attributes(cs, 'Check Point', 'IR'), show(cs));
});

test('de: the company a victim belongs to is not the accused', () => {
  const cs = claimsOf('Die Europäische Union hat Russland für einen Cyberangriff auf das Satellitennetz des US-Unternehmens verantwortlich gemacht.', 'de');
  assert.ok(attributes(cs, 'EU', 'RU') && !attributes(cs, 'EU', 'US'), show(cs));
});

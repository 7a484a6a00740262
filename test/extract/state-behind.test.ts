/**
 * An unnamed state as the one behind the act: "a foreign state is behind the attack", "ein Staat stehe
 * hinter der Gruppe", "un État étranger était derrière", "detrás del ataque hay un Estado extranjero", "за
 * атакой стоит иностранное государство", "một nhà nước nước ngoài đứng sau", "攻击背后有外国政府的支持". The
 * speaker attributes the act to no state (no target); a state named beside it ("un Estado, el ruso") is the
 * accused. A company's staff in the German genitive speaks for it ("sagte ein Forscher des Unternehmens"),
 * and those words naming the speaker are not its own systems hit. Negatives: a state as a victim. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'attributes' && !c.target);

for (const [lang, claimant, title, body] of [
  ['en', 'EE', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said a foreign state is behind the attack.'],
  ['de', 'DE', 'Cyberangriff auf Ministerien', 'Das Bundesamt für Verfassungsschutz erklärte, ein Staat stehe hinter der Gruppe.'],
  ['fr', 'FR', 'Cyberattaque contre des ministères', "Le ministère français des Affaires étrangères a indiqué qu'un État étranger était derrière l'attaque."],
  ['es', 'ES', 'Ciberataque contra ministerios', 'El Gobierno de España afirmó que detrás del ataque hay un Estado extranjero.'],
  ['ru', 'EE', 'Кибератаки на министерства', 'МИД Эстонии заявил, что за атакой стоит иностранное государство.'],
  ['vi', 'EE', 'Tấn công mạng', 'Bộ Ngoại giao Estonia cho biết một nhà nước nước ngoài đứng sau vụ tấn công.'],
  ['zh', 'CN', '网络攻击事件', '国家计算机病毒应急处理中心表示，这次攻击背后有外国政府的支持。'],
] as const) {
  test(`${lang}: an unnamed state behind the act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(unnamed(cs, claimant), show(cs));
  });
}

test('es: a state named beside the state word is the accused', () => {
  const cs = claimsOf('El Gobierno de España afirmó que detrás del ataque hay un Estado, el ruso.', 'es', { title: 'Ciberataque contra ministerios' });
  assert.ok(attributes(cs, 'ES', 'RU'), show(cs));
});

test("de: a researcher of the company speaks for it, and its name is not the company's own systems", () => {
  const cs = claimsOf('Fachleute des IT-Sicherheitsunternehmens ESET halten die Angreifer für erfahren. Der Aufwand der Kampagne lasse vermuten, dass womöglich ein Staat hinter den Tätern steht, sagte ein Forscher des Unternehmens.', 'de', { title: 'Cyberangriff auf ein Stahlwerk' });
  assert.ok(unnamed(cs, 'ESET'), show(cs));
  assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
});

for (const [lang, title, body] of [
  ['en', 'Cyberattack on ministries', 'The Foreign Ministry of Estonia said a foreign state was hit by the attack.'],
  ['de', 'Cyberangriff auf Ministerien', 'Das Bundesamt für Verfassungsschutz erklärte, ein Staat sei Opfer des Angriffs geworden.'],
] as const) {
  test(`${lang}: a state as the victim is no one accused (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

/**
 * A warning whose subject follows its verb after a fronted phrase ("Bereits im Mai warnte das BSI die Wirtschaft,
 * ...", "Ранее предупредило ФСБ России, что ...", "Hier a averti l'ANSSI que ...") is that subject's, even when
 * someone else spoke in the sentence before. Negative cases: a verb joined to an earlier one ("und warnte
 * Russland"), a fronted noun phrase that is the subject itself ("Die Abgeordneten fordern die Bundesregierung
 * auf"), a question, and a participle opening its clause ("avertissant la Russie") take no subject after them.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const BEFORE: Record<string, string> = {
  de: 'Nordkorea hat eine Beteiligung stets bestritten.',
  ru: 'Пхеньян свою причастность отрицает.',
  fr: 'Pyongyang a toujours nié toute implication.',
};

const INVERTED: Array<[lang: string, body: string, claimant: string]> = [
  ['de', 'Bereits im Mai warnte das BSI die Wirtschaft erneut, die Gruppe Kimsuky habe es weiterhin auf Energieunternehmen abgesehen.', 'DE'],
  ['ru', 'Ранее предупредило ФСБ России, что группировка Kimsuky продолжит атаки на министерства.', 'RU'],
  ['fr', "Hier a averti l'ANSSI que le groupe Kimsuky cherche à infiltrer les ministères.", 'FR'],
];

const NOT_INVERTED: Array<[lang: string, body: string, notClaimant: string]> = [
  ['de', 'Estland bestellte den Botschafter ein und warnte Russland vor weiteren Angriffen.', 'RU'],
  ['de', 'Die Abgeordneten fordern die Bundesregierung auf, den Vorfall aufzuklären.', 'DE'],
  ['de', 'Welche Konsequenzen zieht die Bundesregierung aus dem Angriff?', 'DE'],
  ['fr', "L'Estonie a convoqué l'ambassadeur, avertissant la Russie que des sanctions suivraient.", 'RU'],
];

for (const [lang, body, claimant] of INVERTED) {
  test(`${lang}: a warning's subject after its verb warns, not the speaker before`, () => {
    const cs = claimsOf(`${BEFORE[lang]} ${body}`, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === 'KP'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.claimant !== claimant), show(cs));
  });
}

for (const [lang, body, notClaimant] of NOT_INVERTED) {
  test(`${lang}: no subject after the verb in "${body.slice(0, 40)}..." (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === notClaimant && (c.stance === 'warns' || c.stance === 'calls-for')), show(cs));
  });
}

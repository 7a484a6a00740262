/**
 * A state's police, prosecutors or investigators named by their common noun with no state beside them
 * ("Federal prosecutors have charged ...", "La fiscalía acusa ...", "Le parquet attribue ...", "Die
 * Staatsanwaltschaft wirft ... vor", "Прокуратура обвинила ...", "警方认定", "Cảnh sát cáo buộc"): the state the
 * text is about speaks through them, the one speaking before or the one its title opens with
 * (claims/investigating-body.ts). Negatives: a police operation that claims nothing; a body of no state the text
 * names. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, title, body, claimant, target] of [
  ['en', 'US charges two nationals over hospital attacks', 'Federal prosecutors have charged two Sudanese nationals with running Zorvak Collective.', 'US', 'Zorvak Collective'],
  ['es', 'España acusa a hackers rusos', 'La fiscalía acusa a hackers rusos del ataque contra los hospitales.', 'ES', 'RU'],
  ['fr', 'La France accuse la Russie', "Le parquet attribue l'attaque contre les hôpitaux à des pirates russes.", 'FR', 'RU'],
  ['de', 'Deutschland beschuldigt Russland', 'Die Staatsanwaltschaft wirft russischen Hackern den Angriff auf die Krankenhäuser vor.', 'DE', 'RU'],
  ['ru', 'Украина обвиняет Россию', 'Прокуратура обвинила российских хакеров в атаке на больницы.', 'UA', 'RU'],
  ['zh', '日本警方：攻击由朝鲜实施', '警方认定，攻击由朝鲜黑客组织实施。', 'JP', 'KP'],
  ['vi', 'Đức cáo buộc Nga', 'Cảnh sát cáo buộc tin tặc Nga tấn công các bệnh viện.', 'DE', 'RU'],
] as const) {
  test(`${lang}: police or prosecutors speak for the state the text is about: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

test('es: the state speaking before owns its prosecutors', () => {
  const cs = claimsOf('El Gobierno de España dijo que los hospitales sufrieron un ciberataque. La fiscalía acusa a hackers rusos del ataque.', 'es', { title: 'Ataque contra hospitales' });
  assert.ok(attributes(cs, 'ES', 'RU'), show(cs));
});

for (const [lang, title, body] of [
  ['en', 'Cyberattack on hospitals', 'Police arrested two men in connection with the attack on the hospitals.'],
  ['en', 'Cyberattack on hospitals', 'Federal prosecutors have charged two Sudanese nationals with running Zorvak Collective.'],
  ['fr', 'Cyberattaque contre des hôpitaux', "Le parquet attribue l'attaque contre les hôpitaux à des pirates russes."],
  ['ru', 'Атака на больницы', 'Прокуратура обвинила российских хакеров в атаке на больницы.'],
] as const) {
  test(`${lang}: a police operation told, or a body of no state named, claims nothing for a state (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.claimant_kind === 'state'), show(cs));
  });
}

/**
 * A joint marker's complement ends at the clause's verb as well as at punctuation: in "X together with Y
 * accused Z", "X совместно с Y обвинила Z", "X会同Y指责Z" the party after the verb is its object (the accused),
 * not a partner of the joint act, and both signers accuse it. Chinese 联合 before a word of issuing or of a
 * document (联合声明, 联合发布) means "joint": its signers stand before it, so the accused after it is no
 * co-signer. Partners named before the verb are still never accused. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const BOTH: Array<[string, string]> = [
  ['en', 'Norway together with Finland accused Belarus of the intrusion into the port authority.'],
  ['fr', "La Norvège conjointement avec la Finlande a accusé la Biélorussie de l'intrusion."],
  ['es', 'Noruega junto con Finlandia acusó a Bielorrusia de la intrusión en el puerto.'],
  ['ru', 'Норвегия совместно с Финляндией обвинила Белоруссию во вторжении в систему порта.'],
  ['zh', '挪威会同芬兰指责白俄罗斯入侵港口系统。'],
  ['zh', '挪威和芬兰发表联合声明，指责白俄罗斯入侵港口系统。'],
  ['zh', '挪威和芬兰在联合声明中指责白俄罗斯入侵港口系统。'],
];
for (const [lang, body] of BOTH) {
  test(`${lang}: the party after the verb is accused by both signers (${body.slice(0, 40)}…)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'NO', 'BY'), show(cs));
    assert.ok(attributes(cs, 'FI', 'BY'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'BY'), show(cs));
  });
}

test('en, ru: partners named before the verb are not accused', () => {
  const en = claimsOf('Norway together with Finland and Iceland accused Belarus of the intrusion.', 'en');
  assert.ok(attributes(en, 'NO', 'BY'), show(en));
  assert.ok(!en.some((c) => c.target === 'FI' || c.target === 'IS'), show(en));
  const ru = claimsOf('Норвегия совместно с Финляндией и Исландией обвинила Белоруссию во вторжении.', 'ru');
  assert.ok(!ru.some((c) => c.target === 'FI' || c.target === 'IS'), show(ru));
});

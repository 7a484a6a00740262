/**
 * A state that premodifies the company speaking after a trailing speech verb or a source marker ("..., said US
 * cybersecurity firm X", "..., dijo la empresa estadounidense de ciberseguridad X") only tells where the company is
 * from (state-premodifier.ts premodifiedHead): the company claims, and the state is neither the claimant nor the target.
 * When the company is not named ("..., said a US security firm", "según una empresa estadounidense", "据一家美国网络安全
 * 公司称") the words are an unnamed company's: no claim of the state. Negatives: a state, a state body or an official
 * after the verb, with no company noun, still speaks. Sentences and names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const noUS = (cs: ReturnType<typeof claimsOf>): boolean => !cs.some((c) => c.claimant === 'US' || c.target === 'US');

for (const [lang, body] of [
  ['en', 'The outage at the port was the work of APT28, said US cybersecurity firm Rapidshield.'],
  ['fr', "La panne du port est l'œuvre d'APT28, a indiqué la société américaine de cybersécurité Rapidshield."],
  ['es', 'El apagón del puerto fue obra de APT28, dijo la empresa estadounidense de ciberseguridad Rapidshield.'],
  ['ru', 'За сбоем в порту стоит APT28, сообщила американская компания Rapidshield.'],
] as const) {
  test(`${lang}: a trailing speaker premodified by its state is the company: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Rapidshield', 'APT28'), show(cs));
    assert.ok(noUS(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The outage at the port was the work of APT28, said a US security firm.'],
  ['en', 'The outage at the port was the work of APT28, according to a US security firm.'],
  ['fr', "La panne du port est l'œuvre d'APT28, a indiqué une société américaine de cybersécurité."],
  ['es', 'El apagón del puerto fue obra de APT28, según una empresa estadounidense de ciberseguridad.'],
  ['de', 'Hinter dem Ausfall im Hafen steckt nach Angaben eines US-Sicherheitsunternehmens APT28.'],
  ['ru', 'За сбоем в порту стоит APT28, сообщила американская компания.'],
  ['vi', 'Theo một công ty an ninh mạng Mỹ, nhóm APT28 đứng sau sự cố tại cảng.'],
  ['zh', '据一家美国网络安全公司称，APT28是港口故障的幕后黑手。'],
] as const) {
  test(`${lang}: an unnamed company told by its state gives no claim of the state: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(noUS(cs), show(cs));
  });
}

for (const [lang, body, claimant, target] of [
  ['en', 'Russia was behind the outage at the port, said the United States.', 'US', 'RU'],
  ['en', 'The outage at the port was the work of APT28, said the US Justice Department.', 'US', 'APT28'],
  ['es', 'Rusia está detrás del apagón del puerto, dijo el ministro canadiense de Defensa.', 'CA', 'RU'],
  ['fr', 'La Russie est derrière la panne du port, a déclaré le gouvernement canadien.', 'CA', 'RU'],
  ['ru', 'За сбоем в порту стоит Россия, заявило американское правительство.', 'US', 'RU'],
  ['en', 'US cybersecurity firm Rapidshield said Russia was behind the outage at the port.', 'Rapidshield', 'RU'],
] as const) {
  test(`${lang}: a state, its body or its official after the verb still speaks; a company before it too (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

/**
 * An act done at another's behest: the one it was done for is the accused ("at the behest of X", "at the direction
 * of X", "on the orders of X", "sur ordre de X", "auf Geheiß von X", "por encargo de X", "theo lệnh của X"), and the one
 * who says so is the claimant. An act traced to the accused by the subject of "traced" ("the agency traced the
 * intrusion back to X") is that subject's accusation, as with "linked ... to". A noun that is also a hostile verb
 * ("the sabotage campaign") is no verb after a determiner: the state after it is no victim.
 * Negatives: a request told as the occasion of an arrest, what is traced that is no act (money, an email).
 * Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Sabotage inquiry';

for (const [lang, body, who, whom] of [
  ['en', 'The Slovak interior ministry said the attacks were conducted at the behest of Iranian intelligence.', 'SK', 'IR'],
  ['en', 'Norway said the hackers acted at the direction of the North Korean government.', 'NO', 'KP'],
  ['en', 'Canadian police said the intrusions were carried out on the orders of Beijing.', 'CA', 'CN'],
  ['en', 'The Latvian prosecutor said the hackers acted at the request of Russian military intelligence.', 'LV', 'RU'],
  ['en', 'Romanian investigators traced the intrusion back to Russia.', 'RO', 'RU'],
  ['en', 'The Czech cyber agency traced the attacks back to servers in Iran.', 'CZ', 'IR'],
  ['en', 'Lithuanian investigators linked the sabotage campaign to Belarus.', 'LT', 'BY'],
  ['fr', 'Selon Oslo, les pirates ont agi sur ordre de Pyongyang.', 'NO', 'KP'],
  ['fr', 'Le gouvernement slovaque a affirmé que les pirates avaient agi sur l’ordre de Téhéran.', 'SK', 'IR'],
  ['de', 'Laut dem tschechischen Innenministerium handelten die Hacker auf Geheiß Teherans.', 'CZ', 'IR'],
  ['de', 'Die norwegische Polizei erklärte, die Angriffe seien auf Befehl Nordkoreas erfolgt.', 'NO', 'KP'],
  ['es', 'El Gobierno de Chile afirmó que los piratas trabajaban por encargo de Corea del Norte.', 'CL', 'KP'],
  ['vi', 'Cảnh sát Na Uy cho biết nhóm tin tặc hoạt động theo lệnh của Triều Tiên.', 'NO', 'KP'],
] as const) {
  test(`${lang}: the one an act was done for is the accused: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Norwegian police detained a Slovak engineer at the request of the victim.'],
  ['en', 'Norwegian police detained a Slovak engineer at the request of Canada.'],
  ['en', 'Romanian investigators traced the money back to a bank in Cyprus.'],
  ['en', 'Romanian investigators traced the email to a colleague in Hungary.'],
  ['fr', 'La police norvégienne a interpellé un ingénieur slovaque à la demande du Canada.'],
  ['es', 'La policía noruega detuvo a un ingeniero eslovaco a petición de Canadá.'],
  ['de', 'Die norwegische Polizei nahm auf Ersuchen Kanadas einen slowakischen Ingenieur fest.'],
] as const) {
  test(`${lang}: a request told as an occasion, or what is no act traced, accuses no one (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses' || c.stance === 'calls-for'), show(cs));
  });
}

test('en: a hostile verb still takes its object as the victim, not the accused', () => {
  const cs = claimsOf('Lithuania said Belarusian hackers tried to sabotage Polish railways.', 'en', { title });
  assert.ok(attributes(cs, 'LT', 'BY'), show(cs));
  assert.ok(!attributes(cs, 'LT', 'PL'), show(cs));
});

/**
 * A stance taken with no pronoun, the verb's ending saying "we" or "I" ("Condenamos", "Confirmamos",
 * "Puedo confirmar", "Отрицаем", "Подтверждаем"): the quotation's speaker takes it, and the capitalised
 * verb opening the quotation is no organisation. Negatives: a negated confirmation, a third person.
 * Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Cyberattack on the foreign ministry';
const ES = 'Tomás Ledra, el canciller de Brasil, dijo el martes:';
const RU = 'Министр иностранных дел Бразилии Томас Ледра заявил во вторник:';
const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string, target: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && c.target === target);

for (const [lang, body, stance, target] of [
  ['es', `${ES} "Puedo confirmar que la red del ministerio sufrió un ataque informático."`, 'confirms', 'BR'],
  ['es', `${ES} "Confirmamos que la red del ministerio sufrió un ataque informático."`, 'confirms', 'BR'],
  ['es', `${ES} "Condenamos el ciberataque de Rusia contra nuestra red."`, 'attributes', 'RU'],
  ['ru', `${RU} «Отрицаем какую-либо причастность к атаке на серверы Португалии».`, 'denies', 'BR'],
  ['ru', `${RU} «Подтверждаем, что сеть министерства подверглась кибератаке».`, 'confirms', 'BR'],
] as const) {
  test(`${lang}: a first-person verb form is the speaker's stance: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(has(cs, 'BR', stance, target), show(cs));
    assert.ok(!cs.some((c) => /^(?:Puedo|Confirmamos|Condenamos)$/u.test(c.claimant)), show(cs));
  });
}

for (const [lang, body] of [
  ['es', `${ES} "No puedo confirmar que la red del ministerio sufriera un ataque informático."`],
  ['es', `${ES} "Los técnicos confirmaron daños menores." Confirman también que la red sigue en pie.`],
] as const) {
  test(`${lang}: no confirmation of the speaker's (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!cs.some((c) => c.stance === 'confirms' && /^(?:Puedo|No)$/u.test(c.claimant)), show(cs));
    if (body.includes('No puedo')) assert.ok(!has(cs, 'BR', 'confirms', 'BR'), show(cs));
  });
}

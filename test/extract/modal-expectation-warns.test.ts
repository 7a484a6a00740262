/**
 * A modal before a verb of expectation ("must assume that", "müssen davon ausgehen", "doivent partir
 * du principe", "deben asumir", "должны исходить из того") warns of what is to come: a warning, not a
 * call for an act. Negative: a modal before a verb of action stays a call. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, stance: string) => cs.some((c) => c.claimant === 'ESET' && c.stance === stance && c.target === 'BY');

for (const [lang, body] of [
  ['en', '"Foreign embassies in Belarus must assume that their internet traffic can be manipulated," said ESET researcher Paul Orsat.'],
  ['de', 'ESET-Forscher Paul Orsat sagt, Botschaften in Belarus sollten damit rechnen, dass ihr Internetverkehr manipuliert wird.'],
  ['fr', '« Les ambassades étrangères au Bélarus doivent partir du principe que leur trafic peut être manipulé », a déclaré Paul Orsat, chercheur chez ESET.'],
  ['es', '"Las embajadas extranjeras en Bielorrusia deben asumir que su tráfico puede ser manipulado", dijo Paul Orsat, investigador de ESET.'],
  ['ru', '«Иностранные посольства в Белоруссии должны исходить из того, что их трафик может быть перехвачен», — сказал исследователь ESET Пол Орсат.'],
] as const) {
  test(`${lang}: a modal before a verb of expectation warns: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Embassy traffic at risk' });
    assert.ok(has(cs, 'warns'), show(cs));
    assert.ok(!has(cs, 'calls-for'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', '"Embassies in Belarus should stop using the old mail software," said ESET researcher Paul Orsat.'],
  ['ru', '«Посольства в Белоруссии должны прекратить пользоваться старыми программами», — сказал исследователь ESET Пол Орсат.'],
] as const) {
  test(`${lang}: a modal before a verb of action stays a call (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Embassy traffic at risk' });
    assert.ok(!has(cs, 'warns'), show(cs));
  });
}

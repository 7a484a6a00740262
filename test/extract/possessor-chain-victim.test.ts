/**
 * A state that closes a long chain of possessors in the object of a hostile act owns what was hit; it is not the
 * accused: "blamed X for attacks against the portals of ministries and regional utilities of
 * Finland", "des attaques contre les portails de plusieurs ministères et services régionaux de la Finlande", "los
 * ataques contra los portales de varios ministerios y servicios regionales del Reino Unido", "hacking the networks of X, of the German Y and of the US Z". Negative cases: the accused
 * before the act is still accused, and a state after the chain's end (a new clause, a comma that lists no possessor)
 * is not made a victim. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const VICTIM: Array<{ lang: string; s: string; accuser: string; victim: string }> = [
  { lang: 'en', s: 'Oslo blamed the group for attacks against the web portals of several ministries and regional utilities of Finland and the three states of the Baltic.', accuser: 'NO', victim: 'FI' },
  { lang: 'fr', s: "Oslo a imputé au groupe des attaques contre les portails web de plusieurs ministères et services régionaux de la Finlande.", accuser: 'NO', victim: 'FI' },
  { lang: 'es', s: 'Oslo atribuyó al grupo los ataques contra los portales web de varios ministerios y servicios regionales del Reino Unido y de los tres Estados del Báltico.', accuser: 'NO', victim: 'GB' },
  { lang: 'es', s: 'Oslo atribuyó al grupo ataques para espiar desde 2016 los servidores de la naviera Velmora, de la alemana Kessler AG y de la japonesa Tanaka.', accuser: 'NO', victim: 'DE' },
  { lang: 'vi', s: 'Oslo quy trách nhiệm cho nhóm này về các cuộc tấn công nhằm vào cổng thông tin của nhiều bộ và công ty điện lực vùng của Phần Lan.', accuser: 'NO', victim: 'FI' },
];

const ACCUSED: Array<{ lang: string; s: string; accuser: string; accused: string }> = [
  { lang: 'en', s: 'Oslo accused Russia of attacks against the web portals of several ministries and regional utilities of Finland.', accuser: 'NO', accused: 'RU' },
  { lang: 'es', s: 'Oslo atribuyó a Rusia los ataques contra los portales web de varios ministerios y servicios regionales de Finlandia.', accuser: 'NO', accused: 'RU' },
  { lang: 'fr', s: "Oslo a imputé à la Russie des attaques contre les portails web de plusieurs ministères et services régionaux de la Finlande.", accuser: 'NO', accused: 'RU' },
];

/** A comma that lists no further possessor ends the victim's phrase: the state after it is no owner of what was hit. */
const AFTER_CHAIN: Array<{ lang: string; s: string; accuser: string; accused: string }> = [
  { lang: 'en', s: 'Oslo blamed attacks against the portals of several ministries of the country, a campaign it attributed to China.', accuser: 'NO', accused: 'CN' },
  { lang: 'es', s: 'Oslo denunció ataques contra los portales de varios ministerios del país, una campaña que atribuyó a China.', accuser: 'NO', accused: 'CN' },
];

for (const c of VICTIM) {
  test(`${c.lang}: the state closing a chain of possessors of what was hit is not the accused: ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!attributes(cs, c.accuser, c.victim), show(cs));
  });
}

for (const c of ACCUSED) {
  test(`${c.lang}: the accused named before the act is still accused (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, c.accuser, c.accused), show(cs));
    assert.ok(!attributes(cs, c.accuser, 'FI'), show(cs));
  });
}

for (const c of AFTER_CHAIN) {
  test(`${c.lang}: a state past the chain's end is not made a victim (negative): ${c.s.slice(0, 50)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(attributes(cs, c.accuser, c.accused), show(cs));
  });
}

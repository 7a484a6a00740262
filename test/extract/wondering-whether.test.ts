/**
 * Wondering whether a state is behind an attack is a question, neither an appeal nor an attribution: "se demande si
 * la Russie est derrière l'attaque", "s'est demandé si ...", "asked whether Russia was behind the attack", "se
 * pregunta si ...", "fragte, ob ...", "задался вопросом, стоит ли ...", "đặt câu hỏi liệu ...". Negative cases: "demande à
 * la Russie de cesser" and "a demandé à Moscou de cesser" still call on Russia. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WONDER: Array<{ lang: string; s: string }> = [
  { lang: 'fr', s: "Le ministère estonien des Affaires étrangères se demande si la Russie est derrière l'attaque." },
  { lang: 'fr', s: "Le ministère estonien s'est demandé si la Russie était derrière l'attaque." },
  { lang: 'fr', s: "Les autorités estoniennes se demandent toujours si la Russie est derrière l'attaque." },
  { lang: 'en', s: "Estonia's foreign ministry asked whether Russia was behind the attack." },
  { lang: 'es', s: 'El ministerio estonio de Exteriores se pregunta si Rusia está detrás del ataque.' },
  { lang: 'de', s: 'Das estnische Außenministerium fragte, ob Russland hinter dem Angriff steckt.' },
  { lang: 'ru', s: 'МИД Эстонии задался вопросом, стоит ли Россия за атакой.' },
  { lang: 'vi', s: 'Bộ Ngoại giao Estonia đặt câu hỏi liệu Nga có đứng sau vụ tấn công hay không.' },
];

const CALL: Array<{ lang: string; s: string }> = [
  { lang: 'fr', s: "L'Estonie demande à la Russie de cesser ses attaques." },
  { lang: 'fr', s: 'Le ministère estonien a demandé à Moscou de cesser les attaques.' },
];

for (const c of WONDER) {
  test(`${c.lang}: wondering whether is no claim: ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.equal(cs.length, 0, show(cs));
  });
}

for (const c of CALL) {
  test(`${c.lang}: an appeal with "demander à" still calls (negative): ${c.s.slice(0, 40)}`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'EE' && x.stance === 'calls-for' && x.target === 'RU'), show(cs));
  });
}

/**
 * An outlet relaying another's words: a source marker introduces a news outlet and the clause it opens has a
 * speech verb with a subject of its own, a state, a body or a role of one ("According to Reuters, British
 * officials said ...", "Laut Reuters sagten US-Beamte ...", "据路透社报道，美国官员表示……"). That subject makes
 * the claim; the outlet made it before. Near misses: an actor ("Russian hackers said ...") speaks for no
 * state, a trailing speaker after a hostile act is no subject opening the clause, and an outlet that speaks
 * itself still does. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string; claimant: string; target: string }> = [
  { lang: 'en', body: 'According to Bloomberg, Dutch intelligence officials have concluded that Russian hackers were behind the breach at the port.', claimant: 'NL', target: 'RU' },
  { lang: 'en', body: 'According to Reuters, a spokesman for the Foreign Office said the attack was carried out by Iranian hackers.', claimant: 'GB', target: 'IR' },
  { lang: 'de', body: 'Laut Reuters sagten US-Beamte, China stecke hinter dem Angriff.', claimant: 'US', target: 'CN' },
  { lang: 'fr', body: "Selon Reuters, des responsables américains ont affirmé que la Chine était derrière l'attaque.", claimant: 'US', target: 'CN' },
  { lang: 'es', body: 'Según el diario El País, un portavoz del Ministerio de Defensa de España dijo que Rusia estaba detrás del ataque.', claimant: 'ES', target: 'RU' },
  { lang: 'ru', body: 'По данным Reuters, американские официальные лица заявили, что за атакой стоит Китай.', claimant: 'US', target: 'CN' },
  { lang: 'zh', body: '据路透社报道，美国官员表示，中国是此次攻击的幕后黑手。', claimant: 'US', target: 'CN' },
  { lang: 'zh', body: '据共同社援引消息人士报道，日本调查人员认定这次入侵来自朝鲜。', claimant: 'JP', target: 'KP' },
  { lang: 'vi', body: 'Theo Reuters, các quan chức Mỹ cho biết Trung Quốc đứng sau vụ tấn công.', claimant: 'US', target: 'CN' },
];

for (const { lang, body, claimant, target } of CASES) {
  test(`${lang}: the speaker the outlet relays claims: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => c.claimant !== claimant), show(cs));
  });
}

test('en: an actor the outlet quotes speaks for no state', () => {
  const cs = claimsOf('According to Reuters, Russian hackers said they had breached the ministry.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
});

test('ru: an outlet that speaks itself still claims', () => {
  const cs = claimsOf('По данным Reuters, за атакой стоят российские хакеры.', 'ru');
  assert.ok(attributes(cs, 'Reuters', 'RU'), show(cs));
});

test('fr: a speaker after a relative clause of the source phrase is not taken for the relayed one', () => {
  const cs = claimsOf("Selon Reuters, qui cite des sources, des pirates ont visé le ministère, ont déclaré des responsables.", 'fr');
  assert.ok(!cs.some((c) => c.claimant === 'FR'), show(cs));
});

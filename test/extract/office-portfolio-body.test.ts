/**
 * A minister whose title names a portfolio read as a body ("el ministro del Poder Popular para la Cultura, X", "le
 * ministre de l'Information et de l'Économie numérique, X"): the body gives no state, so the office of state keeps the
 * holder speaking for the article's officials' state, not for the portfolio as an organisation. Negative: a company's
 * officer with no office of state in the title takes no state. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['es', 'El primer ministro belga, Marc Dupuis, habló con la prensa el lunes. El ministro del Poder Popular para la Cultura, Jan Roeland, acusó a China de atacar los servidores del ministerio.'],
  ['fr', "Le Premier ministre belge, Marc Dupuis, a parlé aux journalistes lundi. Le ministre de l'Information et de l'Économie numérique, Paul Verlinden, a accusé la Chine d'avoir piraté les serveurs du ministère."],
] as const) {
  test(`${lang}: a minister with a portfolio in the title speaks for the article's state: ${body.slice(70, 140)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry servers breached' });
    assert.ok(attributes(cs, 'BE', 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.speaker && c.claimant !== 'BE'), show(cs));
  });
}

test('en: a company officer takes no state from the article (negative)', () => {
  const cs = claimsOf("Belgian Prime Minister Marc Dupuis spoke to reporters on Monday. Jan Roeland, chief legal officer of Meltrax Systems, accused China of hacking the firm's servers.", 'en', { title: 'Servers breached' });
  assert.ok(!attributes(cs, 'BE', 'CN'), show(cs));
});

/**
 * A person named with an affiliation and no role speaks for the body after it: "X of Mandiant said", "X, of
 * Mandiant, said", "X of the FBI said", "X vom BSI sagte", "X из Mandiant заявил" gave no claim (the person had no
 * body, and the body in the affiliation is no subject of the verb). A place after "of" is no body ("X of
 * Somerville said": no claim). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string; claimant: string }> = [
  { lang: 'en', body: 'Lukas Orbendt of Mandiant said Russia was behind the attack.', claimant: 'Mandiant' },
  { lang: 'en', body: 'Lukas Orbendt, of Mandiant, said Russia was behind the attack.', claimant: 'Mandiant' },
  { lang: 'en', body: 'Lukas Orbendt of the FBI said Russia was behind the attack.', claimant: 'US' },
  { lang: 'de', body: 'Lukas Orbendt vom BSI sagte, Russland stecke hinter dem Angriff.', claimant: 'DE' },
  { lang: 'ru', body: 'Игорь Кузнецов из Mandiant заявил, что за атакой стоит Россия.', claimant: 'Mandiant' },
];

for (const { lang, body, claimant } of CASES) {
  test(`${lang}: the affiliation's body speaks: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, 'RU'), show(cs));
  });
}

test('en: a place after "of" is no body', () => {
  assert.deepEqual(claimsOf('Lukas Orbendt of Somerville said Russia was behind the attack.', 'en'), []);
});

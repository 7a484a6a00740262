/**
 * Spanish "descartar" rejects an accusation ("el Kremlin descartó cualquier implicación"), but negated ("no se
 * descarta que ...", "no lo descarta") it does not rule out: a hedged attribution of the speaker, never a
 * denial by the speaker of its own part. Controls in English, French and German, where the same hedge after a
 * speech verb already attributes. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, who] of [
  ['es', 'El Gobierno chileno afirmó que no se descarta que hackers rusos estén detrás del ataque.', 'CL'],
  ['en', 'The British government said it could not rule out that Russian hackers were behind the attack.', 'GB'],
  ['fr', 'Le gouvernement belge a estimé jeudi qu’il n’était pas exclu que des pirates russes soient à l’origine de l’opération.', 'BE'],
  ['de', 'Das österreichische Außenministerium erklärte, es sei nicht auszuschließen, dass russische Hacker hinter dem Angriff stecken.', 'AT'],
] as const) {
  test(`${lang}: not ruling out is a hedged attribution, no denial: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on ministries' });
    assert.ok(attributes(cs, who, 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
  });
}

for (const body of ['El Kremlin descartó cualquier implicación en el ataque.', 'Rusia descartó las acusaciones de Chile.']) {
  test(`es: "descartar" unnegated still denies (negative): ${body}`, () => {
    const cs = claimsOf(body, 'es', { title: 'Cyberattack on ministries' });
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
  });
}

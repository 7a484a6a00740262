/**
 * A unit's name in brackets right after its company's name ("Kestrel Technologies (Kestrel Threat Response Center)
 * said ..."): the unit speaks for the company, which stays the claimant; the bracket is no region of a place as in
 * "Lyon (Rhône)". Sentences and companies invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant, target] of [
  ['en', 'Kestrel Technologies (Kestrel Threat Response Center) said that the Chinese group APT41 was behind the intrusions at the port.', 'Kestrel Technologies', 'CN'],
  ['en', 'Halcyon Security (Halcyon Incident Team) said Russian hackers had broken into the billing servers.', 'Halcyon Security', 'RU'],
  ['fr', "Kestrel Technologies (Kestrel Threat Response Center) a affirmé que le groupe chinois APT41 était derrière les intrusions au port.", 'Kestrel Technologies', 'CN'],
  ['de', 'Kestrel Technologies (Kestrel Threat Response Center) erklärte, hinter den Einbrüchen im Hafen stecke die chinesische Gruppe APT41.', 'Kestrel Technologies', 'CN'],
  ['es', 'Kestrel Technologies (Kestrel Threat Response Center) afirmó que el grupo chino APT41 estaba detrás de las intrusiones en el puerto.', 'Kestrel Technologies', 'CN'],
  ['ru', 'Аналитики Kestrel Technologies (Kestrel Threat Response Center) сообщили, что за вторжениями в порту стоит китайская группировка APT41.', 'Kestrel Technologies', 'CN'],
] as const) {
  test(`${lang}: a bracketed unit after its company: the company speaks: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, target), show(cs));
    assert.ok(!cs.some((c) => /Center|Team/u.test(c.claimant)), show(cs));
  });
}

test('en, es: a region in brackets after a place is still no speaker', () => {
  const en = claimsOf('Two men were detained in Tarvik (Orsland) on Monday, and Velmora Labs said Russian hackers were behind the break-in.', 'en');
  assert.ok(!en.some((c) => c.claimant === 'Tarvik' || c.claimant === 'Orsland'), show(en));
  const es = claimsOf('Dos hombres fueron detenidos en Tarvik (Orsland), y Velmora Labs afirmó que piratas rusos estaban detrás del ataque.', 'es');
  assert.ok(!es.some((c) => c.claimant === 'Tarvik' || c.claimant === 'Orsland'), show(es));
});

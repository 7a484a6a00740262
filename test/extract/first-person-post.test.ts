/**
 * A post with no byline that opens in the first person plural ("Wir haben eine bislang unbekannte Gruppe
 * aufgedeckt ...", "We uncovered ...", "Nous avons découvert ...", "Hemos detectado ...") is its author's own;
 * the one research source it names (its researcher quoted further on) publishes it, and speaks its later "we".
 * Negatives: a text naming two research sources, or opening in the third person, has no such author.
 * Group names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['de', 'Wir haben eine bislang unbekannte Spionagegruppe aufgedeckt, die Botschaften ins Visier nimmt. Wir gehen davon aus, dass chinesische Hacker hinter den Angriffen stecken. „Die Gruppe ist sehr geduldig“, sagt ESET-Forscherin Lena Brandt.'],
  ['en', 'We have uncovered a previously unknown espionage group that targets embassies. We assess that Chinese hackers are behind the attacks. "The group is very patient," said ESET researcher Lena Brandt.'],
  ['fr', 'Nous avons découvert un groupe d’espionnage jusqu’ici inconnu qui vise des ambassades. Nous estimons que des pirates chinois sont derrière les attaques. « Le groupe est très patient », explique Lena Brandt, chercheuse chez ESET.'],
  ['es', 'Hemos detectado un grupo de espionaje hasta ahora desconocido que ataca embajadas. Creemos que hackers chinos están detrás de los ataques. "El grupo es muy paciente", afirma Lena Brandt, investigadora de ESET.'],
] as const) {
  test(`${lang}: a post opening with "we" is its one research source's: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Espionage against embassies' });
    assert.ok(attributes(cs, 'ESET', 'CN'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'We have uncovered a previously unknown espionage group that targets embassies. We assess that Chinese hackers are behind the attacks. ESET and Kaspersky researchers have seen similar tools.'],
  ['en', 'Researchers uncovered a previously unknown espionage group that targets embassies. We assess that Chinese hackers are behind the attacks, one of them said. ESET researchers have seen similar tools.'],
] as const) {
  test(`en: no single author for the "we" (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Espionage against embassies' });
    assert.ok(!attributes(cs, 'ESET', 'CN'), show(cs));
  });
}

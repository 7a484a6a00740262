/**
 * A long name with its short form in brackets, where lower-case particles split the name ("la Fundación para la Defensa
 * Digital (FDD)", "l'Association pour la Vigilance Numérique (AVN)"): the name finder only sees the tail after the
 * particles; when the short form opens with the head's initial, not the tail's, the short form is the body's name,
 * not the tail ("Defensa Digital"). A name the finder sees whole keeps it. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, name] of [
  ['es', 'La Fundación para la Defensa Digital (FDD) exigió al Gobierno que explique las escuchas a periodistas.', 'FDD'],
  ['es', 'La Red por la Vigilancia Ciudadana (RVC) pidió al Congreso que investigue las escuchas a periodistas.', 'RVC'],
  ['fr', "L'Association pour la Vigilance Numérique (AVN) a exigé que le gouvernement explique ces écoutes de journalistes.", 'AVN'],
] as const) {
  test(`${lang}: a bracketed short form names a body cut by particles: ${body.slice(0, 45)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Escuchas' });
    assert.ok(cs.some((c) => c.claimant === name && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => / /u.test(c.claimant) && c.stance === 'calls-for'), show(cs));
  });
}

for (const [lang, body, name] of [
  ['en', 'The Foundation for Digital Liberties (FDL) urged the government to explain the wiretaps of reporters.', 'Foundation for Digital Liberties'],
  ['es', 'La Fundación Velmora Digital (FVD) exigió al Gobierno que explique las escuchas a periodistas.', 'Fundación Velmora Digital'],
] as const) {
  test(`${lang}: a name seen whole keeps its long form (negative): ${body.slice(0, 45)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Wiretaps' });
    assert.ok(cs.some((c) => c.claimant === name && c.stance === 'calls-for'), show(cs));
  });
}

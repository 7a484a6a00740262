/**
 * A transcript label in capitals may put the speaker's title before a long name ("MINISTRA ANA MARÍA ROJAS VIDAL:"),
 * as government transcripts write it: the label is that person's turn, and "we" in it their state. A capital heading
 * that names no one of the text opens no turn of a speaker. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);

test('es: a minister\'s title and four-word name in capitals label her turn', () => {
  const got = claims('Conferencia de prensa de la ministra del Interior chilena, Ana María Rojas Vidal\n\nPREGUNTA: ¿El gobierno sabe quién atacó?\n\n'
    + 'MINISTRA ANA MARÍA ROJAS VIDAL: Responsabilizamos al grupo APT28, vinculado a Rusia, del ataque contra el ministerio.\n', 'es');
  assert.ok(got.some((c) => /^CL (accuses|attributes) RU$/.test(c)), got.join('; '));
});

test('en, de, fr: title and long name in capitals', () => {
  let got = claims('Press briefing by the Philippine interior secretary, Maria Luisa Santos Cruz\n\nQUESTION: Did the government find who did it?\n\n'
    + 'SECRETARY MARIA LUISA SANTOS CRUZ: We hold APT28, a Russian group, responsible for the attack on the ministry.\n', 'en');
  assert.ok(got.some((c) => /^PH (accuses|attributes) RU$/.test(c)), got.join('; '));
  got = claims('Pressekonferenz der österreichischen Innenministerin Anna Maria von Berg\n\nFRAGE: Wer steckt hinter dem Angriff?\n\n'
    + 'MINISTERIN ANNA MARIA VON BERG: Wir machen die Gruppe APT28, die mit Russland verbunden ist, für den Angriff auf das Ministerium verantwortlich.\n', 'de');
  assert.ok(got.some((c) => /^AT (accuses|attributes) RU$/.test(c)), got.join('; '));
  got = claims('Conférence de presse du ministre de l\'Intérieur belge, Jean Pierre Van Damme\n\nQUESTION : Qui est derrière l\'attaque ?\n\n'
    + 'MINISTRE JEAN PIERRE VAN DAMME : Nous accusons le groupe APT28, lié à la Russie, d\'avoir attaqué le ministère.\n', 'fr');
  assert.ok(got.some((c) => /^BE (accuses|attributes) RU$/.test(c)), got.join('; '));
});

test('negative: a capital heading naming no one of the text speaks for no one', () => {
  const got = claims('Quarterly threat report\n\nKEY FINDINGS OF THIS QUARTER: APT29 phished diplomats in several European capitals.\n', 'en');
  assert.deepEqual(got, []);
});

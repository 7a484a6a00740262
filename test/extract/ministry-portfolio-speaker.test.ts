/**
 * A ministry named by its portfolio, opening the sentence as the subject of a stance verb, speaks for the text's
 * home state (here the dateline's): "Le ministère de la Justice a accusé ...", "Das Bundesministerium der Justiz
 * warf ... vor", and two portfolios sharing one head noun ("Außen- und Innenministerium", one speaker). A portfolio
 * word that is also an investigating body's noun ("la Justice") is part of the ministry's name, not a body of its own.
 * Spanish and English are checked alongside. Near misses: the ministry as the place hit or as an object speaks for
 * no one. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const triples = (body: string, lang: string) => claimsOf(body, lang).map((c) => `${c.claimant}|${c.stance}|${c.target ?? ''}`).sort();

test('a ministry of justice named by its portfolio speaks for the dateline state (fr)', () => {
  assert.deepEqual(triples("PARIS (AFP) — Le ministère de la Justice a accusé l'Iran d'avoir infiltré le greffe numérique de Valcourt.", 'fr'), ['FR|accuses|IR']);
  assert.deepEqual(triples("BRUXELLES (Belga) — Le ministère de la Justice a démenti mardi toute fuite des dossiers après l'intrusion du groupe Morvek.", 'fr'), ['BE|denies|BE']);
});

test('a federal ministry written with its portfolio, and two portfolios sharing the head noun, speak (de)', () => {
  assert.deepEqual(triples('BERLIN (dpa) — Das Bundesministerium der Justiz warf Iran vor, die Server des Registergerichts Ostheim ausgespäht zu haben.', 'de'), ['DE|accuses|IR']);
  assert.deepEqual(triples('BERLIN (dpa) — Das Bundesjustizministerium warf Nordkorea vor, Konten der Kanzlei Brenning geplündert zu haben.', 'de'), ['DE|accuses|KP']);
  assert.deepEqual(triples('WIEN (APA) — Außen- und Innenministerium warfen Russland am Montag vor, die Mailserver der Gemeinde Kleinau lahmgelegt zu haben.', 'de'), ['AT|accuses|RU']);
});

test('the same construction in Spanish and English still speaks', () => {
  assert.deepEqual(triples('MADRID (EFE) — El Ministerio de Justicia acusó a Irán de infiltrar el registro civil de Valdemora.', 'es'), ['ES|accuses|IR']);
  assert.deepEqual(triples('LONDON (Reuters) — The Ministry of Justice accused Iran of breaching the Harwick probate registry.', 'en'), ['GB|accuses|IR']);
});

test('a ministry that is hit or accused does not speak (fr, de)', () => {
  const fr = claimsOf("PARIS (AFP) — Des pirates ont paralysé le site du ministère de la Justice pendant trois jours.", 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'FR'), show(fr));
  const de = claimsOf('BERLIN (dpa) — Unbekannte Hacker legten das Netz des Bundesministeriums der Justiz für zwei Tage lahm.', 'de');
  assert.ok(!de.some((c) => c.claimant === 'DE'), show(de));
  const fr2 = claimsOf("PARIS (AFP) — L'Iran a accusé le ministère de la Justice de mentir sur l'origine de l'intrusion.", 'fr');
  assert.ok(!fr2.some((c) => c.claimant === 'FR'), show(fr2));
  const at = claimsOf('WIEN (APA) — Russland warf dem Außen- und Innenministerium vor, Desinformation zu verbreiten.', 'de');
  assert.ok(!at.some((c) => c.claimant === 'AT'), show(at));
});

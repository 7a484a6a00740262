/**
 * A kind of attack or of malicious software opening a hyphenated compound ("Malware-Welle", "Phishing-Serie") names a
 * thing, never a body: it is no antecedent for "die Analysten" and no claimant. A name that only holds such a word
 * among other words ("Ransomware Task Force") is still a body. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (lines: string[], lang: string) => extract([...lines, 'Source: x'].join('\n'), { lang }).claims;

test('de: the analysts after a report on a "Malware-Welle" speak for the company that reported it', () => {
  const got = claims(['Titel', 'Die Firma Velmora, die zu einem Konzern gehört, berichtete am Freitag über eine Malware-Welle gegen Parteien. Man habe APT29 zuvor nie bei derartigen Kampagnen gesehen, schreiben die Analysten.'], 'de');
  assert.ok(got.some((c) => c.claimant === 'Velmora' && (c.stance === 'attributes' || c.stance === 'accuses')), JSON.stringify(got));
  assert.ok(!got.some((c) => /Malware|Welle/u.test(c.claimant)), JSON.stringify(got));
});

test('de: a "Phishing-Serie" opening the sentence is no subject that speaks', () => {
  const got = claims(['Titel', 'Die Phishing-Serie warnte nach Ansicht der Firma Velmora vor weiteren Angriffen der Gruppe APT29.'], 'de');
  assert.ok(!got.some((c) => /Phishing/u.test(c.claimant)), JSON.stringify(got));
});

test('de: a company named with an ordinary compound still speaks', () => {
  const got = claims(['Titel', 'Die Sicherheitsfirma Velmora-Labs erklärte, die Gruppe APT29 stecke hinter der Malware-Welle.'], 'de');
  assert.ok(!got.some((c) => /Malware/u.test(c.claimant)), JSON.stringify(got));
});

test('en: a body whose name holds such a word among others is still a claimant', () => {
  const got = claims(['Title', 'The Ransomware Task Force said Russian group APT28 was behind the attack.'], 'en');
  assert.ok(got.some((c) => c.claimant === 'Ransomware Task Force' && c.target === 'RU'), JSON.stringify(got));
});

test('es, fr: a company that reports a phishing campaign keeps its claim', () => {
  const es = claims(['Título', 'La empresa Velmora afirmó que el grupo APT29 está detrás de la campaña de phishing contra los partidos.'], 'es');
  assert.ok(es.some((c) => c.claimant === 'Velmora'), JSON.stringify(es));
  const fr = claims(['Titre', "La société Velmora a affirmé que le groupe APT29 est derrière la campagne de phishing contre les partis."], 'fr');
  assert.ok(fr.some((c) => c.claimant === 'Velmora'), JSON.stringify(fr));
});

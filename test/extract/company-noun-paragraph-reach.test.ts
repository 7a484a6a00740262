/**
 * A company noun ("das Unternehmen", "the company", "la empresa", "la société") reaches further back to a known
 * vendor than to any other organisation, but only into its own paragraph and the one before: a vendor named in
 * passing two paragraphs back, across a break (a live-ticker time stamp line), is no antecedent. Texts written
 * for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (lines: string[], lang: string) => extract([...lines, 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance}`);

test('de: a vendor two paragraphs back is not "das Unternehmen"', () => {
  const got = claims(['Angriff auf einen Softwarehersteller', 'Die Techniker arbeiteten mit Microsoft an der Bereinigung der Systeme.', '+++ Nachtrag +++', 'Am Mittwoch fiel den Technikern eine Unregelmäßigkeit auf. Am Freitag bestätigte das Unternehmen den Einbruch in einer Mitteilung.'], 'de');
  assert.ok(!got.some((c) => c.startsWith('Microsoft ')), got.join('; '));
});

test('en: a vendor two paragraphs back is not "the company"', () => {
  const got = claims(['Attack on a software maker', 'Its engineers worked with Microsoft on cleaning up the systems.', '+++ Update +++', 'On Wednesday the engineers noticed an anomaly. On Thursday the company publicly confirmed the attack.'], 'en');
  assert.ok(!got.some((c) => c.startsWith('Microsoft ')), got.join('; '));
});

test('es, fr: a vendor two paragraphs back is not "la empresa", "la société"', () => {
  const es = claims(['Ataque contra un fabricante de software', 'Sus técnicos trabajaron con Microsoft en la limpieza de los sistemas.', '+++ Actualización +++', 'El miércoles los técnicos notaron una anomalía. El jueves la empresa confirmó públicamente el ataque.'], 'es');
  assert.ok(!es.some((c) => c.startsWith('Microsoft ')), es.join('; '));
  const fr = claims(['Attaque contre un éditeur de logiciels', 'Ses ingénieurs ont travaillé avec Microsoft au nettoyage des systèmes.', '+++ Mise à jour +++', "Mercredi, les ingénieurs ont remarqué une anomalie. Jeudi, la société a confirmé publiquement l'attaque."], 'fr');
  assert.ok(!fr.some((c) => c.startsWith('Microsoft ')), fr.join('; '));
});

test('de, en, es: the vendor named in the paragraph before, even four sentences back, is still the company', () => {
  const de = claims(['Angriff auf einen Softwarehersteller', 'Microsoft arbeitete an der Bereinigung der Systeme. Die Techniker prüften alle Server.', 'Am Mittwoch fiel den Technikern eine Unregelmäßigkeit auf. Am Freitag bestätigte das Unternehmen den Einbruch in einer Mitteilung.'], 'de');
  assert.ok(de.includes('Microsoft confirms'), de.join('; '));
  const en = claims(['Attack on a software maker', 'Microsoft worked on cleaning up the systems. The engineers checked every server.', 'On Wednesday the engineers noticed an anomaly. On Thursday the company publicly confirmed the attack.'], 'en');
  assert.ok(en.includes('Microsoft confirms'), en.join('; '));
  const es = claims(['Ataque contra un fabricante de software', 'Microsoft trabajó en la limpieza de los sistemas. Los técnicos revisaron todos los servidores.', 'El miércoles los técnicos notaron una anomalía. El jueves la empresa confirmó públicamente el ataque.'], 'es');
  assert.ok(es.includes('Microsoft confirms'), es.join('; '));
});

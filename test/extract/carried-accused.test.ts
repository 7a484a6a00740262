/**
 * Anaphora of the accused across sentences (claims/carried-target.ts): a warning with no party of its own takes
 * the party its claimant accused before only when that party is a state or a threat group. A company an earlier
 * sentence took as accused is not whom "further attacks" point back at. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (lines: string[], lang: string) => extract([...lines, 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const warnings = (got: string[], claimant: string) => got.filter((c) => c.startsWith(`${claimant} warns`));

test('en: a later warning does not carry a company accused before as its target', () => {
  const got = claims(['Ministry blames hackers', 'The Foreign Ministry of Estonia accused Apple of hiding the breach for months.', 'The ministry warned that further attacks were likely in the coming weeks.'], 'en');
  assert.ok(warnings(got, 'EE').length > 0, got.join('; '));
  assert.ok(!got.some((c) => c === 'EE warns Apple'), got.join('; '));
});

test('es: una advertencia posterior no hereda como blanco a la empresa acusada antes', () => {
  const got = claims(['El ministerio acusa', 'El Ministerio de Asuntos Exteriores de Chile acusó a Apple de ocultar la intrusión durante meses.', 'El ministerio advirtió que es probable que haya nuevos ataques en las próximas semanas.'], 'es');
  assert.ok(warnings(got, 'CL').length > 0, got.join('; '));
  assert.ok(!got.some((c) => c === 'CL warns Apple'), got.join('; '));
});

test('fr: un avertissement suivant ne reprend pas comme cible l\'entreprise accusée', () => {
  const got = claims(['Le ministère accuse', 'Le ministère des Affaires étrangères de Belgique a accusé Apple d\'avoir caché l\'intrusion pendant des mois.', 'Le ministère a averti que de nouvelles attaques étaient probables dans les semaines à venir.'], 'fr');
  assert.ok(warnings(got, 'BE').length > 0, got.join('; '));
  assert.ok(!got.some((c) => c === 'BE warns Apple'), got.join('; '));
});

test('de: eine spätere Warnung übernimmt das zuvor beschuldigte Unternehmen nicht als Ziel', () => {
  const got = claims(['Ministerium warnt', 'Das österreichische Außenministerium warf Apple vor, den Einbruch monatelang verschwiegen zu haben.', 'Das Ministerium warnte, dass in den kommenden Wochen weitere Angriffe wahrscheinlich seien.'], 'de');
  assert.ok(warnings(got, 'AT').length > 0, got.join('; '));
  assert.ok(!got.some((c) => c === 'AT warns Apple'), got.join('; '));
});

// Near misses: a state accused before is still the one a later warning points back at.
test('en/es: a state accused before is carried to the later warning', () => {
  const en = claims(['Ministry blames Russia', 'The Foreign Ministry of Estonia accused Russia of the breach at Apple.', 'The ministry warned that further attacks were likely in the coming weeks.'], 'en');
  assert.ok(en.includes('EE warns RU'), en.join('; '));
  const es = claims(['El ministerio acusa a Rusia', 'El Ministerio de Asuntos Exteriores de Chile acusó a Rusia de la intrusión en Apple.', 'El ministerio advirtió que es probable que haya nuevos ataques en las próximas semanas.'], 'es');
  assert.ok(es.includes('CL warns RU'), es.join('; '));
});

test('fr: a group accused before, tied to no state, is carried to the later warning', () => {
  const got = claims(['Le ministère accuse', 'Le ministère des Affaires étrangères de Belgique a accusé le groupe Turla de l\'intrusion.', 'Le ministère a averti que de nouvelles attaques étaient probables dans les semaines à venir.'], 'fr');
  assert.ok(got.some((c) => /^BE warns (Turla|RU)$/.test(c)), got.join('; '));
});

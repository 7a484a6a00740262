/**
 * An appeal in a compound tense or as a request with its addressee is still an appeal with no party
 * addressed: "les autorités avaient appelé la population à ...", "a demandé aux opérateurs de ...",
 * "ha pedido a las empresas que ...", "solicitó a la población que ...". "ont appelé ce groupe X" (named)
 * and "s'est demandé si" (wondered) call for nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const LEAD: Record<string, string> = {
  fr: "Des pirates du groupe APT28 ont visé les réseaux de plusieurs ministères norvégiens, selon l'autorité nationale de sécurité.",
  es: 'Piratas del grupo APT28 atacaron las redes de varios ministerios noruegos, según la autoridad nacional de seguridad.',
};

const CALLS: Array<{ lang: string; line: string }> = [
  { lang: 'fr', line: 'Les autorités norvégiennes ont appelé les fonctionnaires à mettre à jour leurs postes de travail.' },
  { lang: 'fr', line: 'Le gouvernement norvégien a aussitôt demandé aux opérateurs de couper les accès suspects.' },
  { lang: 'es', line: 'El gobierno noruego ha pedido a los operadores que corten los accesos sospechosos.' },
  { lang: 'es', line: 'El gobierno noruego solicitó a los funcionarios que no abran adjuntos desconocidos.' },
];

for (const c of CALLS) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." is Norway's call`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'NO' && x.stance === 'calls-for'), show(cs));
  });
}

const NONE: Array<{ lang: string; line: string }> = [
  { lang: 'fr', line: "Le ministre norvégien s'est demandé si le groupe agissait seul." },
  { lang: 'fr', line: 'Les chercheurs norvégiens ont appelé ce groupe Velmora Spider.' },
];

for (const c of NONE) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." calls for nothing`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}

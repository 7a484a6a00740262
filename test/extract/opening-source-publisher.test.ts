/**
 * A vendor's post with no byline: when the first body sentence opens on a research source ("The ESET
 * research team analysed ...", "El equipo de investigación de ESET analizó ...", "Forschende von ESET
 * haben ...") within five words of its start, that source publishes the text, and its "we" ("We attribute",
 * "Atribuimos", "Wir schreiben ... zu", "Nous attribuons", "Мы связываем") is the source's. A victim
 * marker inside a marker of sponsorship ("aligné sur la Chine") no longer hides the sponsor. Negative: a
 * source named late in the first sentence publishes nothing. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const OPENED: Array<[lang: string, body: string]> = [
  ['en', 'The ESET research team analysed a cyber-espionage campaign against a government body in Guyana. We attribute the campaign with medium confidence to a China-aligned APT group.'],
  ['es', 'El equipo de investigación de ESET analizó una campaña de ciberespionaje contra una entidad gubernamental de Guyana. Atribuimos la campaña, con un nivel de confianza medio, a un grupo APT alineado con China.'],
  ['de', 'Forschende von ESET haben eine Spionagekampagne gegen eine Behörde in Guyana untersucht. Wir schreiben die Kampagne mit mittlerer Wahrscheinlichkeit einer China-nahen APT-Gruppe zu.'],
  ['fr', 'Les chercheurs d’ESET ont analysé une campagne de cyberespionnage visant un organisme public du Guyana. Nous attribuons cette campagne, avec un niveau de confiance moyen, à un groupe APT aligné sur la Chine.'],
  ['ru', 'Исследователи ESET изучили шпионскую кампанию против государственного ведомства Гайаны. Мы связываем эту кампанию с APT-группировкой, действующей в интересах Китая.'],
];

for (const [lang, body] of OPENED) {
  test(`${lang}: "we" of a post that opens on a research source is that source`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber-espionage against Guyana' });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN'), show(cs));
  });
}

const NOT_OPENED: Array<[lang: string, body: string]> = [
  ['en', 'On Tuesday the government of Guyana confirmed an attack that researchers working for the firm ESET had analysed. We attribute the campaign with medium confidence to a China-aligned APT group.'],
];

for (const [lang, body] of NOT_OPENED) {
  test(`${lang}: a source named late in the first sentence publishes nothing (negative)`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber-espionage against Guyana' });
    assert.ok(!cs.some((c) => c.claimant === 'ESET' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN' && /^(We|Atribuimos)/.test(c.evidence.text)), show(cs));
  });
}

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
  ['en', 'The ESET research team studied a spying operation aimed at a port authority in Belize. We attribute the operation with moderate confidence to a China-aligned APT group.'],
  ['es', 'El equipo de investigación de ESET estudió una operación de espionaje contra una autoridad portuaria de Belice. Atribuimos esta operación, con confianza moderada, a un grupo APT alineado con China.'],
  ['de', 'Forschende von ESET haben eine Spionageoperation gegen eine Hafenbehörde in Belize untersucht. Wir schreiben die Operation mit mittlerer Wahrscheinlichkeit einer China-nahen APT-Gruppe zu.'],
  ['fr', 'Les chercheurs d’ESET ont étudié une opération d’espionnage visant une autorité portuaire du Belize. Nous attribuons cette opération, avec une confiance modérée, à un groupe APT aligné sur la Chine.'],
  ['ru', 'Исследователи ESET изучили шпионскую операцию против портового управления Белиза. Мы связываем эту операцию с APT-группировкой, действующей в интересах Китая.'],
];

for (const [lang, body] of OPENED) {
  test(`${lang}: "we" of a post that opens on a research source is that source`, () => {
    const cs = claimsOf(body, lang, { title: 'Spying on a port in Belize' });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN'), show(cs));
  });
}

const NOT_OPENED: Array<[lang: string, body: string]> = [
  ['en', 'On Tuesday the government of Belize confirmed an intrusion that researchers working for the firm ESET had studied. We attribute the operation with moderate confidence to a China-aligned APT group.'],
];

for (const [lang, body] of NOT_OPENED) {
  test(`${lang}: a source named late in the first sentence publishes nothing (negative)`, () => {
    const cs = claimsOf(body, lang, { title: 'Spying on a port in Belize' });
    assert.ok(!cs.some((c) => c.claimant === 'ESET' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN' && /^(We|Atribuimos)/.test(c.evidence.text)), show(cs));
  });
}

/**
 * The publisher's own voice ("we recommend", "recomendamos", "nous recommandons") when the byline
 * gives a blog's or a section's name rather than the company: the research source the blog opens
 * with ("ESET Research has discovered ...") publishes it; a heading made of the text's own common
 * nouns ("Threat Research") names no publisher. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const BLOG: Array<[lang: string, header: string, body: string]> = [
  ['es', 'Bitácora Segura en español | 14 mar 2024', 'ESET Research ha descubierto que en los últimos meses el grupo Winter Vivern aprovechó un fallo del correo web de varios ministerios europeos. Recomendamos instalar el parche cuanto antes.'],
  ['en', 'Bitácora Segura | 14 Mar 2024', 'ESET researchers have discovered that in recent months the Winter Vivern group abused a bug in the webmail of several European ministries. We recommend installing the patch without delay.'],
  ['fr', 'Bitácora Segura | 14 mars 2024', 'Les chercheurs d’ESET ont découvert que ces derniers mois le groupe Winter Vivern a abusé d’un bogue du webmail de plusieurs ministères européens. Nous recommandons d’installer le correctif sans tarder.'],
];

for (const [lang, header, body] of BLOG) {
  test(`${lang}: a blog's name in the byline: "we" is the research source the blog opens with`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Bitácora Segura'), show(cs));
  });
}

test('en: a section heading of common nouns is no publisher', () => {
  const cs = claimsOf('A threat actor kept access to an Asian telecom for four years. We assess that Weaver Ant is a China-nexus state-sponsored threat actor.', 'en', { header: 'Threat Research | June 3, 2024 | 6 min read' });
  assert.ok(!cs.some((c) => c.claimant === 'Threat'), show(cs));
});

test('en: a research source in the byline stays the publisher', () => {
  const cs = claimsOf('A threat actor kept access to an Asian telecom for four years. We assess that Weaver Ant is a China-nexus state-sponsored threat actor.', 'en', { header: 'Sygnia | Threat Research | June 3, 2024' });
  assert.ok(cs.some((c) => c.claimant === 'Sygnia' && c.target === 'CN'), show(cs));
});

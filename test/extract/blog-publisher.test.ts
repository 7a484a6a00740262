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
  ['es', 'WeLiveSecurity en español | 25 oct 2023', 'ESET Research ha descubierto que el grupo Winter Vivern explotó una vulnerabilidad en los servidores de correo de gobiernos europeos. Recomendamos actualizar de inmediato.'],
  ['en', 'WeLiveSecurity | 25 Oct 2023', 'ESET researchers have discovered that the Winter Vivern group exploited a flaw in webmail servers of European governments. We recommend updating immediately.'],
  ['fr', 'WeLiveSecurity | 25 oct. 2023', 'Les chercheurs d’ESET ont découvert que le groupe Winter Vivern a exploité une faille des serveurs de messagerie de gouvernements européens. Nous recommandons de mettre à jour immédiatement.'],
];

for (const [lang, header, body] of BLOG) {
  test(`${lang}: a blog's name in the byline: "we" is the research source the blog opens with`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'WeLiveSecurity'), show(cs));
  });
}

test('en: a section heading of common nouns is no publisher', () => {
  const cs = claimsOf('A threat actor kept access to an Asian telecom for four years. We assess that Weaver Ant is a China-nexus state-sponsored threat actor.', 'en', { header: 'Threat Research | March 24, 2025 | 9 min read' });
  assert.ok(!cs.some((c) => c.claimant === 'Threat'), show(cs));
});

test('en: a research source in the byline stays the publisher', () => {
  const cs = claimsOf('A threat actor kept access to an Asian telecom for four years. We assess that Weaver Ant is a China-nexus state-sponsored threat actor.', 'en', { header: 'Sygnia | Threat Research | March 24, 2025' });
  assert.ok(cs.some((c) => c.claimant === 'Sygnia' && c.target === 'CN'), show(cs));
});

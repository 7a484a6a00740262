/**
 * Joining others to publish, told in a past tense: "X s'est joint au Y et au Z pour publier un avis", "X se unió al Y
 * para publicar una guía", "X присоединился к Y, чтобы опубликовать предупреждение" makes X, Y and Z co-signers, as
 * the present tense does (joint-join-to-publish.test.ts), however long the list of joined bodies, and with no word
 * "joint" in the sentence. A later collective reference ("les partenaires", "los socios", "партнёры") names them
 * all again. Negatives: joining someone with no publication following (an investigation, a meeting) signs nothing.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Spyware advisory' };

for (const [lang, body, states] of [
  ['fr', "Le FBI s'est joint au NCSC du Royaume-Uni pour publier une alerte sur GLASSWING. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine.", ['US', 'GB']],
  ['es', 'El FBI se unió al NCSC del Reino Unido para publicar una guía sobre GLASSWING. Los socios estiman que estas campañas de espionaje están vinculadas a China.', ['US', 'GB']],
  ['es', 'El FBI se ha sumado al NCSC del Reino Unido para publicar una guía sobre GLASSWING. Los socios estiman que estas campañas de espionaje están vinculadas a China.', ['US', 'GB']],
  ['ru', 'ФБР присоединилось к британскому NCSC, чтобы опубликовать предупреждение о GLASSWING. Партнёры считают, что эти шпионские кампании связаны с Китаем.', ['US', 'GB']],
] as const) {
  test(`${lang}: joining others to publish, in a past tense, makes them co-signers: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    for (const s of states) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
  });
}

test('fr: a long list of joined bodies, far from the word of publishing: each warns of the group\'s state', () => {
  const cs = claimsOf("Le FBI s'est joint au Centre canadien pour la cybersécurité (CCCS) du Canada, au Bundesamt für Verfassungsschutz (BfV) de l'Allemagne, ainsi qu'au National Cyber Security Centre (NCSC) du Royaume-Uni, pour publier mardi un avis conjoint sur GLASSWING. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine.", 'fr', title);
  for (const s of ['US', 'CA', 'DE', 'GB']) assert.ok(cs.some((c) => c.claimant === s && c.stance === 'warns' && c.target === 'CN'), `${s} ${show(cs)}`);
});

for (const [lang, body] of [
  ['fr', "Le FBI s'est joint au NCSC du Royaume-Uni pour enquêter sur GLASSWING. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine."],
  ['es', 'El FBI se unió al NCSC del Reino Unido en una investigación sobre GLASSWING. Los socios estiman que estas campañas de espionaje están vinculadas a China.'],
  ['ru', 'ФБР присоединилось к британскому NCSC в расследовании GLASSWING. Партнёры считают, что эти шпионские кампании связаны с Китаем.'],
] as const) {
  test(`${lang}: joining someone with no publication signs nothing (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!attributes(cs, 'GB', 'CN'), show(cs));
  });
}

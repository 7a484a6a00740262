/**
 * Joining others to publish: "X joins Y and Z to publish guidance", "X se joint au Y, au Z ainsi qu'à W pour publier
 * un avis", "X se une al Y para publicar una guía" makes X, Y, Z (and W) co-signers, as "together with" does. A later
 * collective reference ("the partners", "les partenaires", "die Partner", "los socios") names them again, even when
 * another party has spoken in between ("Beijing calls these groups a threat, a spokesman said"): that party is no
 * co-signer. Negatives: joining someone with no publication following (a meeting, a conference) signs nothing, and a
 * collective reference with no joint act before it stays with the speaker before. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Spyware advisory' };

for (const [lang, body, states] of [
  ['fr', "Le FBI se joint aujourd'hui au NCSC du Royaume-Uni pour publier un avis sur GLASSWING. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine.", ['US', 'GB']],
  ['fr', "Le FBI se joint au NCSC du Royaume-Uni, au BfV de l'Allemagne, ainsi qu'à l'ACSC de l'Australie pour publier un avis sur GLASSWING. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine.", ['US', 'GB', 'DE', 'AU']],
  ['en', "The FBI joins Britain's NCSC today to publish guidance on GLASSWING. The partners assess that these espionage campaigns are linked to China.", ['US', 'GB']],
  ['es', 'El FBI se une hoy al NCSC del Reino Unido para publicar una guía sobre GLASSWING. Los socios estiman que estas campañas de espionaje están vinculadas a China.', ['US', 'GB']],
] as const) {
  test(`${lang}: joining others to publish makes them co-signers: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    for (const s of states) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
  });
}

for (const [lang, body] of [
  ['en', "The FBI together with Britain's NCSC published an advisory on GLASSWING. Beijing calls these groups a threat to stability, a spokesman said. The partners assess that these espionage campaigns are linked to China."],
  ['fr', "Le FBI publie conjointement avec le NCSC du Royaume-Uni un avis sur GLASSWING. Pékin qualifie ces groupes de menace, a déclaré un porte-parole. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine."],
  ['de', 'Das FBI hat gemeinsam mit dem britischen NCSC eine Warnung zu GLASSWING veröffentlicht. Peking bezeichnet diese Gruppen als Bedrohung, sagte ein Sprecher. Die Partner gehen davon aus, dass diese Spionagekampagnen mit China in Verbindung stehen.'],
  ['es', 'El FBI junto con el NCSC del Reino Unido publicó un aviso sobre GLASSWING. Pekín califica a estos grupos de amenaza, dijo un portavoz. Los socios estiman que estas campañas de espionaje están vinculadas a China.'],
] as const) {
  test(`${lang}: the partners are the co-signers, not a party that spoke since: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    for (const s of ['US', 'GB']) assert.ok(attributes(cs, s, 'CN'), `${s} ${show(cs)}`);
  });
}

for (const [lang, body] of [
  ['fr', "Le FBI se joint au NCSC du Royaume-Uni lors d'une conférence à Londres. Les partenaires estiment que ces campagnes de piratage sont liées à la Chine."],
  ['en', "The FBI joined Britain's NCSC at a conference in London. The partners assess that these espionage campaigns are linked to China."],
  ['es', 'El FBI se une al NCSC del Reino Unido en una conferencia en Londres. Los socios estiman que estas campañas de espionaje están vinculadas a China.'],
] as const) {
  test(`${lang}: joining someone with no publication signs nothing (negative): ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!attributes(cs, 'GB', 'CN') && !attributes(cs, 'US', 'CN'), show(cs));
  });
}

test('en: a collective reference with no joint act before it stays with the speaker before (negative)', () => {
  const cs = claimsOf("Britain's NCSC said the intrusions continued. The partners assess that these espionage campaigns are linked to China.", 'en', title);
  assert.ok(attributes(cs, 'GB', 'CN') && cs.every((c) => c.claimant === 'GB'), show(cs));
});

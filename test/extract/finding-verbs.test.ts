/**
 * Verbs of finding make their subject the speaker of what was found ("detected", "a détecté", "detectó",
 * "зафиксировала", "выявила", "发现", "监测到"): a victim that detects attempts on its own systems
 * tells of its own hit, so it confirms it was hit. Negatives: a security firm that detects attacks on another
 * named victim reports on others. German participles ('festgestellt') are left out: verb-final, the party
 * nearest before them is rarely their subject. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['en', 'Velmora Bank', 'Velmora Bank detected attempts to break into its networks last week.'],
  ['fr', 'Velmora', "La société Velmora a détecté la semaine dernière des tentatives d'intrusion dans ses serveurs."],
  ['es', 'Velmora', 'La empresa Velmora detectó la semana pasada intentos de intrusión en sus servidores.'],
  ['ru', 'Velmora', 'Компания «Velmora» зафиксировала на прошлой неделе попытки проникновения в свою сеть.'],
  ['zh', 'Microsoft', '微软上周监测到针对其服务器的大量入侵尝试。'],
] as const) {
  test(`${lang}: a victim detecting attempts on its own systems confirms its hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Incident' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  ['en', 'Velmora Security', 'Velmora Security detected attacks on the networks of two Latvian ministries last week.'],
  ['fr', 'Velmora', "La société Velmora a détecté des intrusions dans les réseaux de deux ministères lettons."],
] as const) {
  test(`${lang}: a firm detecting attacks on another victim confirms nothing (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Incident' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}

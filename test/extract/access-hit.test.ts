/**
 * An intrusion told as access gained ("outsiders got into its network", "unauthorised access", "accès non
 * autorisé", "acceso no autorizado", "unbefugter Zugriff", "несанкционированный доступ", "未经授权的访问") is a
 * hit: a victim that confirms or admits it confirms it was hit. Negatives: a confirmation of something
 * else ("got into the details", a meeting) confirms no hit. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['en', 'Velmora Research Institute', 'The state-run Velmora Research Institute admitted on Tuesday that outsiders got into its email servers in March.'],
  ['en', 'Velmora Bank', 'Velmora Bank confirmed on Friday that there had been unauthorized access to customer records.'],
  ['fr', 'Velmora', 'La société Velmora a confirmé mardi un accès non autorisé à une partie de ses serveurs.'],
  ['es', 'Velmora', 'La empresa Velmora confirmó el martes un acceso no autorizado a parte de sus servidores.'],
  ['de', 'Velmora', 'Die Velmora AG bestätigte am Dienstag einen unbefugten Zugriff auf Teile ihrer Server.'],
  ['ru', 'Velmora', 'Компания «Velmora» подтвердила несанкционированный доступ к части своих серверов.'],
  ['zh', 'Microsoft', '微软证实，其部分服务器曾遭到未经授权的访问。'],
] as const) {
  test(`${lang}: a victim confirming access gained to its systems: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Data incident' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, who, body] of [
  ['en', 'Velmora Bank', 'Velmora Bank confirmed that its chief executive got into the details of the merger at the meeting.'],
  ['fr', 'Velmora', 'La société Velmora a confirmé mardi la réunion avec ses actionnaires.'],
] as const) {
  test(`${lang}: a confirmation of no hit (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Company news' });
    assert.ok(!confirms(cs, who), show(cs));
  });
}

/**
 * An addressee phrase before the speech verb ("对塔斯社（TASS）表示", "向美联社透露", "в интервью ТАСС заявил",
 * "gegenüber der BBC sagte", "en declaraciones a Reuters", "interrogé par l'AFP") names who is told, not who
 * speaks: the outlet there neither speaks nor confirms a hit. The speaker named beside it still does.
 * Names invented for these tests, outlets aside.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms');

for (const [lang, outlet, body] of [
  ['zh', 'TASS', '该公司负责人对塔斯社（TASS）表示，公司部分服务器遭到攻击。'],
  ['zh', 'AP', '该银行行长周一向美联社（AP）透露，银行部分系统遭到入侵。'],
  ['ru', 'ТАСС', 'В интервью ТАСС глава компании заявил, что серверы компании подверглись атаке.'],
  ['de', 'BBC', 'Gegenüber der BBC sagte ein Sprecher, die Server des Unternehmens seien angegriffen worden.'],
  ['es', 'Reuters', 'En declaraciones a Reuters, un portavoz dijo que sus servidores fueron atacados.'],
  ['fr', 'AFP', "Interrogé par l'AFP, un porte-parole a affirmé que ses serveurs avaient été attaqués."],
] as const) {
  test(`${lang}: the addressee before the verb confirms nothing (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!cs.some((c) => c.claimant === outlet), show(cs));
  });
}

for (const [lang, who, body] of [
  ['zh', 'Microsoft', '微软高管对路透社表示，公司部分系统遭到攻击。'],
  ['ru', 'Velmora', 'В интервью ТАСС представитель компании «Velmora» заявил, что её серверы подверглись атаке.'],
  ['de', 'Velmora', 'Gegenüber der dpa sagte ein Sprecher der Velmora AG, die Server des Unternehmens seien angegriffen worden.'],
] as const) {
  test(`${lang}: the speaker beside the addressee still confirms: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

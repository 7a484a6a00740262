/**
 * A company whose name is written in Latin script inside Chinese text, as the subject that speaks for itself:
 * "Velmora发布公告承认，…遭攻击" (issued a notice admitting), "Velmora官方帳戶周三表示，其伺服器正遭受…攻擊"
 * (its official account said). With no space or capital to mark a subject, the name opens its clause and a
 * word of the profile's `orgVoice` or the verb follows it. The same confirmations in languages with spaces
 * are read already. Negatives: a Latin name only mentioned, as a place ("Velmora上的帖子称"), a modifier
 * ("Velmora的用户表示") or an instrument ("黑客通过Velmora发布公告称"), confirms nothing for it. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirmsOwn = (cs: ReturnType<typeof claimsOf>, name: string) => cs.some((c) => c.claimant === name && c.stance === 'confirms' && c.target === name);

for (const [lang, name, body] of [
  ['zh', 'Sarvo Nexa', '3月29日，Sarvo Nexa发布公告承认，旗下跨链桥于3月23日遭攻击，被盗大量加密货币。'],
  ['zh', 'Zorvex', 'Zorvex官方帳戶周三在社交平台表示，其伺服器正遭受強大的DDoS攻擊。'],
  ['zh', 'Zorvex', 'Zorvex周三表示，其系统遭到黑客攻击。'],
  ['zh', 'Zorvex', 'Zorvex发言人证实，其网络遭受了网络攻击。'],
  ['en', 'Zorvex', 'Zorvex confirmed on Wednesday that its servers were under a heavy DDoS attack.'],
  ['fr', 'Zorvex', 'Zorvex a confirmé mercredi que ses serveurs subissaient une attaque DDoS.'],
] as const) {
  test(`${lang}: a Latin-named company confirms its own hit: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a crypto bridge' });
    assert.ok(confirmsOwn(cs, name), show(cs));
  });
}

for (const [lang, body] of [
  ['zh', 'Zorvex上的帖子称，其系统遭到黑客攻击。'],
  ['zh', 'Zorvex的用户表示，其系统遭到黑客攻击。'],
  ['zh', '黑客通过Zorvex发布公告称，其系统遭到攻击。'],
  ['zh', '警方表示，Zorvex遭到黑客攻击后，用户数据外泄。'],
] as const) {
  test(`${lang}: a Latin name only mentioned speaks for nothing (negative): ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a crypto bridge' });
    assert.ok(!cs.some((c) => c.claimant === 'Zorvex'), show(cs));
  });
}

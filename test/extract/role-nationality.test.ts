/**
 * A state's adjective or name on the people who investigate, suffer or use what is told ("French investigators",
 * "các nhà điều tra Pháp", "deutsche Ermittler", "乌克兰用户") says whose they are: in reported words about an act it
 * is never the accused; the accused is the state the clause ties the actors or the group to, else the group. The
 * adjective on the actors themselves ("Russian hackers", "des pirates russes") still names the accused, and
 * investigators who speak still speak for their state. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

type Case = [lang: string, body: string, claimant: string, accused: string, notAccused?: string];

const cases: Case[] = [
  // the adjective on investigators: the outlet relays an attribution to the actors' state
  ['fr', "D'après Le Parisien, les enquêteurs français penchent désormais pour des pirates russes proches du groupe APT28.", 'Le Parisien', 'RU', 'FR'],
  ['vi', 'Theo báo Le Monde, các nhà điều tra Pháp nghi ngờ tin tặc Nga có liên hệ với nhóm APT28.', 'Le Monde', 'RU', 'FR'],
  ['de', 'Laut Spiegel verdächtigen deutsche Ermittler russische Hacker der Gruppe APT28.', 'Der Spiegel', 'RU', 'DE'],
  // the adjective on users: the group that spied on them is the accused, not their state
  ['de', 'Laut ESET hat die Gruppe Turla ukrainische Nutzer ausspioniert.', 'ESET', 'Turla', 'UA'],
  ['zh', '据ESET称，Turla组织监视了乌克兰用户。', 'ESET', 'Turla', 'UA'],
  // held before this change too, kept as a guard: the English word order
  ['en', 'According to the Daily Courier, French investigators now lean towards Russian hackers tied to APT28.', 'Daily Courier', 'RU', 'FR'],
  // near misses: the adjective on the actors names the accused
  ['en', 'Mandiant said Russian hackers linked to APT28 targeted the ministry.', 'Mandiant', 'RU'],
  ['fr', 'Selon Mandiant, des pirates russes ont attaqué le ministère.', 'Mandiant', 'RU'],
  ['de', 'Laut ESET haben russische Hacker ukrainische Nutzer ausspioniert.', 'ESET', 'RU', 'UA'],
  ['zh', '据ESET称，俄罗斯黑客监视了乌克兰用户。', 'ESET', 'RU', 'UA'],
  // near misses: investigators who speak speak for their state
  ['vi', 'Các nhà điều tra Pháp cho rằng nhóm APT28 đã tấn công mạng lưới của bộ.', 'FR', 'APT28'],
  ['zh', '德国调查人员认为，APT28对联邦议院发动了网络攻击。', 'DE', 'APT28'],
];

for (const [lang, body, claimant, accused, notAccused] of cases) {
  test(`${lang}: ${claimant} attributes to ${accused}${notAccused ? `, not ${notAccused}` : ''}: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, accused), show(cs));
    if (notAccused) assert.ok(!cs.some((c) => c.target === notAccused && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

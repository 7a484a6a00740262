/**
 * What a hostile act hit may stand before the verb that tells the act: the subject of a passive ("des hôpitaux
 * polonais ont été piratés", "польские банки были атакованы", "đã bị tấn công", "被入侵") or the object of a German verb-final
 * clause ("dass die Gruppe die polnischen Behörden angriff"). A state named in that phrase is the victim, never the
 * accused: the accused is the group, or the state the clause ties the actors to. The state on the actors ("russische
 * Hacker"), the clause's own subject ("dass Russland das Netz angriff") and a state in the agent's phrase ("von
 * russischen Stellen") still name the accused. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

type Case = [lang: string, body: string, claimant: string, accused: string, notAccused?: string];

const cases: Case[] = [
  // the object of a verb-final clause or of a participle closing the clause
  ['de', 'Laut ESET hat die Gruppe Turla die polnischen Ministerien angegriffen.', 'ESET', 'Turla', 'PL'],
  ['de', 'Mandiant erklärte, dass die Gruppe Turla die polnischen Behörden angriff.', 'Mandiant', 'Turla', 'PL'],
  ['de', 'Laut ESET ist die Gruppe Turla in die Netze polnischer Ministerien eingedrungen.', 'ESET', 'Turla', 'PL'],
  ['de', 'Laut ESET versuchte die Gruppe Turla, die polnische Regierung und das Militär zu stören.', 'ESET', 'Turla', 'PL'],
  // the subject of a passive hit
  ['vi', 'Theo ESET, các cơ quan chính phủ Ba Lan đã bị nhóm Turla tấn công.', 'ESET', 'Turla', 'PL'],
  ['vi', 'Theo ESET, các ngân hàng Ba Lan bị nhóm Turla xâm nhập.', 'ESET', 'Turla', 'PL'],
  ['zh', '据ESET称，波兰企业被Turla组织入侵。', 'ESET', 'Turla', 'PL'],
  // near misses: the state on the actors, the clause's subject, the agent's phrase
  ['de', 'Laut ESET haben russische Hacker die polnischen Behörden angegriffen.', 'ESET', 'RU', 'PL'],
  ['de', 'Mandiant erklärte, dass Russland das Netz angriff.', 'Mandiant', 'RU'],
  ['de', 'Laut ESET wurden die Netze von russischen Stellen angegriffen.', 'ESET', 'RU'],
  ['vi', 'Theo ESET, tin tặc Nga đã tấn công các bệnh viện.', 'ESET', 'RU'],
  ['fr', 'Selon ESET, des pirates russes ont piraté des hôpitaux.', 'ESET', 'RU'],
  ['ru', 'По данным ESET, российские хакеры атаковали больницы.', 'ESET', 'RU'],
  ['en', 'Mandiant said Russian hackers attacked the hospitals.', 'Mandiant', 'RU'],
  ['zh', '据ESET称，俄罗斯黑客入侵了波兰企业。', 'ESET', 'RU', 'PL'],
  ['zh', '据ESET称，俄罗斯被指控入侵了波兰企业。', 'ESET', 'RU'],
];

for (const [lang, body, claimant, accused, notAccused] of cases) {
  test(`${lang}: ${claimant} attributes to ${accused}${notAccused ? `, not ${notAccused}` : ''}: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, accused), show(cs));
    if (notAccused) assert.ok(!cs.some((c) => c.target === notAccused && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

// The passive in French, Spanish and Russian: the hit state is never the accused of the act (whatever else is told).
const passives: [string, string][] = [
  ['fr', 'Selon ESET, des hôpitaux polonais ont été piratés par le groupe Turla.'],
  ['es', 'Según ESET, los bancos polacos han sido atacados por el grupo Turla.'],
  ['ru', 'По данным ESET, польские банки были атакованы группой Turla.'],
  ['en', 'ESET said Polish banks were hacked by the Turla group.'],
];
for (const [lang, body] of passives) {
  test(`${lang}: the hit state is not accused: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.target === 'PL' && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

/**
 * An assessment or a characterisation that names the state only as whose interests, or on whose behalf, the
 * actor acts: "X assesses with high confidence that the cluster acts in the interests of the Chinese state",
 * "X将该组织定性为代表中国国家利益行事的…组织", "X характеризует группировку как работающую на Y", "die Gruppe
 * handelt im Interesse Chinas". The assessor attributes to that state. A definite cluster noun ("the cluster",
 * "cụm hoạt động này", "ce cluster") points back to the group named before, as "the group" does.
 * Negatives: a characterisation of an incident, not of an actor; a cluster told of with no state; a government
 * acting in its own country's interests. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = { title: 'Cyber espionage campaign' };

for (const [lang, body, claimant, state] of [
  ['zh', 'UNC9931多年来一直活跃。卡巴斯基将该组织定性为代表中国国家利益行事的国家支持型黑客组织。', 'Kaspersky', 'CN'],
  ['zh', 'UNC9931多年来一直活跃。卡巴斯基评估认为，该组织代表中国利益行事。', 'Kaspersky', 'CN'],
  ['de', 'UNC9931 ist seit Jahren aktiv. Die Firma Norvik geht davon aus, dass die Gruppe im Interesse Chinas handelt.', 'Norvik', 'CN'],
  ['ru', 'UNC9931 активна уже много лет. Компания Norvik характеризует группировку как хакеров, работающих на Китай.', 'Norvik', 'CN'],
  ['ru', 'UNC9931 активна уже много лет. Компания Norvik квалифицировала группировку как структуру, действующую в интересах Ирана.', 'Norvik', 'IR'],
  ['en', 'UNC9931 has been active for years. Norvik Labs assesses with high confidence that the cluster acts in the interests of the Chinese state.', 'Norvik Labs', 'CN'],
  ['vi', 'UNC9931 đã hoạt động nhiều năm. Công ty Norvik đánh giá rằng cụm hoạt động này làm việc cho Trung Quốc.', 'Norvik', 'CN'],
  ['fr', 'UNC9931 est actif depuis des années. La société Norvik estime avec une confiance élevée que ce cluster agit pour le compte de la Chine.', 'Norvik', 'CN'],
  ['es', 'UNC9931 lleva años activo. La empresa Norvik evalúa con alta confianza que el clúster actúa en interés de China.', 'Norvik', 'CN'],
] as const) {
  test(`${lang}: an assessment names the state whose interests the actor serves: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(attributes(cs, claimant, state), show(cs));
  });
}

for (const [lang, body] of [
  ['zh', '卡巴斯基将此次事件定性为严重事故。'],
  ['ru', 'Компания Norvik характеризует ситуацию как стабильную.'],
  ['de', 'Der Minister sagte, die Regierung handle im Interesse Deutschlands.'],
  ['en', 'UNC9931 has been active for years. Norvik Labs said the cluster was quiet in the spring.'],
  ['vi', 'UNC9931 đã hoạt động nhiều năm. Công ty Norvik cho biết cụm hoạt động này im lặng trong mùa xuân.'],
  ['fr', 'UNC9931 est actif depuis des années. La société Norvik a indiqué que le cluster était resté silencieux au printemps.'],
  ['es', 'UNC9931 lleva años activo. La empresa Norvik dijo que el clúster estuvo inactivo en primavera.'],
] as const) {
  test(`${lang}: no state's interests served by an actor, no attribution (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

/**
 * A warning that tells an actor's act done attributes it ("warned that Iranian hackers had broken into ...");
 * one that tells only what the actor may do ("could target", "podría atacar", "может атаковать", "có thể tấn
 * công", "可能攻击") or goes on pursuing ("continues to attack", "продолжат атаки", "tiếp tục tấn công", "持续攻击")
 * warns of the actor and attributes nothing (claims/warned-act.ts). Sentences and agencies invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) => cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target);

for (const [lang, claimant, body] of [
  ['en', 'NL', 'The Dutch cyber agency warned that Iranian hackers had broken into the servers of two harbour authorities.'],
  ['es', 'US', 'El FBI advirtió que piratas iraníes habían comprometido los servidores de dos autoridades portuarias.'],
  ['de', 'DE', 'Das BSI erklärte in einer Warnung, iranische Hacker hätten die Server zweier Hafenbehörden kompromittiert.'],
  ['fr', 'FR', "L'ANSSI a déclaré dans une alerte que des pirates iraniens avaient compromis les serveurs de deux autorités portuaires."],
  ['ru', 'US', 'ФБР заявило в предупреждении, что иранские хакеры взломали серверы двух портовых администраций.'],
  ['vi', 'US', 'FBI cho biết trong cảnh báo rằng tin tặc Iran đã xâm nhập máy chủ của hai cảng biển.'],
  ['zh', 'US', '美国联邦调查局警告称，伊朗黑客已入侵两家港务机构的服务器。'],
] as const) {
  test(`${lang}: a warning that tells an act done attributes it: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(attributes(cs, claimant, 'IR'), show(cs));
  });
}

for (const [lang, claimant, body] of [
  ['en', 'NL', 'The Dutch cyber agency warned that Iranian hackers could target the servers of harbour authorities.'],
  ['en', 'NL', 'The Dutch cyber agency warned that Iranian hackers continue to attack the servers of harbour authorities.'],
  ['es', 'US', 'El FBI advirtió que piratas iraníes podrían atacar los servidores de las autoridades portuarias.'],
  ['es', 'US', 'El FBI advirtió que piratas iraníes siguen atacando los servidores de las autoridades portuarias.'],
  ['de', 'DE', 'Das BSI erklärte in einer Warnung, iranische Hacker versuchen, in die Server der Hafenbehörden einzudringen.'],
  ['fr', 'FR', "L'ANSSI a déclaré dans une alerte que des pirates iraniens cherchent à infiltrer les serveurs des autorités portuaires."],
  ['ru', 'US', 'ФБР заявило в предупреждении, что иранские хакеры могут атаковать серверы портовых администраций.'],
  ['ru', 'US', 'ФБР заявило в предупреждении, что иранские хакеры продолжат атаки на серверы портовых администраций.'],
  ['vi', 'US', 'FBI cho biết trong cảnh báo rằng tin tặc Iran có thể tấn công máy chủ của các cảng biển.'],
  ['vi', 'US', 'FBI cho biết trong cảnh báo rằng tin tặc Iran tiếp tục tấn công máy chủ của các cảng biển.'],
  ['zh', 'US', '美国联邦调查局警告称，伊朗黑客可能攻击港务机构的服务器。'],
  ['zh', 'US', '美国联邦调查局警告称，伊朗黑客持续攻击港务机构的服务器。'],
] as const) {
  test(`${lang}: a warning of what an actor may do or goes on doing warns and attributes nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(warns(cs, claimant, 'IR'), show(cs));
    assert.ok(!attributes(cs, claimant, 'IR'), show(cs));
  });
}

// A speaker telling of an actor's readiness to do harm warns of it (harm-intent.ts) with no warning cue; no act is done yet.
for (const [lang, claimant, body] of [
  ['en', 'NL', 'The Dutch cyber agency said that Iranian hackers were preparing to cause damage to harbour authorities.'],
  ['es', 'US', 'El FBI dijo que piratas iraníes se preparan para causar daños a las autoridades portuarias.'],
  ['de', 'DE', 'Das BSI erklärte, iranische Hacker seien bereit, den Hafenbehörden Schaden zuzufügen.'],
  ['fr', 'FR', "L'ANSSI a déclaré que des pirates iraniens se préparent à causer des dégâts aux autorités portuaires."],
  ['ru', 'US', 'ФБР заявило, что иранские хакеры готовятся нанести ущерб портовым администрациям.'],
  ['vi', 'US', 'FBI cho biết tin tặc Iran sẵn sàng gây thiệt hại cho các cảng biển.'],
  ['zh', 'US', '美国联邦调查局称，伊朗黑客准备在关键时刻造成破坏。'],
] as const) {
  test(`${lang}: an actor's readiness to do harm is warned of, not attributed: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack: state hackers' });
    assert.ok(warns(cs, claimant, 'IR'), show(cs));
    assert.ok(!attributes(cs, claimant, 'IR'), show(cs));
  });
}

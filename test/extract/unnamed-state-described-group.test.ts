/**
 * A named group that the speaker describes as a state's without naming the state ("X is a state-sponsored
 * group", "a state-backed group, tracked as X", "X是具有国家背景的境外APT组织", "X具有明显的国家背景") is an
 * attribution of that group (target: the group), even with no verb of attack in the clause. Negative cases: a
 * state named beside the phrase keeps the state as target, a state-owned victim or state actors in general
 * make no such claim, and a verb of attributing whose subject is left unresolved ("Security firms attribute
 * ...") is not the publisher's attribution. Sentences and names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const GROUP = 'UNC9876';
const attributesGroup = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === GROUP);

const DESCRIBED: Array<{ lang: string; who: string; body: string }> = [
  { lang: 'en', who: 'ESET', body: `ESET said ${GROUP} is a state-sponsored group that has spied on ministries for years.` },
  { lang: 'en', who: 'ESET', body: `ESET said a state-backed group, tracked as ${GROUP}, broke into two ministries.` },
  { lang: 'en', who: 'LV', body: `Latvia's foreign ministry said ${GROUP} is a state actor.` },
  { lang: 'fr', who: 'ESET', body: `Selon ESET, ${GROUP} est un acteur étatique.` },
  { lang: 'fr', who: 'LV', body: `Le ministère letton a indiqué que ${GROUP} est un acteur étatique.` },
  { lang: 'de', who: 'ESET', body: `ESET bezeichnete ${GROUP} als einen staatlich unterstützten Akteur.` },
  { lang: 'es', who: 'ESET', body: `Según ESET, ${GROUP} es un actor estatal.` },
  { lang: 'ru', who: 'ESET', body: `В ESET считают, что ${GROUP} — государственный актор.` },
  { lang: 'vi', who: 'ESET', body: `ESET cho biết ${GROUP} là một tác nhân nhà nước.` },
  { lang: 'zh', who: 'Qi An Xin', body: `奇安信认为，${GROUP}是具有国家背景的境外APT组织。` },
  { lang: 'zh', who: 'Qi An Xin', body: `奇安信认为，${GROUP}具有明显的国家背景。` },
];

for (const c of DESCRIBED) {
  test(`${c.lang}: a group described as a state's, the state unnamed, is attributed: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(attributesGroup(cs, c.who), show(cs));
  });
}

test('zh: an unnamed state background after the group named earlier gives an attribution', () => {
  const cs = claimsOf(`${GROUP}组织长期针对我国科研机构。综合攻击手法和基础设施，奇安信认为该组织为具有国家背景的境外APT组织。`, 'zh');
  assert.ok(cs.some((c) => c.claimant === 'Qi An Xin' && c.stance === 'attributes'), show(cs));
});

test('en: a state named beside the phrase stays the target', () => {
  const cs = claimsOf(`ESET said ${GROUP} is a Russian state-sponsored group.`, 'en');
  assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'attributes' && c.target === 'RU'), show(cs));
});

const NONE: Array<{ lang: string; body: string; header?: string }> = [
  { lang: 'en', body: 'ESET said state actors are a growing threat to small utilities.' },
  { lang: 'en', body: 'ESET said the outage at a state-owned company was caused by a faulty update.' },
  { lang: 'zh', body: '奇安信表示，国有企业和国家机关都应提高警惕。' },
  { lang: 'de', header: 'Bundesamt für Sicherheit in der Informationstechnik | Pressemitteilung | 3. März', body: `Sicherheitsfirmen ordnen die Angriffe einem staatlich gesteuerten Akteur zu, der als ${GROUP} geführt wird.` },
];

for (const c of NONE) {
  test(`${c.lang}: no unnamed-state attribution (negative): ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang, c.header ? { header: c.header } : {});
    assert.ok(!cs.some((k) => k.stance === 'attributes' || k.stance === 'accuses'), show(cs));
  });
}

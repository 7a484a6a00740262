/**
 * A speaker telling of an actor's ongoing or intended pursuit of a hostile act ("said Russia is trying to
 * exploit ...", "says the Kimsuky group continues to attack ...", "заявил, что Россия стремится получить
 * информацию ...", "cho biết Nga đang tìm cách xâm nhập ...", "称俄罗斯企图窃取 ...") warns of the threat
 * from that actor: its state, named as the subject (with or without an actor noun, the predicate quoted or not),
 * else the group's state.
 * Negative cases: a past attempt is an act told, not a warning; a pursuit of defence ("trying to stop
 * attacks") is none; the speaker's own side is no threat it warns of; the accused rejecting such words warns
 * no one. Sentences and names written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const STATE_SUBJECT: Array<[lang: string, body: string]> = [
  ['en', 'The Estonian defence minister said Russia is trying to exploit every weak point in the power grid.'],
  ['ru', 'Министр обороны Эстонии заявил, что Россия стремится получить информацию о закупках оружия.'],
  ['fr', "Le ministre estonien de la Défense a déclaré que la Russie cherche à infiltrer les réseaux électriques."],
  ['de', 'Der estnische Verteidigungsminister sagte, russische Hacker versuchen, in die Stromnetze einzudringen.'],
  ['es', 'El ministro de Defensa estonio dijo que Rusia intenta atacar la red eléctrica del país.'],
  ['vi', 'Bộ trưởng Quốc phòng Estonia cho biết Nga đang tìm cách xâm nhập lưới điện.'],
  ['zh', '爱沙尼亚国防部长称，俄罗斯企图窃取电网数据。'],
];

const QUOTED_PREDICATE: Array<[lang: string, body: string]> = [
  ['ru', 'Министр обороны Эстонии заявил, что Россия «стремится получить информацию о закупках оружия».'],
  ['en', 'The Estonian defence minister said Russia "is trying to exploit every weak point" in the grid.'],
];

const GROUP_SUBJECT: Array<[lang: string, body: string]> = [
  ['en', 'ESET said the Kimsuky group is trying to break into government agencies.'],
  ['ru', 'Эксперты ESET заявили, что группировка Kimsuky продолжит атаки на государственные органы.'],
  ['fr', 'ESET a indiqué que le groupe Kimsuky cherche à infiltrer les ministères.'],
  ['de', 'ESET erklärte, die Gruppe Kimsuky versuche weiterhin, in Behördennetze einzudringen.'],
  ['es', 'ESET dijo que el grupo Kimsuky sigue atacando a organismos gubernamentales.'],
  ['vi', 'ESET cho biết nhóm Kimsuky tiếp tục tấn công các cơ quan chính phủ.'],
  ['zh', 'ESET表示，Kimsuky组织持续对政府机构发动攻击。'],
];

const PAST: Array<[lang: string, body: string]> = [
  ['en', 'The Estonian defence minister said Russia tried to hack the power grid last year.'],
  ['de', 'Der estnische Verteidigungsminister sagte, russische Hacker versuchten im Jahr 2020, in die Stromnetze einzudringen.'],
  ['vi', 'Bộ trưởng Quốc phòng Estonia cho biết tin tặc Nga đã tìm cách xâm nhập lưới điện.'],
];

const DEFENCE: Array<[lang: string, body: string]> = [
  ['en', 'The Estonian defence minister said Finland is trying to stop attacks on the power grid.'],
  ['fr', "Le ministre estonien a déclaré que la Finlande cherche à empêcher les attaques contre le réseau."],
  ['es', 'El ministro estonio dijo que Finlandia intenta evitar ataques contra la red eléctrica.'],
  ['zh', '爱沙尼亚国防部长称，芬兰继续防范网络攻击。'],
];

const OWN_SIDE: Array<[lang: string, body: string]> = [
  ['en', 'The Estonian defence minister said Estonia will continue to attack the servers of any aggressor.'],
  ['ru', 'Министр обороны Эстонии заявил, что Эстония продолжит атаки на серверы агрессора.'],
];

const REJECTED: Array<[lang: string, body: string]> = [
  ['en', 'The Russian foreign ministry rejected claims that Russia is trying to exploit the Estonian power grid.'],
  ['ru', 'МИД России отверг утверждения о том, что Россия стремится атаковать энергосистему Эстонии.'],
];

for (const [lang, body] of STATE_SUBJECT) {
  test(`${lang}: a speaker telling of a state's ongoing pursuit of a hostile act warns of that state`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body] of QUOTED_PREDICATE) {
  test(`${lang}: a state as the subject of a quoted pursuit of a hostile act is warned of`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body] of GROUP_SUBJECT) {
  test(`${lang}: a speaker telling of a group's ongoing pursuit of a hostile act warns of the group (of its state once the text names it)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'warns' && c.target === 'Kimsuky'), show(cs));
  });
}

for (const [lang, body] of PAST) {
  test(`${lang}: a past attempt is an act told, no warning (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of DEFENCE) {
  test(`${lang}: a pursuit of defence against attacks warns of no one (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.target === 'FI'), show(cs));
  });
}

for (const [lang, body] of OWN_SIDE) {
  test(`${lang}: the speaker's own side pursuing an act is no threat it warns of (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.target === 'EE'), show(cs));
  });
}

for (const [lang, body] of REJECTED) {
  test(`${lang}: the accused rejecting words of its pursuit warns no one (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}

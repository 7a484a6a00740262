/**
 * Officials of several states listed as one subject, each phrase a state's word with an official's noun as its head
 * ("a Dutch official and a Belgian diplomat said ...", "zwei niederländische Beamte und ein belgischer
 * Regierungsvertreter gehen davon aus, ..."): each state speaks, not only the one nearest the verb; also when an outlet
 * relays them, and inside a German verb's frame. Near misses: a member of the list that is no official ("Belgian
 * researchers"), and an outlet's own finding about officials, which stays the outlet's. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Port intrusion';

const LISTS: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'A Dutch official and a Belgian diplomat said Russian hackers had breached the port authority.' },
  { lang: 'en', body: 'According to Reuters, two Dutch officials and a Belgian government official believe that Russian hackers breached the port authority.' },
  { lang: 'de', body: 'Wie die Agentur Reuters berichtet, gehen zwei niederländische Beamte und ein belgischer Regierungsvertreter davon aus, dass russische Hacker hinter den Einbrüchen in die Hafennetze stecken.' },
  { lang: 'de', body: 'Ein niederländischer Beamter und ein belgischer Diplomat sagten, russische Hacker hätten die Hafenbehörde angegriffen.' },
  { lang: 'fr', body: "Un responsable néerlandais et un diplomate belge ont affirmé que des pirates russes avaient piraté l'autorité portuaire." },
  { lang: 'es', body: 'Un funcionario neerlandés y un diplomático belga afirmaron que hackers rusos atacaron la autoridad portuaria.' },
  { lang: 'ru', body: 'Нидерландский чиновник и бельгийский дипломат заявили, что российские хакеры атаковали портовое управление.' },
  { lang: 'vi', body: 'Một quan chức Hà Lan và một nhà ngoại giao Bỉ cho biết tin tặc Nga đã tấn công cảng.' },
  { lang: 'zh', body: '荷兰官员和比利时外交官表示，俄罗斯黑客入侵了港口管理局。' },
];

for (const { lang, body } of LISTS) {
  test(`${lang}: each official of the list speaks for its state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'NL', 'RU'), show(cs));
    assert.ok(attributes(cs, 'BE', 'RU'), show(cs));
  });
}

for (const { lang, body } of [
  { lang: 'en', body: 'A Dutch official and Belgian researchers said Russian hackers had breached the port authority.' },
  { lang: 'fr', body: "Un responsable néerlandais et des chercheurs belges ont affirmé que des pirates russes avaient piraté l'autorité portuaire." },
  { lang: 'de', body: 'Ein niederländischer Beamter und belgische Forscher sagten, russische Hacker hätten die Hafenbehörde angegriffen.' },
]) {
  test(`${lang}: a phrase of the list that names no official does not speak (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'NL', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'BE'), show(cs));
  });
}

for (const { lang, body } of [
  { lang: 'en', body: 'Reuters reported that Russian hackers had breached the networks of Dutch and Belgian officials.' },
  { lang: 'ru', body: 'По данным Reuters, за атакой на нидерландских и бельгийских чиновников стоят российские хакеры.' },
]) {
  test(`${lang}: an outlet's own finding stays the outlet's (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, 'Reuters', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'NL' || c.claimant === 'BE'), show(cs));
  });
}

/**
 * A threat group telling its own act: the group is the subject of a speech verb and its words tell a
 * hostile act ("GROUP said it had hacked ...", "Группировка заявила, что взломала ...", "nhóm tuyên bố
 * đã tiêu hủy ..."). Like "claimed responsibility", that is the group's claim of its own act: claimant
 * and target the group (test/fixtures/corpus/README.md, "a group claiming its own attack"). Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TOLD: Array<[string, string]> = [
  ['en', 'The hacker group Killnet said it had hacked the airport websites.'],
  ['en', 'Killnet said on Telegram that it had breached the ministry\'s network.'],
  ['en', 'The hacker group Killnet claimed it had taken control of the airport websites.'],
  ['de', 'Die Gruppe Killnet erklärte, sie habe die Server des Ministeriums gehackt.'],
  ['es', 'El grupo Killnet afirmó que había hackeado los servidores del ministerio.'],
  ['fr', 'Le groupe Killnet a déclaré qu\'il avait piraté les serveurs du ministère.'],
  ['ru', 'Группировка Killnet заявила, что взломала сайты аэропорта.'],
  ['ru', 'Группировка Killnet утверждала, что получила контроль над сайтами аэропорта.'],
  ['ru', 'Весной группировка Killnet заявляла о взломе сайтов аэропорта.'],
  ['vi', 'Nhóm tin tặc Killnet tuyên bố đã tiêu hủy dữ liệu của sân bay.'],
];
for (const [lang, body] of TOLD) {
  test(`${lang}: a group telling its own hostile act claims it (claimant and target the group)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Killnet', 'Killnet'), show(cs));
  });
}

test('en, ru: a body that tells of a group\'s act is the claimant, not the group', () => {
  const en = claimsOf('Mandiant said APT41 had hacked six state governments.', 'en');
  assert.ok(!en.some((c) => c.claimant === 'APT41'), show(en));
  const ru = claimsOf('Министерство заявило, что хакеры взломали сайты аэропорта.', 'ru');
  assert.ok(!ru.some((c) => c.claimant === 'Killnet'), show(ru));
});

test('es: a group named before a relative clause with another subject does not speak', () => {
  const cs = claimsOf('Microsoft identificó el año pasado otro actor, al que denominamos Forest Blizzard y que evaluamos que espía a embajadas.', 'es');
  assert.ok(!cs.some((c) => c.claimant === 'Forest Blizzard'), show(cs));
});

test('en: a group that does not say it did it claims nothing', () => {
  const en = claimsOf('The hacker group Killnet did not say it had hacked the airport websites.', 'en');
  assert.ok(!attributes(en, 'Killnet', 'Killnet'), show(en));
});

// The group says, in its own words after its claim, that it acts for a state: the target is that state.
const SERVES: Array<[string, string]> = [
  ['en', 'The hacker group Killnet claimed responsibility for the outage, saying it acted on behalf of Russia.'],
  ['es', 'El grupo Killnet reivindicó el ataque y afirmó actuar al servicio de Rusia.'],
  ['fr', 'Le groupe Killnet a revendiqué l\'attaque et a déclaré agir pour le compte de la Russie.'],
  ['de', 'Die Gruppe Killnet bekannte sich zu dem Angriff und behauptete, im Auftrag der russischen Regierung zu handeln.'],
  ['ru', 'Группировка Killnet взяла на себя ответственность за атаку и заявила, что действует по заказу России.'],
];
for (const [lang, body] of SERVES) {
  test(`${lang}: a group claiming its act for a state it says it serves targets that state`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Killnet', 'RU'), show(cs));
  });
}

test('en: a tie others tell of the group, or a victim\'s tie, is no state the group says it serves', () => {
  const linked = claimsOf('The pro-Russian group Killnet, linked to Russia, claimed responsibility for the outage.', 'en');
  assert.ok(attributes(linked, 'Killnet', 'Killnet'), show(linked));
  const victim = claimsOf('The hacker group Killnet claimed responsibility for the attack on a firm working for the Ukrainian army.', 'en');
  assert.ok(attributes(victim, 'Killnet', 'Killnet'), show(victim));
});

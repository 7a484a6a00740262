/**
 * A threat coordinated after a threat group's own verb shares its subject ("Killnet claimed the attack and
 * threatened to publish ...", "a revendiqué l'attaque et a menacé de ...", "bekannte sich ... und drohte",
 * "reivindicó ... y amenazó con ...", "взяла на себя ответственность и пригрозила ...", "nhận trách nhiệm
 * ... và đe dọa ...", "声称对攻击负责，并威胁将 ..."); a threat that names no one is aimed at the victim that
 * confirmed the group's hit. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const threatens = (body: string, lang: string, target: string | undefined) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === 'Killnet' && c.stance === 'warns' && c.target === target), `${lang}: ${show(cs)}`);
};

test('en, fr, de, es: the threat after the group\'s claim of its attack is the group\'s', () => {
  threatens('Killnet claimed responsibility for the attack on its channel and threatened to publish the data of Polish ministries.', 'en', 'PL');
  threatens("Killnet a revendiqué l'attaque sur sa chaîne et a menacé de publier les données des ministères polonais.", 'fr', 'PL');
  threatens('Killnet bekannte sich auf seinem Kanal zu dem Angriff und drohte, Daten polnischer Ministerien zu veröffentlichen.', 'de', 'PL');
  threatens('Killnet reivindicó el ataque en su canal y amenazó con publicar los datos de los ministerios polacos.', 'es', 'PL');
});

test('ru, vi, zh: the threat after the group\'s claim of its attack is the group\'s', () => {
  threatens('Killnet взяла на себя ответственность за атаку и пригрозила опубликовать данные польских министерств.', 'ru', 'PL');
  threatens('Nhóm Killnet sau đó đã lên tiếng nhận trách nhiệm trên kênh của mình và đe dọa tấn công các cơ quan chính phủ Ba Lan.', 'vi', 'PL');
  threatens('Killnet声称对攻击负责，并威胁将公布波兰政府部门的数据。', 'zh', 'PL');
});

test('a threat naming no one is aimed at the victim that confirmed the hit (en, fr, zh)', () => {
  threatens('The Polish finance ministry confirmed it was hit by a cyberattack. Killnet claimed the attack and threatened to publish the data.', 'en', 'PL');
  threatens("Le ministère polonais des Finances a confirmé avoir subi une cyberattaque. Killnet a revendiqué l'attaque et a menacé de publier les données.", 'fr', 'PL');
  threatens('波兰财政部证实遭到网络攻击。Killnet声称对攻击负责，并威胁将公布数据。', 'zh', 'PL');
});

test('negative: a subject of its own after the conjunction, a group in the object, a party before the earlier verb', () => {
  const own = claimsOf('Killnet claimed the attack, and Poland threatened to respond.', 'en');
  assert.ok(!own.some((c) => c.claimant === 'Killnet' && c.stance === 'warns'), show(own));
  const object = claimsOf('Poland accused Killnet of the attack and threatened to respond.', 'en');
  assert.ok(!object.some((c) => c.claimant === 'Killnet'), show(object));
  const between = claimsOf('Killnet said Poland accused it and threatened to respond.', 'en');
  assert.ok(!between.some((c) => c.claimant === 'Killnet' && c.stance === 'warns'), show(between));
});

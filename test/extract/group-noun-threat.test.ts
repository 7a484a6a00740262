/**
 * A threat group's threat told with a group noun for the group named before ("The group threatened to
 * publish the data of German ministries", "Le groupe a menacé de viser d'autres sites allemands",
 * "Die Gruppe drohte, ...", "El grupo amenazó con ...", "Группировка пригрозила ...", "Nhóm này đe dọa
 * ...", "该组织威胁将 ..."): the group threatens, and the party its threatened act names is the one
 * threatened. A threat group's threat that names no one is not given the target of another party's
 * accusation, nor the group itself. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const threatens = (body: string, lang: string, target: string | undefined) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === 'Killnet' && c.stance === 'warns' && c.target === target), `${lang}: ${show(cs)}`);
};

test('en, fr, de: the group noun subject of a threat is the group named before', () => {
  threatens('Killnet claimed the attack. The group threatened to publish the data of German ministries.', 'en', 'DE');
  threatens("Dans son message, Killnet a présenté l'opération comme une riposte. Le groupe a menacé de viser d'autres sites allemands.", 'fr', 'DE');
  threatens('Killnet bekannte sich zu dem Angriff. Die Gruppe drohte, die Daten des polnischen Ministeriums zu veröffentlichen.', 'de', 'PL');
});

test('es, ru, vi, zh: the group noun subject of a threat is the group named before', () => {
  threatens('Killnet reivindicó el ataque. El grupo amenazó con publicar los datos de los ministerios polacos.', 'es', 'PL');
  threatens('Killnet взяла на себя ответственность за атаку. Группировка пригрозила опубликовать данные польских министерств.', 'ru', 'PL');
  threatens('Killnet đã nhận trách nhiệm về vụ tấn công. Nhóm này đe dọa tấn công các cơ quan chính phủ Ba Lan.', 'vi', 'PL');
  threatens('Killnet声称对攻击负责。该组织威胁将公布波兰政府部门的数据。', 'zh', 'PL');
});

test('a threat naming no one threatens no one named, never the group itself nor whom others accuse', () => {
  const cs = claimsOf('Lithuania accused Russia of backing the attack. Killnet claimed the attack. The group threatened to publish the data.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'Killnet' && c.stance === 'warns' && !c.target), show(cs));
  const de = claimsOf('Die Gruppe Killnet bekannte sich am Mittwoch zu dem Angriff. Sie drohte, den Quellcode zu veröffentlichen.', 'de');
  assert.ok(!de.some((c) => c.claimant === 'Killnet' && c.stance === 'warns' && c.target === 'Killnet'), show(de));
});

test('negative: no group named before, a group noun that threatens nothing, a party between', () => {
  const none = claimsOf('The group threatened to publish the data of German ministries.', 'en');
  assert.ok(!none.some((c) => c.stance === 'warns'), show(none));
  const assessment = claimsOf('Killnet claimed the attack. The group published a threat assessment.', 'en');
  assert.ok(!assessment.some((c) => c.claimant === 'Killnet' && c.stance === 'warns'), show(assessment));
  const other = claimsOf('Killnet claimed the attack. The German government said Poland threatened to publish the data.', 'en');
  assert.ok(!other.some((c) => c.claimant === 'Killnet' && c.stance === 'warns'), show(other));
});

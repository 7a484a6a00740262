/**
 * A state body named with a sector word ("the finance ministry", "Bộ Tài chính", "财政部") is
 * government when it is hit; the sector word only says which body it is. A body whose name is the
 * knowledge's own term for a sector ("defence ministry") is that sector as well, and an electoral
 * commission is the elections' own infrastructure and stays elections. A body that speaks is no victim.
 * Also the victim and attack words these sentences need: Spanish present "ataca", Russian
 * "пострадавшие", German "greift ... an" with its verb particle several tokens on. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const sectors = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).sectors.map((s) => s.name).sort();

test('a ministry named after a sector is government when hit (en, vi, zh, ru)', () => {
  assert.deepEqual(sectors("Hackers broke into the finance ministry's mail servers.", 'en'), ['government']);
  assert.deepEqual(sectors('Victims included two regional banks and the finance ministry.', 'en'), ['finance', 'government']);
  assert.deepEqual(sectors('Tin tặc đã xâm nhập hệ thống của Bộ Tài chính.', 'vi'), ['government']);
  assert.deepEqual(sectors('黑客入侵了财政部的邮件系统。', 'zh'), ['government']);
  assert.deepEqual(sectors('Среди пострадавших — Министерство финансов.', 'ru'), ['government']);
});

test("a ministry that is the knowledge's own sector term is that sector and government; a German compound's stem is a modifier", () => {
  assert.deepEqual(sectors("Hackers broke into the defence ministry's mail servers.", 'en'), ['defense', 'government']);
  assert.deepEqual(sectors('Die Hacker drangen in das Verteidigungsministerium ein.', 'de'), ['defense', 'government']);
  assert.deepEqual(sectors('Die Hacker drangen in das Finanzministerium ein.', 'de'), ['government']);
});

test('an electoral commission hit is elections and government', () => {
  assert.deepEqual(sectors('The intrusion at the election commission exposed voter rolls.', 'en'), ['elections', 'government']);
});

test('a defence sector in Chinese is not the defence ministry', () => {
  assert.deepEqual(sectors('黑客攻击了国防部门和电力企业。', 'zh'), ['defense', 'energy']);
});

test('a ministry that speaks is no victim', () => {
  assert.deepEqual(sectors('The finance ministry said the attack on two banks had failed.', 'en'), ['finance']);
});

test('present-tense and split attack verbs mark the victims (es, de)', () => {
  assert.deepEqual(sectors('El grupo ataca a operadores de telecomunicaciones.', 'es'), ['telecommunications']);
  assert.deepEqual(sectors('Die Gruppe greift seit 2022 Telekommunikationsanbieter und Internetprovider an.', 'de'), ['telecommunications']);
});

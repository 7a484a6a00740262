/**
 * A known organisation speaks under its usual English name whatever form the text writes: its name in
 * another script ("盘古实验室" is Pangu Lab), its short form where the usual name is longer ("NSO" is NSO
 * Group, "CBC" is CBC News) or its long form where the usual name is short ("Lumen Technologies" is Lumen).
 * Facebook and Meta are each named as the text names them (the company changed its name in 2021).
 * Negatives: a unit that the labels keep under its own name ("Cisco Talos") stays, a unit named after its
 * company ("Check Point Research") is the company, an unknown organisation keeps the name it is written with.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: string, target: string | null) =>
  cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && (c.target ?? null) === target);

for (const [lang, body, claimant, stance, target] of [
  ['zh', '盘古实验室发布报告称，该后门程序隶属于美国国家安全局下属的一个黑客组织。', 'Pangu Lab', 'attributes', 'US'],
  ['zh', '盤古實驗室表示，這款後門程式出自美國國家安全局的駭客組織。', 'Pangu Lab', 'attributes', 'US'],
  ['zh', '脸书表示，这两个黑客组织与伊朗政府有关。', 'Facebook', 'attributes', 'IR'],
  ['ru', 'Фейсбук заявил, что сеть управлялась иранскими государственными хакерами.', 'Facebook', 'attributes', 'IR'],
  ['en', 'Meta said the network was operated by Iranian state hackers.', 'Meta', 'attributes', 'IR'],
  ['en', 'NSO denied any role in the surveillance of the reporters.', 'NSO Group', 'denies', 'NSO Group'],
  ['es', 'NSO Group negó cualquier participación en el espionaje de los periodistas.', 'NSO Group', 'denies', 'NSO Group'],
  ['de', 'NSO bestreitet jede Beteiligung an der Überwachung der Journalisten.', 'NSO Group', 'denies', 'NSO Group'],
  ['ru', 'NSO отрицает какую-либо причастность к слежке за журналистами.', 'NSO Group', 'denies', 'NSO Group'],
  ['en', 'According to the CBC report, the intrusion was traced to servers in Russia.', 'CBC News', 'attributes', 'RU'],
  ['fr', "Selon CBC News, l'intrusion a été menée par des pirates chinois.", 'CBC News', 'attributes', 'CN'],
  ['en', 'Lumen said the botnet was operated by Chinese state hackers.', 'Lumen', 'attributes', 'CN'],
  ['en', 'Lumen Technologies said the botnet was operated by Chinese state hackers.', 'Lumen', 'attributes', 'CN'],
] as const) {
  test(`${lang}: a known organisation under its usual English name (${claimant}): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(has(cs, claimant, stance, target), show(cs));
  });
}

for (const [lang, body, claimant] of [
  ['en', 'Cisco Talos said the campaign was run by Iranian state hackers.', 'Cisco Talos'],
  ['en', 'Check Point Research said the campaign was run by Iranian state hackers.', 'Check Point'],
  ['en', 'Velmora Labs said the campaign was run by Iranian state hackers.', 'Velmora Labs'],
] as const) {
  test(`${lang}: a unit or an unknown organisation keeps its form (negative): ${claimant}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(has(cs, claimant, 'attributes', 'IR'), show(cs));
  });
}

/**
 * Reported words that compare clues ("the backdoor bears strong similarities to malware X deployed",
 * "présente des similitudes avec", "Überschneidungen zwischen", "muestra solapamientos con", "есть пересечения
 * с", "có nhiều điểm tương đồng với", "存在大量重叠") tell a resemblance, not an act: the source attributes
 * nothing to the group compared with (resemblance.ts). Each negative gave an attribution before, in en, fr,
 * de, es, ru, vi and zh. Controls: the same source reporting the group's act still attributes it, and a
 * resemblance given as grounds ("căn cứ vào máy chủ trùng lặp") leaves the finding it grounds. Names of
 * the lab and the tool invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const byLab = (cs: ReturnType<typeof claimsOf>) => cs.filter((c) => c.claimant === 'Norvane Labs' && (c.stance === 'attributes' || c.stance === 'accuses'));

for (const [lang, body] of [
  ['en', 'Norvane Labs said the new backdoor bears strong similarities to malware that Mustang Panda deployed last year.'],
  ['fr', 'Selon Norvane Labs, le logiciel Quillfrost présente de nombreuses similitudes avec les outils employés par APT28.'],
  ['de', 'Laut Norvane Labs gibt es deutliche Überschneidungen zwischen Quillfrost und den Werkzeugen von APT28.'],
  ['es', 'Según Norvane Labs, el programa Quillfrost muestra solapamientos con las herramientas de APT28.'],
  ['ru', 'По данным Norvane Labs, у вредоносной программы Quillfrost есть пересечения с инструментами APT28.'],
  ['vi', 'Theo Norvane Labs, mã độc Quillfrost có nhiều điểm tương đồng với công cụ của nhóm APT28.'],
  ['zh', 'Norvane Labs指出，Quillfrost与APT28使用的工具存在大量重叠。'],
] as const) {
  test(`${lang}: a reported resemblance attributes nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'New backdoor analysed' });
    assert.deepEqual(byLab(cs), [], show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Norvane Labs said APT28 broke into the networks of three ministries.'],
  ['fr', 'Selon Norvane Labs, APT28 a piraté les réseaux de trois ministères.'],
  ['ru', 'По данным Norvane Labs, APT28 взломала сети трех министерств.'],
  ['vi', 'Theo Norvane Labs, nhóm APT28 đã xâm nhập mạng của ba bộ.'],
  ['vi', 'Norvane Labs cho biết, căn cứ vào máy chủ trùng lặp, Quillfrost thuộc về nhóm APT28.'],
  ['zh', 'Norvane Labs指出，APT28入侵了三个部委的网络。'],
] as const) {
  test(`${lang}: a reported act still attributes (control): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministries hacked' });
    assert.ok(byLab(cs).some((c) => c.target === 'APT28'), show(cs));
  });
}

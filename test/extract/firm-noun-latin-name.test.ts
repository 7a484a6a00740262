/**
 * A firm told by its kind, then its own name in Latin letters the knowledge does not know: "американской компании
 * Velmora", "по данным российской фирмы Velmora", "công ty an ninh mạng Mỹ Velmora", "hãng bảo mật Nhật Bản Velmora"
 * (firm-names.ts). The firm noun right before the name, or before a state between them, makes the name an organisation,
 * whatever the verb; a noun for a program or malware, or a compound, makes none. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, firm] of [
  // The nationality adjective before the noun, a source marker and two words before the name.
  ['ru', 'По данным российской фирмы Korvantis, атаку на сеть провела группировка APT28.', 'Korvantis'],
  ['ru', 'Как сообщили в американской компании Tessarine, атаку на сеть провела группировка APT28.', 'Tessarine'],
  ['ru', 'По словам аналитиков японской корпорации Hoshimura, атаку на сеть провела группировка APT28.', 'Hoshimura'],
  // The state after the noun and the words of its trade.
  ['vi', 'Công ty an ninh mạng Mỹ Korvantis cho biết nhóm APT28 đứng sau vụ tấn công.', 'Korvantis'],
  ['vi', 'Các nhà nghiên cứu của hãng bảo mật Nhật Bản Hoshimura cho rằng nhóm APT28 đứng sau vụ tấn công.', 'Hoshimura'],
  ['vi', 'Theo doanh nghiệp Israel Tessarine, nhóm APT28 đứng sau vụ tấn công.', 'Tessarine'],
  // Languages whose head patterns already read the firm: they keep doing so.
  ['zh', '美国公司Korvantis表示，APT28组织是此次攻击的幕后黑手。', 'Korvantis'],
  ['es', 'Según la empresa estadounidense Korvantis, el grupo APT28 está detrás del ataque.', 'Korvantis'],
  ['fr', 'Selon la société américaine Korvantis, le groupe APT28 est derrière l\'attaque.', 'Korvantis'],
  ['de', 'Laut der Firma Korvantis steckt die Gruppe APT28 hinter dem Angriff.', 'Korvantis'],
] as const) {
  test(`${lang}: a firm noun names the Latin-script firm after it: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === firm && c.about.includes('APT28')), show(cs));
  });
}

for (const [lang, body, name] of [
  // A program or a piece of malware is no firm.
  ['ru', 'По данным программы Korvantis, атаку на сеть провела группировка APT28.', 'Korvantis'],
  ['ru', 'Вредоносная программа Korvantis, по данным экспертов, связана с группировкой APT28.', 'Korvantis'],
  // A technical word compounded with a Russian noun is no name.
  ['ru', 'Сотрудники компании DDoS-атаки отразили, сообщили в министерстве.', 'DDoS'],
  ['vi', 'Mã độc Hoshimura được nhóm APT28 sử dụng, theo các chuyên gia.', 'Hoshimura'],
  ['vi', 'Theo phần mềm Hoshimura, nhóm APT28 đứng sau vụ tấn công.', 'Hoshimura'],
] as const) {
  test(`${lang}: no firm without a firm noun: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === name), show(cs));
  });
}

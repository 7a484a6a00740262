/**
 * A threat group referred back to by a definite group noun as the subject of a demand ("The group demanded the
 * release of ...", "Le groupe exige ...", "Die Gruppe verlangt ...", "El grupo exige ...", "Группировка
 * потребовала ...", "该组织要求 ...", "Nhóm này yêu cầu ..."): the group named before calls for it. Negatives: the
 * group as the one a state calls on, and a group noun with its own complement ("the group of seven"), make no
 * call of the threat group. Names and events invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const demands = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.claimant === 'Storm Kitten' && c.stance === 'calls-for');

for (const [lang, body] of [
  ['en', 'The hacking group Storm Kitten encrypted the railway servers on Monday. The group demanded the release of two jailed bloggers.'],
  ['fr', 'Le groupe de pirates Storm Kitten a chiffré les serveurs du réseau ferré. Le groupe exige la libération de deux blogueurs emprisonnés.'],
  ['de', 'Die Hackergruppe Storm Kitten hat die Server der Bahn verschlüsselt. Die Gruppe verlangt die Freilassung von zwei inhaftierten Bloggern.'],
  ['es', 'El grupo de hackers Storm Kitten cifró los servidores del ferrocarril. El grupo exige la liberación de dos blogueros encarcelados.'],
  ['ru', 'Хакерская группировка Storm Kitten зашифровала серверы железной дороги. Группировка потребовала освободить двух задержанных блогеров.'],
  ['zh', '黑客组织Storm Kitten加密了铁路公司的服务器。该组织要求释放两名被关押的博主。'],
  ['vi', 'Nhóm tin tặc Storm Kitten đã mã hóa máy chủ của công ty đường sắt. Nhóm này yêu cầu trả tự do cho hai blogger bị giam giữ.'],
] as const) {
  test(`${lang}: the group referred back to makes the demand: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Railway servers encrypted' });
    assert.ok(demands(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The hacking group Storm Kitten encrypted the railway servers on Monday. The government urged the group to hand over the keys.'],
  ['en', 'The hacking group Storm Kitten encrypted the railway servers on Monday. The group of seven called for restraint.'],
  ['ru', 'Хакерская группировка Storm Kitten зашифровала серверы железной дороги. Власти потребовали от группировки вернуть данные.'],
  ['de', 'Die Hackergruppe Storm Kitten hat die Server der Bahn verschlüsselt. Die Regierung forderte die Gruppe auf, die Daten zurückzugeben.'],
] as const) {
  test(`${lang}: the group called on, or another group, demands nothing (negative): ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Railway servers encrypted' });
    assert.ok(!demands(cs), show(cs));
  });
}

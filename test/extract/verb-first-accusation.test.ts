/**
 * A sentence that opens with its verb of accusation, with no subject of its own, is the accusation of
 * the one who spoke last ("X rejected the accusations. Accused London of ..." in subject-dropping
 * languages). A participle that opens a sentence, closed off by a comma, has a subject of its own
 * after it and is no accusation by the last speaker. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const DROPPED: Array<[lang: string, body: string, speaker: string, accused: string]> = [
  ['es', 'Rusia rechazó las acusaciones. Acusó a Londres de espiar las embajadas rusas.', 'RU', 'GB'],
  ['es', 'China negó las acusaciones. Acusó a Estados Unidos de piratear sus universidades.', 'CN', 'US'],
  ['ru', 'Россия отвергла обвинения. Обвинила Лондон в шпионаже против российских посольств.', 'RU', 'GB'],
  ['zh', '俄罗斯否认了这些指控。指责英国对其使馆实施网络间谍活动。', 'RU', 'GB'],
  ['vi', 'Nga bác bỏ các cáo buộc. Cáo buộc Anh do thám các đại sứ quán của Nga.', 'RU', 'GB'],
];

for (const [lang, body, speaker, accused] of DROPPED) {
  test(`${lang}: a sentence opening with its verb of accusation accuses by the last speaker`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === speaker && c.stance === 'denies'), show(cs));
    assert.ok(attributes(cs, speaker, accused), show(cs));
  });
}

const PARTICIPLE: Array<[lang: string, body: string, speaker: string, other: string]> = [
  ['en', 'Russia rejected the accusations. Accused of spying, the Russian diplomat left Britain.', 'RU', 'GB'],
  ['fr', "La Russie a rejeté les accusations. Accusé d'espionnage, le diplomate russe a quitté la France.", 'RU', 'FR'],
  ['es', 'Rusia negó las acusaciones. Acusado de espionaje, el diplomático ruso salió de España.', 'RU', 'ES'],
];

for (const [lang, body, speaker, other] of PARTICIPLE) {
  test(`${lang}: an opening participle closed off by a comma is no accusation by the last speaker`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, speaker, other), show(cs));
  });
}

/**
 * Chinese and Vietnamese join a speaker's appeal to what the speaker said with a comma alone ("X表示，……，
 * 呼吁……", "X cho biết ..., kêu gọi ..."): the appeal is the speaker's, not that of the party the reported
 * clause tells of. Negatives: a subject of its own before the appeal ("一方面呼吁"), an appeal after a
 * longer report that goes on with its own actor's acts. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const TITLE = 'Election systems under attack';
const callsFor = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.some((c) => c.claimant === claimant && c.stance === 'calls-for');

for (const [lang, body] of [
  ['zh', '韩国国家情报院周二表示，朝鲜可能在地方选举前发动网络攻击，呼吁选举委员会尽快加强安全措施。'],
  ['zh', '韓國國家情報院週二表示，北韓可能在地方選舉前發動網路攻擊，呼籲選舉委員會儘速加強資安措施。'],
  ['vi', 'Cơ quan tình báo Hàn Quốc cho biết Triều Tiên có thể tấn công mạng trước cuộc bầu cử địa phương, kêu gọi ủy ban bầu cử tăng cường bảo mật.'],
] as const) {
  test(`${lang}: an appeal joined by a comma is the speaker's: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(callsFor(cs, 'KR'), show(cs));
    assert.ok(!callsFor(cs, 'KP'), show(cs));
  });
}

for (const [lang, body] of [
  // The reported clause's own subject goes on ("on the one hand ..., on the other ..."): not the speaker's appeal.
  ['zh', '韩国国家情报院周二表示，朝鲜一方面否认发动网络攻击，一方面呼吁各国加强合作。'],
  // A longer report goes on with its own actor's acts: the emails urge, not the speaker.
  ['vi', 'Cơ quan tình báo Hàn Quốc cho biết Triều Tiên, thông qua một đơn vị tin tặc, đã gửi hàng nghìn email tới các nhà báo, kêu gọi chính phủ Nhật Bản hành động.'],
] as const) {
  test(`${lang}: a subject of its own before the appeal (negative): ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: TITLE });
    assert.ok(!callsFor(cs, 'KR'), show(cs));
  });
}

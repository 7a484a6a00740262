/**
 * An order to investigate is a call by the one who orders it, though the investigators it addresses are its own
 * state's and no other party is named: "ordered the prosecutor's office to investigate", "ordenó a la Fiscalía una
 * investigación", "a ordonné au parquet d'enquêter", "wies die Staatsanwaltschaft an, ... zu untersuchen", "поручил
 * прокуратуре расследовать", "下令检察机关彻查", "chỉ đạo cơ quan điều tra làm rõ". Negatives: an order told in the
 * passive or impersonally names no one who orders; an order that is no inquiry; a denial with "wies ... zurück".
 * Names and sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const positives: [string, string, string, string][] = [
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry. The Estonian president ordered the prosecutor\'s office to investigate the intrusion.', 'EE'],
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry. The Estonian prime minister ordered an urgent inquiry into the intrusion.', 'EE'],
  ['es', 'Colombia denuncia espionaje', 'Militares colombianos vigilaron en secreto a los negociadores de paz. El presidente colombiano ordenó a la Fiscalía y a la Policía una investigación exhaustiva.', 'CO'],
  ['fr', 'L’Estonie victime d’une intrusion', 'Des pirates ont pénétré les serveurs du ministère estonien des Finances. Le président estonien a ordonné au parquet d\'enquêter sur l\'intrusion.', 'EE'],
  ['de', 'Estland meldet Angriff', 'Hacker drangen in die Server des estnischen Finanzministeriums ein. Der estnische Präsident wies die Staatsanwaltschaft an, den Angriff zu untersuchen.', 'EE'],
  ['ru', 'Эстония сообщила о взломе', 'Хакеры взломали серверы министерства финансов Эстонии. Президент Эстонии поручил прокуратуре расследовать атаку.', 'EE'],
  ['zh', '爱沙尼亚通报网络攻击', '黑客入侵了爱沙尼亚财政部的服务器。爱沙尼亚总统下令检察机关彻查此次攻击。', 'EE'],
  ['vi', 'Estonia bị tấn công mạng', 'Tin tặc đã xâm nhập máy chủ của Bộ Tài chính Estonia. Tổng thống Estonia đã chỉ đạo cơ quan điều tra làm rõ vụ tấn công.', 'EE'],
];

for (const [lang, title, body, who] of positives) {
  test(`${lang}: an order to investigate is a call: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(cs.some((c) => c.claimant === who && c.stance === 'calls-for'), show(cs));
  });
}

const negatives: [string, string, string][] = [
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry. An inquiry was ordered last week.'],
  ['en', 'Estonia reports a breach', 'Hackers broke into the servers of the Estonian finance ministry. The Estonian president ordered new laptops for the ministry.'],
  ['es', 'Colombia denuncia espionaje', 'Militares colombianos vigilaron en secreto a los negociadores de paz. Se ordenó una investigación para conocer el alcance del caso.'],
  ['fr', 'L’Estonie victime d’une intrusion', 'Des pirates ont pénétré les serveurs du ministère estonien des Finances. Une enquête a été ordonnée par la justice.'],
  ['de', 'Estland meldet Angriff', 'Hacker drangen in die Server des estnischen Finanzministeriums ein. Der estnische Präsident wies die Kritik an der Behörde zurück.'],
  ['vi', 'Estonia bị tấn công mạng', 'Tin tặc đã xâm nhập máy chủ của Bộ Tài chính Estonia dưới sự chỉ đạo của một cơ quan tình báo để điều tra các quan chức.'],
];

for (const [lang, title, body] of negatives) {
  test(`${lang}: no order to investigate by anyone named (negative): ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
  });
}

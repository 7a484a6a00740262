/**
 * The list that makes a joint act co-signs it: "X and Y released a joint advisory", "X und Y haben eine gemeinsame
 * Warnung veröffentlicht", "X và Y ra khuyến cáo chung". A later collective reference ("the authoring agencies",
 * "die beteiligten Behörden", "các cơ quan tham gia") names those co-signers again, however far back the act was
 * told: each makes the claim, one claim per co-signer. A list that is the object of a verb before it ("Russia
 * condemned X and Y over their joint advisory") signs nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const FILLER: Record<string, string> = {
  en: 'Ports and rail operators were among the targets. The intrusions began in 2021. The actors reused stolen passwords. Several victims paid ransoms. Recovery took weeks.',
  de: 'Betroffen waren Häfen und Bahnbetreiber. Die Angriffe begannen 2021. Die Täter nutzten gestohlene Passwörter. Mehrere Opfer zahlten Lösegeld. Die Wiederherstellung dauerte Wochen.',
  vi: 'Các cảng biển và công ty đường sắt bị nhắm tới. Các vụ xâm nhập bắt đầu từ năm 2021. Tin tặc dùng lại mật khẩu bị đánh cắp. Nhiều nạn nhân đã trả tiền chuộc. Việc khôi phục mất nhiều tuần.',
};

const CASES: Array<[string, string, string]> = [
  ['en', "The FBI and Britain's NCSC released a joint advisory on Sandworm.", 'The authoring agencies assess that Russia is behind Sandworm.'],
  ['de', 'Das FBI und das britische NCSC haben eine gemeinsame Warnung zu Sandworm veröffentlicht.', 'Die beteiligten Behörden machen Russland für Sandworm verantwortlich.'],
];
for (const [lang, first, last] of CASES) {
  test(`${lang}: a collective reference far after a joint act names all its co-signers`, () => {
    const cs = claimsOf(`${first} ${FILLER[lang]} ${last}`, lang);
    for (const s of ['US', 'GB']) assert.ok(cs.some((c) => c.claimant === s && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU'), `${s} ${show(cs)}`);
  });
}

test('en: a list named with a state glued to a short name ("NCSC-UK") co-signs the joint act', () => {
  const cs = claimsOf("The FBI, the National Cyber Security Centre (NCSC-UK) and Norway's police are releasing this joint advisory on Sandworm. The authoring agencies assess that Russia is behind Sandworm.", 'en');
  for (const s of ['US', 'GB', 'NO']) assert.ok(cs.some((c) => c.claimant === s && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'RU'), `${s} ${show(cs)}`);
});

test('en: the object of a verb before a joint act is no co-signer', () => {
  const cs = claimsOf("Russia condemned the FBI and Britain's NCSC over their joint advisory.", 'en');
  assert.ok(!cs.some((c) => (c.claimant === 'US' || c.claimant === 'GB') && c.method === 'echo'), show(cs));
});

test('en: one state\'s bodies alone make no coalition for a later collective reference', () => {
  const cs = claimsOf(`The FBI and the NSA released a joint advisory on Sandworm. ${FILLER.en} The authoring agencies assess that Russia is behind Sandworm.`, 'en');
  assert.ok(!cs.some((c) => c.claimant !== 'US' && c.claimant !== 'RU'), show(cs));
});

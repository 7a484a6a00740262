/**
 * "We" calling on a party in a quotation whose speaker is named after it: the addressee is the party
 * after the appeal's verb, even inside the cue ("expect Russia to", "appelons la Russie à"), never the
 * speaker's own state named after the quotation ("..., the Australian minister said"). So "we" is the
 * speaker's state, not its adversary. A "we" with no named speaker that calls on the accuser's side is
 * still the other side (self-stance.ts). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);
const calls = (body: string, lang: string): string[] => claims(body, lang).filter((c) => c.includes(' calls-for '));

test('a quoted "we" calls on the party after its verb; the speaker named after the quotation is its state (en, fr, es, de, ru, vi)', () => {
  const au = ['AU calls-for RU'];
  assert.deepEqual(calls('Australia sanctioned a Russian hacker. "We expect Russia to co-operate," the Australian minister said.', 'en'), au);
  assert.deepEqual(calls('Australia sanctioned a Russian hacker. "We want Moscow to understand that we expect them to co-operate fully," the Australian minister said.', 'en'), au);
  assert.deepEqual(calls("L'Australie a sanctionné un pirate russe. « Nous appelons la Russie à coopérer », a déclaré le ministre australien.", 'fr'), au);
  assert.deepEqual(calls('Australia sancionó a un hacker ruso. "Exhortamos a Rusia a cooperar", dijo el ministro australiano.', 'es'), au);
  assert.deepEqual(calls('Australien verhängte Sanktionen gegen einen russischen Hacker. „Wir fordern Russland auf, zu kooperieren“, sagte der australische Minister.', 'de'), au);
  assert.deepEqual(calls('Австралия ввела санкции против российского хакера. «Мы призываем Россию сотрудничать», — заявил австралийский министр.', 'ru'), au);
  assert.deepEqual(calls('Australia trừng phạt một tin tặc Nga. "Chúng tôi kêu gọi Nga hợp tác", Bộ trưởng Australia nói.', 'vi'), au);
});

test('no call by a state on itself: an unnamed "we" urging the accuser is the other side', () => {
  assert.deepEqual(calls('Australia accused Russia of cyberattacks. "We urge the Australian side to stop these smears."', 'en'), ['RU calls-for AU']);
  assert.deepEqual(calls('Russia accused Australia of lying. "We urge the Australian side to stop these smears," the Russian spokesperson said.', 'en'), ['RU calls-for AU']);
});

/**
 * A clause of its own after a comma, with its own subject before its stance verb ("..., which Minsk
 * denied", "..., a claim Minsk denied", "..., ce que Minsk dément"), is read apart: the denial is
 * the denier's, and the accusation or reported act before it stands. Sentences written for these
 * tests; the states are real, the events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`).sort();

test('an accusation and the denial in a clause of its own after it (7 languages)', () => {
  const both = ['BY denies BY', 'PL accuses BY'];
  assert.deepEqual(claims('Poland blamed Belarus for the attack on its railway, which Minsk denied.', 'en'), both);
  assert.deepEqual(claims('Poland blamed Belarus for the attack on its railway, but Minsk has denied it.', 'en'), both);
  assert.deepEqual(claims("La Pologne accuse la Biélorussie d'avoir piraté son réseau ferroviaire, ce que Minsk dément.", 'fr'), both);
  assert.deepEqual(claims('Polen macht Belarus für den Angriff auf die Bahn verantwortlich, was Minsk bestreitet.', 'de'), both);
  assert.deepEqual(claims('Polonia acusó a Bielorrusia del ataque contra su red ferroviaria, algo que Minsk niega.', 'es'), both);
  assert.deepEqual(claims('Польша обвинила Белоруссию в атаке на железную дорогу, что Минск отрицает.', 'ru'), both);
  assert.deepEqual(claims('Ba Lan cáo buộc Belarus tấn công mạng lưới đường sắt, điều mà Minsk bác bỏ.', 'vi'), both);
  assert.deepEqual(claims('波兰指责白俄罗斯攻击其铁路网络，但明斯克否认了这一说法。', 'zh'), both);
});

test('a reported act keeps its attribution beside the denial after it', () => {
  const both = ['BY denies BY', 'PL attributes BY'];
  assert.deepEqual(claims('Polish officials said Belarusian hackers had targeted the railway, a claim Minsk denied.', 'en'), both);
  assert.deepEqual(claims('Польские чиновники заявили, что белорусские хакеры атаковали железную дорогу, что Минск отрицает.', 'ru'), both);
  assert.deepEqual(claims('Các quan chức Ba Lan cho biết tin tặc Belarus đã tấn công đường sắt, điều mà Minsk bác bỏ.', 'vi'), both);
});

test('the denial is quoted with the accusation it answers', () => {
  const x = extract('Headline\nPoland blamed Belarus for the attack on its railway, which Minsk denied.\nSource: https://example.org/story', { lang: 'en' });
  const denial = x.claims.find((c) => c.stance === 'denies');
  assert.match(denial?.evidence.text ?? '', /^Poland blamed Belarus/);
});

test('a second verb with no subject of its own is still the first subject\'s', () => {
  assert.deepEqual(claims('Russia accused the United States of hacking its banks and warned of a response.', 'en'), ['RU accuses US', 'RU warns US']);
  assert.deepEqual(claims('Poland blamed Belarus and Russia for the attack on its railway.', 'en'), ['PL accuses BY', 'PL accuses RU']);
});

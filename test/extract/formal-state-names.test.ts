/**
 * Formal names of states whose core names neither state by itself ("Korea"), and the case forms of formal names:
 * a state-form noun with the name in apposition declines alone in Russian ("Республики Корея"), adjectives in -e
 * before the head take -n in German ("der Demokratischen Volksrepublik Korea"), several Russian adjectives before
 * the head decline together ("Корейскую Народно-Демократическую Республику"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { deWeakAdjectives, ruNounCases } from '../../src/knowledge/data/inflect.ts';

const claims = (lang: string, body: string) =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance === 'accuses' ? 'attributes' : c.stance} ${c.target ?? '-'}`);

test('de: the formal names of the two Koreas, declined after the article', () => {
  assert.deepEqual(claims('de', 'Die USA werfen der Demokratischen Volksrepublik Korea vor, Kryptowährung gestohlen zu haben. Die Angriffe trafen mehrere Banken.'), ['US attributes KP']);
  assert.deepEqual(claims('de', 'Der Geheimdienst der Republik Korea wirft Nordkorea vor, Diplomaten gehackt zu haben. Die Angriffe trafen mehrere Ministerien.'), ['KR attributes KP']);
});

test('ru: the formal names of the two Koreas in their cases', () => {
  assert.deepEqual(claims('ru', 'Служба разведки Республики Корея обвинила КНДР во взломе смартфонов дипломатов.'), ['KR attributes KP']);
  assert.deepEqual(claims('ru', 'Минфин США обвинил Корейскую Народно-Демократическую Республику в краже криптовалюты.'), ['US attributes KP']);
});

test('fr: the formal names of the two Koreas; the state-form word alone is no party', () => {
  assert.deepEqual(claims('fr', "Le Trésor américain accuse la République populaire démocratique de Corée d'avoir volé des cryptomonnaies."), ['US attributes KP']);
  assert.deepEqual(claims('fr', "Le service de renseignement de la République de Corée accuse la Corée du Nord d'avoir piraté des diplomates."), ['KR attributes KP']);
});

test('zh and vi: the formal names of South Korea and of the Republic of China', () => {
  assert.deepEqual(claims('zh', '大韩民国政府指责朝鲜黑客攻击了其外交部。'), ['KR attributes KP']);
  assert.deepEqual(claims('zh', '中华民国政府指责中国黑客攻击了其外交部。'), ['TW attributes CN']);
  assert.deepEqual(claims('vi', 'Chính phủ Đại Hàn Dân Quốc cáo buộc Triều Tiên tấn công mạng bộ ngoại giao.'), ['KR attributes KP']);
});

test('negatives: "Korea" alone, a people\'s republic of another state, a republic\'s office', () => {
  // The bare core names neither Korea: no claim against either.
  assert.ok(!claims('de', 'Die USA werfen Hackern aus Korea vor, Kryptowährung gestohlen zu haben. Die Angriffe trafen mehrere Banken.').some((c) => / K[PR]$/.test(c)));
  // Another people's republic is that state, not North Korea.
  assert.deepEqual(claims('de', 'Die USA werfen der Volksrepublik China vor, Kryptowährung gestohlen zu haben. Die Angriffe trafen mehrere Banken.'), ['US attributes CN']);
  assert.deepEqual(claims('ru', 'Минфин США обвинил Китайскую Народную Республику в краже криптовалюты.'), ['US attributes CN']);
});

test('the case forms are made only for formal names of these shapes', () => {
  assert.deepEqual(ruNounCases('Республика Корея'), ['Республики Корея', 'Республике Корея', 'Республику Корея', 'Республикой Корея']);
  assert.ok(ruNounCases('Корейская Народно-Демократическая Республика').includes('Корейскую Народно-Демократическую Республику'));
  assert.ok(ruNounCases('Новая Зеландия').includes('Новой Зеландии'));
  assert.deepEqual(deWeakAdjectives('Zentralafrikanische Republik'), ['Zentralafrikanischen Republik']);
  assert.deepEqual(deWeakAdjectives('Demokratische Volksrepublik Korea'), ['Demokratischen Volksrepublik Korea']);
  for (const name of ['Nordkorea', 'Republik Korea', 'Vereinigtes Königreich']) assert.deepEqual(deWeakAdjectives(name), [], name);
});

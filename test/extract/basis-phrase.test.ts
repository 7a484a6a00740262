/**
 * A report's basis in a participial phrase ("based on documents leaked by X", "basado en documentos filtrados por X",
 * "dựa trên tài liệu do X cung cấp", "на основе документов, переданных X"): the leaker, his nationality and the
 * journalist he handed the files to are neither the claimant nor the accused; the outlet reports and the state it
 * names is accused, however long the phrase between the outlet and its verb. Negatives: a "based in" of place; a
 * state speaking outside the phrase. Sentences written for these tests, about invented incidents and people.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

/** [lang, sentence, claimant, accused, a party of the basis that must not speak or be accused] */
const CASES: Array<[string, string, string, string, string]> = [
  ['es', 'Un reportaje de El País, apoyado en archivos que entregó el excontratista estadounidense Marco Vidal, reveló que agentes de Rusia espiaron los correos electrónicos de un sindicato portuario de Vigo.', 'El País', 'RU', 'US'],
  ['vi', 'Kênh TV Globo, dựa vào hồ sơ mà kỹ sư Pierre Morel chuyển cho tòa soạn, tiết lộ nhóm tin tặc được Trung Quốc hậu thuẫn đã đột nhập mạng nội bộ một bệnh viện ở Recife.', 'TV Globo', 'CN', 'Pierre Morel'],
  ['ru', 'Газета «Ведомости», на основе документов, переданных бывшим сотрудником ЦРУ Иво Маршем, сообщила, что хакеры, связанные с Ираном, взломали серверы строительной компании в Алматы.', 'Vedomosti', 'IR', 'US'],
];
/** Controls the pipeline already read right: the same construction in de and en. */
const CONTROLS: Array<[string, string, string, string, string]> = [
  ['de', 'Der Spiegel berichtete, gestützt auf Unterlagen eines früheren US-Analysten, Hacker im Auftrag Irans hätten die Server einer Reederei in Emden ausgespäht.', 'Der Spiegel', 'IR', 'US'],
  ['en', 'Reuters, based on files leaked by an Israeli hacker, reported that operatives working for Iran broke into the network of a grain trader in Hull.', 'Reuters', 'IR', 'IL'],
];
for (const [lang, sentence, claimant, accused, basis] of [...CASES, ...CONTROLS]) {
  test(`${lang}: the outlet reports, the basis phrase's ${basis} is no party`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, claimant, accused), show(cs));
    assert.ok(!cs.some((c) => c.claimant === basis || c.target === basis), show(cs));
  });
}

/** A long basis phrase between the outlet and its verb: its words do not count in the subject's reach. */
const LONG: Array<[string, string, string, string]> = [
  ['vi', 'Kênh TV Globo, dựa vào hồ sơ mà cựu kỹ sư hợp đồng Pierre Morel đã lần lượt chuyển cho nhà báo Lâm Hữu Phước suốt nhiều tháng, tiết lộ nhóm tin tặc được Iran hậu thuẫn đã đột nhập mạng nội bộ một hãng đóng tàu ở Santos.', 'TV Globo', 'IR'],
  ['es', 'El diario El País, apoyado en archivos que el excontratista Marco Vidal entregó durante meses al periodista Julián Soto y a otros dos reporteros, reveló que agentes de Rusia espiaron los correos electrónicos de un astillero de Ferrol.', 'El País', 'RU'],
  ['en', 'The Guardian, based on documents that a former contractor named Ivo Marsh handed over last spring to two of its reporters in Leeds, revealed that operatives working for Iran broke into the network of a grain trader in Hull.', 'The Guardian', 'IR'],
];
for (const [lang, sentence, claimant, accused] of LONG) {
  test(`${lang}: a long basis phrase between ${claimant} and its verb`, () => {
    const cs = claimsOf(sentence, lang);
    assert.ok(attributes(cs, claimant, accused), show(cs));
  });
}

test('en: "based in" a place is no basis phrase (negative)', () => {
  const cs = claimsOf('Marsden Labs, a firm based in Ohio, said hackers working for Iran broke into the network of a grain trader.', 'en');
  assert.ok(attributes(cs, 'Marsden Labs', 'IR'), show(cs));
});

test('fr: a state named outside the basis phrase still speaks (negative)', () => {
  const cs = claimsOf("La France, s'appuyant sur des documents saisis chez un prestataire, accuse la Russie d'avoir piraté le réseau d'un port breton.", 'fr');
  assert.ok(attributes(cs, 'FR', 'RU'), show(cs));
});

/**
 * An embassy by its kind noun alone ("The Embassy firmly rejects ...", "Посольство отвергает ...", "L'ambassade rejette
 * ...", "La Embajada rechaza ...", "Die Botschaft weist ... zurück", "Đại sứ quán bác bỏ ...", "使馆坚决反对 ..."): in an
 * embassy's own statement it is the publisher's state, even when another state spoke last; in a news report it points
 * back to the embassy named last, whoever spoke in between. Negatives: an embassy of another state named in the
 * sentence, an embassy that is only the victim, and a bare embassy noun with no embassy named and no state publishing.
 * Sentences, states' statements and groups written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const denies = (cs: ClaimCandidate[], claimant: string): boolean => cs.some((c) => c.claimant === claimant && c.stance === 'denies');

// An embassy's own statement: the accuser speaks in the sentence before, the embassy answers by its kind noun.
for (const [lang, title, body, embassy, accuser] of [
  ['en', 'Statement of the Embassy of the Republic of Korea in Japan', 'Several Japanese newspapers claimed this week that Korea was behind the hacking group APT37. The Embassy categorically rejects these groundless allegations.', 'KR', 'JP'],
  ['ru', 'Заявление Посольства России в Эстонии', 'Эстонская полиция обвинила Россию в атаках группировки Sandworm. Посольство решительно отвергает эти беспочвенные обвинения.', 'RU', 'EE'],
  ['fr', "Déclaration de l'Ambassade de Chine au Luxembourg", "Le parquet luxembourgeois a accusé la Chine d'être derrière le groupe APT31. L'ambassade rejette catégoriquement ces allégations.", 'CN', 'LU'],
  ['vi', 'Tuyên bố của Đại sứ quán Trung Quốc tại Philippines', 'Cảnh sát Philippines cáo buộc Trung Quốc đứng sau nhóm APT40. Đại sứ quán bác bỏ các cáo buộc vô căn cứ này.', 'CN', 'PH'],
  ['zh', '中国驻捷克使馆声明', '捷克警方指责中国支持APT31黑客组织。使馆坚决反对这种毫无根据的指责。', 'CN', 'CZ'],
  ['es', 'Comunicado de la Embajada de China en Chile', 'La policía chilena acusó a China de estar detrás del grupo APT15. La Embajada rechaza categóricamente estas acusaciones infundadas.', 'CN', 'CL'],
  ['de', 'Erklärung der Botschaft der Volksrepublik China in Österreich', 'Die österreichische Polizei hat China vorgeworfen, hinter der Gruppe APT27 zu stehen. Die Botschaft weist diese haltlosen Vorwürfe entschieden zurück.', 'CN', 'AT'],
] as const) {
  test(`${lang}: an embassy's own statement names itself by its kind noun: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(denies(cs, embassy), show(cs));
    assert.ok(!denies(cs, accuser), show(cs));
  });
}

// A news report: the embassy named once, another speaker between, then the kind noun alone.
for (const [lang, body, embassy, other] of [
  ['en', "OTTAWA (Reuters) - Canada's cyber agency said on Tuesday that APT41 was working for China. The Chinese embassy in Ottawa declined to comment on Tuesday. Canada's foreign minister repeated the accusation. On Wednesday the embassy rejected the accusation as a smear.", 'CN', 'CA'],
  ['ru', 'ПРАГА, 3 мая (Рейтер) - МИД Чехии обвинил Россию в атаках группировки APT28. Посольство России в Праге ранее не комментировало ситуацию. Министр повторил обвинения. Посольство отвергло обвинения как клевету.', 'RU', 'CZ'],
  ['fr', "PARIS (AFP) - Le ministère français des Armées a accusé la Chine d'être derrière le groupe APT31. L'ambassade de Chine à Paris est restée muette mardi. Le ministre a répété l'accusation. L'ambassade a rejeté mercredi ces accusations.", 'CN', 'FR'],
  ['de', 'BERLIN (dpa) - Das Auswärtige Amt hat China vorgeworfen, hinter der Gruppe APT27 zu stehen. Die chinesische Botschaft in Berlin äußerte sich zunächst nicht. Die Ministerin bekräftigte den Vorwurf. Die Botschaft wies die Vorwürfe am Mittwoch zurück.', 'CN', 'DE'],
] as const) {
  test(`${lang}: in a news report the embassy's kind noun is the embassy named last: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyber accusation' });
    assert.ok(denies(cs, embassy), show(cs));
    assert.ok(!denies(cs, other), show(cs));
  });
}

// Near misses.
test('en: an embassy of another state named in the sentence speaks for that state', () => {
  const cs = claimsOf('OTTAWA (Reuters) - Canada accused China of being behind APT41. The embassy of Russia in Ottawa rejected the claim.', 'en', { title: 'Cyber accusation' });
  assert.ok(denies(cs, 'RU'), show(cs));
  assert.ok(!denies(cs, 'CN') && !denies(cs, 'CA'), show(cs));
});

test('ru: an embassy named with its state in the sentence is that state, not the publisher', () => {
  const cs = claimsOf('Литовская полиция обвинила Китай в атаках группировки APT31. Посольство Китая в Вильнюсе отвергло эти обвинения.', 'ru', { title: 'Заявление Посольства России в Литве' });
  assert.ok(denies(cs, 'CN'), show(cs));
  assert.ok(!denies(cs, 'LT'), show(cs));
});

test('en: an embassy that is only the victim is no claimant of the attribution', () => {
  const cs = claimsOf('WARSAW (AP) - The Russian embassy in Warsaw was hit by a cyberattack, Polish officials said. The embassy was hacked by a group calling itself Sandstorm Collective, which Polish officials linked to Belarus.', 'en', { title: 'Embassy hacked' });
  assert.ok(!cs.some((c) => c.claimant === 'RU' && (c.stance === 'attributes' || c.stance === 'accuses' || c.stance === 'denies')), show(cs));
});

test('es: with no embassy named and no state publishing, the kind noun is not the speaker before', () => {
  const cs = claimsOf('MADRID (EFE) - El Gobierno español acusó a Rusia de estar detrás del grupo APT28. La embajada rechazó las acusaciones.', 'es', { title: 'Acusación' });
  assert.ok(!denies(cs, 'ES'), show(cs));
});

test('de: "die Botschaft" as a message speaks for no one', () => {
  const cs = claimsOf('BERLIN (dpa) - Das Innenministerium warf Russland vor, hinter der Gruppe APT28 zu stehen. Die Botschaft an Moskau sei klar, sagte ein Sprecher.', 'de', { title: 'Vorwurf' });
  assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
});

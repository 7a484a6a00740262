/**
 * A person named in full and later by the family name alone ("Wang said", "Según Park", "M. Ferrand",
 * "Ông Hải", "Волгин заявил") speaks for the same state as the full name. East Asian names written in
 * Latin letters put the family name first ("Wang Jiahao", "Park Min-jae", "Kim Jong Un"), so their first
 * word, not their last, is the one the text repeats. Negative cases: a Western name whose first word is
 * also an East Asian family name keeps its last word; two people sharing the family name are not told
 * apart; a family name with no full name before it stays unattributed to a state.
 * Names and sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, claimant: string, body: string]> = [
  ['en', 'CN', 'Wang Jiahao, a spokesman for China\'s foreign ministry, held a briefing on Tuesday. Wang said the United States was behind the intrusions.'],
  ['en', 'KR', 'Park Min-jae, a South Korean lawmaker on the defence committee, spoke to reporters on Tuesday. According to Park, North Korea was behind the breach at the shipyard.'],
  ['en', 'KP', 'North Korean leader Kim Sol Gyu gave a speech on Friday. Kim said the United States had hacked the country\'s banks.'],
  ['es', 'CN', 'El portavoz chino Wang Jiahao compareció el martes en Pekín. Wang exhortó a Washington a dejar de espiar las redes de China.'],
  ['es', 'KR', 'La diputada surcoreana Park Min-jae habló el martes con la prensa. Según Park, Corea del Norte estaba detrás del robo de datos.'],
  ['fr', 'KR', 'Le député sud-coréen Park Min-jae s\'est exprimé mardi. Park a affirmé que la Corée du Nord était responsable du piratage.'],
  ['fr', 'FR', 'Le ministre français Julien Ferrand s\'est exprimé lundi. M. Ferrand a affirmé que la Russie était responsable de l\'attaque.'],
  ['de', 'CN', 'Der chinesische Außenamtssprecher Wang Jiahao äußerte sich am Dienstag. Wang sagte, die USA steckten hinter den Angriffen.'],
  ['de', 'DE', 'Der deutsche Innenminister Lukas Brenner äußerte sich am Montag. Herr Brenner sagte, Russland stecke hinter dem Angriff.'],
  ['vi', 'VN', 'Thứ trưởng Bộ Công an Việt Nam Trần Văn Khoa phát biểu hôm thứ Hai. Ông Khoa cho biết Trung Quốc đứng sau vụ tấn công.'],
  ['ru', 'RU', 'Премьер-министр России Михаил Волгин выступил в понедельник. Волгин заявил, что за атакой стоят США.'],
  ['zh', 'CN', '中国外交部发言人贺立群周二出席记者会。贺立群表示，美国是这次网络攻击的幕后黑手。'],
];

for (const [lang, claimant, body] of CASES) {
  test(`${lang}: a person named again by the family name speaks for their state: ${body.slice(-60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant), show(cs));
    assert.ok(!cs.some((c) => /^(?:Wang|Park|Kim|Ferrand|Brenner|Khoa|Волгин)$/u.test(c.claimant)), show(cs));
  });
}

test('en: a Western name opening with an East Asian family name keeps its last word as the surname', () => {
  const cs = claimsOf('Lee Hartwell, the British defence secretary, spoke on Monday. Hartwell said Russia was behind the attack.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'GB'), show(cs));
});

test('en: two people sharing a family name: the family name alone speaks for neither state (negative)', () => {
  const cs = claimsOf('Wang Jiahao, a spokesman for China\'s foreign ministry, and Wang Meiling, a Taiwanese legislator, spoke on Tuesday. Wang said the United States was behind the intrusions.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'CN' && c.evidence.text.startsWith('Wang said')), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'TW' && c.evidence.text.startsWith('Wang said')), show(cs));
});

test('en: a family name with no full name before it speaks for no state (negative)', () => {
  const cs = claimsOf('The breach at the shipyard was found in May. According to Park, North Korea was behind it.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'KR'), show(cs));
});

// Thai and Indonesian people go by the given name, the first word of the name ("Budi said", "ông Somchai").
const GIVEN: Array<[lang: string, claimant: string, body: string]> = [
  ['en', 'ID', 'Indonesia\'s cyber agency chief Budi Santoso spoke on Monday. Budi said China was behind the intrusion.'],
  ['en', 'TH', 'Thai minister Somchai Rattanakul spoke on Monday. According to Somchai, China was behind the intrusion.'],
  ['vi', 'TH', 'Bộ trưởng Kinh tế số Thái Lan Somchai Rattanakul phát biểu hôm thứ Hai. Trả lời chất vấn, ông Somchai cho biết Trung Quốc đứng sau vụ tấn công.'],
];

for (const [lang, claimant, body] of GIVEN) {
  test(`${lang}: a Thai or Indonesian person named again by the given name speaks for their state: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant), show(cs));
    assert.ok(!cs.some((c) => /^(?:Budi|Somchai)$/u.test(c.claimant)), show(cs));
  });
}

test('en: a British official is not named again by the given name (negative)', () => {
  const cs = claimsOf('British minister Peter Dalworth spoke on Monday. Peter said Russia was behind the intrusion.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'GB' && c.evidence.text.startsWith('Peter said')), show(cs));
});

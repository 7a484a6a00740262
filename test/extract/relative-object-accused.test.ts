/**
 * A relative clause set off by a comma whose relative word is the object or indirect object of its
 * accusation verb ("Iran, which Canberra blames for ...", "l'Iran, auquel Canberra impute ...", "Irán, al que
 * Canberra atribuye ...", "Иран, которому Канберра приписывает ...", "Iran, dem Canberra ... zuschreibt", "Iran,
 * nước mà Canberra cáo buộc ..."): the clause's own subject accuses its antecedent, not the other way round.
 * A relative word that is the subject ("Iran, which accuses ...", "l'Iran, qui accuse ...") keeps the
 * antecedent as the accuser; a relative clause with no accusation verb accuses no one. Sentences written
 * for this test; the states are real, the events invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const accuses = (cs: ReturnType<typeof claimsOf>, claimant: string, targets: string[]): boolean =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes') && targets.includes(c.target ?? ''));

/** Object relatives after the antecedent, in the object of the main verb or opening the sentence. */
const OBJECT_RELATIVES: Array<[lang: string, body: string]> = [
  ['fr', "La fuite mène à l'Iran, auquel Canberra impute les intrusions de MuddyWater dans deux universités."],
  ['fr', "Les enquêteurs visent l'Iran, que Canberra accuse d'avoir orchestré les intrusions de MuddyWater."],
  ['fr', "L'Iran, auquel Canberra impute les intrusions de MuddyWater, a convoqué l'ambassadeur australien."],
  ['es', 'La filtración conduce a Irán, al que Canberra atribuye las intrusiones de MuddyWater en dos universidades.'],
  ['es', 'Irán, al que Canberra atribuye las intrusiones de MuddyWater, convocó al embajador australiano.'],
  ['ru', 'Иран, которому Канберра приписывает вторжения MuddyWater, вызвал австралийского посла.'],
  ['ru', 'Сирия, которую Канберра обвиняет в атаках MuddyWater, вызвала австралийского посла.'],
  ['vi', 'Iran, nước mà Canberra cáo buộc đứng sau các vụ xâm nhập của MuddyWater, đã triệu tập đại sứ Australia.'],
];

for (const [lang, body] of OBJECT_RELATIVES) {
  test(`${lang}: the subject of an object relative clause accuses its antecedent`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(accuses(cs, 'AU', ['IR', 'SY']), `${body}\n${show(cs)}`);
    // The antecedent does not accuse the clause's subject.
    assert.ok(!cs.some((c) => (c.claimant === 'IR' || c.claimant === 'SY') && c.target === 'AU'), `${body}\n${show(cs)}`);
  });
}

test('en, ru, de, vi: object relatives after the main verb keep their reading', () => {
  for (const [lang, body] of [
    ['en', 'The leak was traced to Iran, which Canberra blames for the MuddyWater intrusions at two universities.'],
    ['ru', 'Утечка ведёт к Ирану, которому Канберра приписывает вторжения MuddyWater в сети двух университетов.'],
    ['de', 'Die Spur führt nach Iran, dem Canberra die Angriffe von MuddyWater auf zwei Universitäten zuschreibt.'],
    ['vi', 'Vụ rò rỉ dẫn tới Iran, nước mà Canberra cáo buộc đứng sau các vụ xâm nhập của MuddyWater.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'AU', 'IR'), `${body}\n${show(cs)}`);
    assert.ok(!attributes(cs, 'IR', 'AU'), `${body}\n${show(cs)}`);
  }
});

test('en, fr, es, ru: a subject relative keeps its antecedent as the accuser', () => {
  for (const [lang, body] of [
    ['en', 'Canberra, which blames Iran for the MuddyWater intrusions, recalled its envoy.'],
    ['fr', "Canberra, qui impute à l'Iran les intrusions de MuddyWater, a rappelé son ambassadeur."],
    ['es', 'Canberra, que atribuye a Irán las intrusiones de MuddyWater, llamó a consultas a su embajador.'],
    ['ru', 'Канберра, которая обвиняет Иран в атаках MuddyWater, отозвала посла.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'AU', 'IR'), `${body}\n${show(cs)}`);
    assert.ok(!attributes(cs, 'IR', 'AU'), `${body}\n${show(cs)}`);
  }
});

test('en, fr, es, de: an object relative with no accusation verb accuses no one', () => {
  for (const [lang, body] of [
    ['en', 'The MuddyWater report mentions Iran, which Canberra visited in May.'],
    ['fr', "Le rapport sur MuddyWater mentionne l'Iran, auquel Canberra a envoyé une note en mai."],
    ['es', 'El informe sobre MuddyWater menciona a Irán, al que Canberra envió una nota en mayo.'],
    ['de', 'Der Bericht über MuddyWater nennt Iran, dem Canberra im Mai eine Note schickte.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'accuses' || c.stance === 'attributes'), `${body}\n${show(cs)}`);
  }
});

/**
 * A threat predicate in a speaker's words ("said Russia poses a serious threat to Europe", "заявил, что
 * Россия является главной угрозой", "a déclaré que la Russie constitue la principale menace", "sagte,
 * Russland sei die größte Bedrohung", "dijo que Rusia representa una amenaza", "cho biết Nga là mối đe dọa",
 * "表示，俄罗斯是…最大威胁"): the speaker warns of the predicate's subject. Negative cases: the subject never
 * warns (with no speaker there is no claim at all), and a negated predicate ("is not a threat") warns of
 * no one. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SAID: Array<[lang: string, body: string]> = [
  ['en', "Estonia's defence minister said Russia poses a serious threat to Europe."],
  ['en', '"Russia remains the main threat to Europe," Estonia\'s defence minister said.'],
  ['ru', 'Россия является главной угрозой для Европы, заявил министр обороны Эстонии.'],
  ['fr', 'Le ministre estonien a déclaré que la Russie constitue la principale menace pour l\'Europe.'],
  ['de', 'Der estnische Minister sagte, Russland sei die größte Bedrohung für Europa.'],
  ['es', 'El ministro estonio dijo que Rusia representa una amenaza para Europa.'],
  ['vi', 'Bộ trưởng Quốc phòng Estonia cho biết Nga là mối đe dọa lớn nhất đối với châu Âu.'],
  ['zh', '爱沙尼亚国防部长表示，俄罗斯是欧洲面临的最大威胁。'],
];

const UNSPOKEN: Array<[lang: string, body: string]> = [
  ['en', 'Russia poses a serious threat to Europe.'],
  ['ru', 'Россия является главной угрозой для Европы.'],
  ['es', 'Rusia representa una amenaza para Europa.'],
];

const NEGATED: Array<[lang: string, body: string]> = [
  ['en', 'The Chinese foreign ministry said China is not a threat to any country.'],
  ['fr', "Le ministère chinois a déclaré que la Chine n'est pas une menace pour l'Europe."],
  ['de', 'Das chinesische Außenministerium sagte, China sei keine Bedrohung für Europa.'],
];

for (const [lang, body] of SAID) {
  test(`${lang}: a speaker telling that a state is a threat warns of that state`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target === 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

for (const [lang, body] of UNSPOKEN) {
  test(`${lang}: the subject of a threat predicate does not warn (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.claimant === 'RU'), show(cs));
  });
}

for (const [lang, body] of NEGATED) {
  test(`${lang}: a negated threat predicate warns of no one (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}

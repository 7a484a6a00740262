/**
 * A coordinated list of states before a predicate of blame or a verb-final accusation (claims/disjunct-accused.ts
 * accusedBefore, rules/blame.ts, rules/stance.ts): "hackers tied to X and Y were behind ...", "tin tặc làm việc cho X
 * và Y đứng sau ...", "X和Y的黑客是幕后黑手", "hat X und Y beschuldigt". Every state of the list is accused, not only the
 * one nearest the cue. Victims listed in the act's object, "neither ... nor" and a list of the act's targets are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const POSITIVE: [string, string, string][] = [
  ['en', "Auditors think operators paid by Belarus and Iran stood behind the sabotage of the grain exchange, Uruguay's economy ministry said.", 'UY'],
  ['en', 'Paraguayan prosecutors said hackers serving Belarus or Iran were behind the outage at the river port authority.', 'PY'],
  ['vi', 'Bộ Nội vụ Uruguay cho biết nhóm tin tặc phục vụ Belarus và Iran đứng sau sự cố tại sàn giao dịch ngũ cốc.', 'UY'],
  ['zh', '乌拉圭内政部表示，白俄罗斯和伊朗雇佣的黑客是粮食交易所停摆的幕后黑手。', 'UY'],
  ['ru', 'МВД Молдавии заявило, что хакеры из Белоруссии и Ирана стоят за сбоем на зерновой бирже.', 'MD'],
  ['es', 'La fiscalía de Paraguay afirmó que piratas pagados por Bielorrusia y Irán estaban detrás del apagón del puerto fluvial.', 'PY'],
  ['de', 'Die Staatsanwaltschaft Moldaus sagte, Hacker im Dienst von Belarus und Iran steckten hinter dem Ausfall der Getreidebörse.', 'MD'],
  ['de', 'Das moldauische Innenministerium hat Belarus und Iran im Frühjahr beschuldigt, die Getreidebörse lahmgelegt zu haben.', 'MD'],
];

for (const [lang, body, speaker] of POSITIVE) {
  test(`blamed-list-before: every state of the list is accused (${lang}) ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, speaker, 'BY'), show(cs));
    assert.ok(attributes(cs, speaker, 'IR'), show(cs));
  });
}

test('blamed-list-before: victims listed in the act are not accused (en, de, vi)', () => {
  for (const [lang, body, speaker] of [
    ['en', 'Paraguayan prosecutors said the crews who attacked Latvia and Lithuania last winter were behind the outage at the river port authority.', 'PY'],
    ['de', 'Das moldauische Innenministerium hat Belarus die Sabotage gegen Lettland und Litauen vorgeworfen.', 'MD'],
    ['vi', 'Bộ Nội vụ Uruguay cho biết nhóm tin tặc đã tấn công Latvia và Litva đứng sau sự cố tại sàn giao dịch.', 'UY'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!(attributes(cs, speaker, 'LV') && attributes(cs, speaker, 'LT')), `${lang} ${show(cs)}`);
  }
});

test('blamed-list-before: "neither ... nor" accuses no state of the list (en, es)', () => {
  for (const [lang, body, speaker] of [
    ['en', 'Paraguayan prosecutors said neither Belarus nor Iran was behind the outage at the river port authority.', 'PY'],
    ['es', 'La fiscalía de Paraguay afirmó que ni Bielorrusia ni Irán estaban detrás del apagón del puerto fluvial.', 'PY'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, speaker, 'BY'), `${lang} ${show(cs)}`);
  }
});

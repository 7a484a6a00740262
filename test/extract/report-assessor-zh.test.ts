/**
 * A report as the one who assesses: Chinese has no article, so a report noun opening a clause speaks only with a
 * verb of finding or assessing right after it (profile `reportRefs`). The verb may follow the confidence the
 * assessment is made with ("报告以高度信心评估，…", "报告以“中等信心”判断，…"), and a report may pin an act on a
 * party with the object fronted by 将/把 ("报告将此次入侵归因于…"): its author (named in the sentence before)
 * attributes. The same constructions with an article ("the report assessed with high confidence that ...",
 * "le rapport estime avec une confiance élevée que ...", "der Bericht ordnet ... zu") already speak. Negatives: a
 * report "以" a language or a format, "把" a focus on something, assess nothing. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = 'Phones of reporters hacked';

for (const [lang, body, who, whom] of [
  ['zh', '微软上周发布了一份调查报告。报告以高度信心评估，该运营者代表伊朗政府入侵了二十部手机。', 'Microsoft', 'IR'],
  ['zh', '微软上周发布了一份调查报告。报告以“中等信心”判断，一名运营者代表伊朗政府，入侵了十二部手机。', 'Microsoft', 'IR'],
  ['zh', '微軟上週發布了一份調查報告。報告判斷，伊朗駭客入侵了二十部手機。', 'Microsoft', 'IR'],
  ['zh', '谷歌的报告则把视野扩大到欧洲。报告将此次入侵活动归因于伊朗的黑客组织。', 'Google', 'IR'],
  ['zh', '谷歌发布了报告。报告把此次入侵归咎于俄罗斯军方黑客。', 'Google', 'RU'],
  ['en', 'Microsoft published a report last week. The report assessed with high confidence that Iranian hackers broke into twenty phones.', 'Microsoft', 'IR'],
  ['fr', "Microsoft a publié un rapport la semaine dernière. Le rapport estime avec une confiance élevée que des pirates iraniens ont piraté vingt téléphones.", 'Microsoft', 'IR'],
] as const) {
  test(`${lang}: a report that assesses speaks for its author: ${body.slice(0, 48)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(attributes(cs, who, whom), show(cs));
  });
}

for (const body of [
  '微软上周发布了一份调查报告。报告以英文撰写，伊朗黑客入侵了二十部手机。',
  '微软上周发布了一份调查报告。报告把重点放在伊朗黑客身上。',
]) {
  test(`zh: a report written in a language or putting a focus assesses nothing (negative): ${body.slice(15, 40)}`, () => {
    const cs = claimsOf(body, 'zh', { title });
    assert.ok(!attributes(cs, 'Microsoft', 'IR'), show(cs));
  });
}

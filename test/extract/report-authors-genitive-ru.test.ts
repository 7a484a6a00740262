/**
 * ru: the authors of a report named in the genitive after a source marker ("По оценке авторов доклада, ...", "По мнению
 * авторов отчета, ...") are the report's voice, as the nominative "Авторы доклада считают" is: its author speaks
 * (report-author.ts). A report no one is said to have written speaks for no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const body of [
  'ФБР опубликовало доклад о кампании. По оценке авторов доклада, за атаками стоит российская военная разведка.',
  'ФБР опубликовало доклад о кампании. По мнению авторов отчета, за атаками стоит российская военная разведка.',
]) {
  test(`ru: the report's authors in the genitive speak for its author: ${body.slice(36, 70)}`, () => {
    const cs = claimsOf(body, 'ru');
    assert.ok(attributes(cs, 'US', 'RU'), show(cs));
  });
}

test('ru: the authors of a report journalists cite, with no author named, claim nothing', () => {
  const cs = claimsOf('Журналисты цитируют доклад о кампании. По оценке авторов доклада, за атаками стоит российская военная разведка.', 'ru');
  assert.equal(cs.length, 0, show(cs));
});

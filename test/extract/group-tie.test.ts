/**
 * A speaker telling that a threat group is tied to another ("Velmora assesses that X is linked to Y",
 * "X est lié à Y", "X está vinculado a Y", "X có liên hệ với Y"): the claim is of the tie, an attribution
 * to the group tied to; a state speaking names that group's state. The name the knowledge base knows may
 * stand in brackets after one it lacks ("linked to Z (also known as Y)"). A tie told of something other
 * than the group itself ("its activity overlapped with Y") is no such claim. Sentences and the vendor are
 * invented; the groups are known to the knowledge base.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const TIES: Array<[lang: string, body: string]> = [
  ['en', 'Velmora assesses that LuminousMoth is linked to Mustang Panda.'],
  ['en', 'Velmora said LuminousMoth is linked to Grey Finch (also known as Mustang Panda).'],
  ['fr', 'Velmora estime que LuminousMoth est lié à Mustang Panda.'],
  ['es', 'Velmora afirmó que LuminousMoth está vinculado a Mustang Panda.'],
  ['vi', 'Velmora đánh giá với mức độ tin cậy cao rằng LuminousMoth có liên hệ với Mustang Panda.'],
  ['vi', 'Velmora cho biết LuminousMoth có liên hệ với Grey Finch (còn được biết đến với tên gọi Mustang Panda).'],
];

for (const [lang, body] of TIES) {
  test(`${lang}: a vendor telling of a tie between groups attributes to the group tied to: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Velmora', 'Mustang Panda'), show(cs));
  });
}

test('en: a state telling of a tie between groups names the group tied to when the text names no state for it', () => {
  const cs = claimsOf('The FBI said LuminousMoth is linked to Mustang Panda.', 'en');
  assert.ok(attributes(cs, 'US', 'Mustang Panda'), show(cs));
  assert.ok(!attributes(cs, 'US', 'CN'), show(cs));
});

test('en: a state telling of a tie between groups names the state the text ties the group to', () => {
  const cs = claimsOf('Mustang Panda works for China. The FBI said LuminousMoth is linked to Mustang Panda.', 'en');
  assert.ok(attributes(cs, 'US', 'CN'), show(cs));
});

test('en: a tie of the group\'s activity after a comma is no tie of the group', () => {
  const cs = claimsOf('Velmora said that when it first observed LuminousMoth, its activity overlapped heavily with Mustang Panda.', 'en');
  assert.ok(!attributes(cs, 'Velmora', 'Mustang Panda'), show(cs));
});

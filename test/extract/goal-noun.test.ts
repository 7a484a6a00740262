/**
 * Chinese "目标" (target, goal) is no hostile act by itself: "在时间和目标上存在重叠" (overlap in timing and
 * targets), "该组织的主要目标是…" (the group's main goal is ...) tell no act of the state named beside it.
 * An act told with it keeps its hostile words ("俄罗斯黑客以德国电网为目标": hackers, targeting).
 * Traditional "目標" was never a cue. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const title = '网络间谍活动报告';

for (const body of [
  '卡巴斯基表示，其发现与俄罗斯联邦安全局所述行动在时间和目标上存在重叠。',
  '卡巴斯基表示，该组织的主要目标是获取俄罗斯政府的外交情报。',
]) {
  test(`zh: a goal or a target noun tells no act: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'zh', { title });
    assert.ok(!attributes(cs, 'Kaspersky', 'RU'), show(cs));
  });
}

for (const body of [
  '卡巴斯基表示，俄罗斯黑客以德国电网为目标。',
  '卡巴斯基表示，俄罗斯黑客的目标是德国电网。',
  '卡巴斯基表示，俄羅斯駭客以德國電網為目標。',
]) {
  test(`zh: hackers targeting a grid stay an act told (positive): ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, 'zh', { title });
    assert.ok(attributes(cs, 'Kaspersky', 'RU'), show(cs));
  });
}

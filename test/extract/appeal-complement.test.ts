/**
 * The complement of an appeal: the one called on is not the voice of what it is asked to do.
 * - A warning in the complement ("urged Britain to hold Russia accountable", "forderte die britische Regierung auf,
 *   Russland zur Rechenschaft zu ziehen", "призвала Великобританию привлечь Россию к ответственности",
 *   "敦促英国追究俄罗斯的责任") is the call's: no warning by the addressee, and none by the one to be held to account.
 * - A second verb joined by a conjunction ("urged Britain to show restraint and warned Russia") is the caller's.
 * Negative case: a warning by the caller before its appeal stays the caller's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string | undefined) =>
  cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && c.target === target);
const warns = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string | undefined) =>
  cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target);

const COMPLEMENT: Array<[string, string]> = [
  ['en', 'Germany urged Britain to hold Russia accountable for the attacks on its ministries.'],
  ['de', 'Das deutsche Außenministerium forderte die britische Regierung auf, Russland für die Angriffe zur Rechenschaft zu ziehen.'],
  ['ru', 'Германия призвала Великобританию привлечь Россию к ответственности за атаки на министерства.'],
  ['vi', 'Đức kêu gọi Anh buộc Nga chịu trách nhiệm về các vụ tấn công vào các bộ.'],
  ['zh', '德国敦促英国追究俄罗斯对这些攻击的责任。'],
];

for (const [lang, s] of COMPLEMENT) {
  test(`${lang}: a warning in the complement of an appeal is no claim of the addressee`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(calls(cs, 'DE', 'GB'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'GB' || c.claimant === 'RU'), show(cs));
  });
}

const JOINED: Array<[string, string]> = [
  ['en', 'Germany urged Britain to show restraint and warned that Russia would pay for the attacks.'],
  ['de', 'Die Bundesregierung forderte Russland auf, die Angriffe einzustellen, und warnte Moskau vor Konsequenzen.'],
  ['ru', 'Германия призвала Великобританию к сдержанности и предупредила Россию о последствиях атак.'],
  ['vi', 'Đức kêu gọi Anh kiềm chế và cảnh báo Nga sẽ phải chịu hậu quả vì các vụ tấn công.'],
  ['zh', '德国敦促英国保持克制，并警告俄罗斯将为这些攻击承担后果。'],
];

for (const [lang, s] of JOINED) {
  test(`${lang}: a warning joined to an appeal is the caller's`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(warns(cs, 'DE', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.claimant !== 'DE'), show(cs));
  });
}

const OWN_FIRST: Array<[string, string]> = [
  ['en', 'Germany warned Russia of consequences and urged Britain to show restraint.'],
  ['ru', 'Германия предупредила Россию о последствиях и призвала Великобританию к сдержанности.'],
  ['zh', '德国警告俄罗斯将承担后果，并敦促英国保持克制。'],
];

for (const [lang, s] of OWN_FIRST) {
  test(`${lang}: a warning before the appeal stays the caller's (negative)`, () => {
    const cs = claimsOf(s, lang);
    assert.ok(warns(cs, 'DE', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'GB'), show(cs));
  });
}

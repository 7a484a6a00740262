/**
 * Chinese text names a company by a company noun right before its name in Latin letters ("安全公司Velmora"):
 * that apposition makes the name an organisation, so that a later "该公司" ("the company") has its antecedent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

test('zh: a company noun before a Latin name gives "该公司" its antecedent', () => {
  const a = claimsOf('意大利工程公司Velmora发现其服务器遭到网络攻击。两天后，该公司确认，这是APT28使用的恶意软件的变种。', 'zh');
  assert.ok(a.some((c) => c.claimant === 'Velmora'), show(a));
  const b = claimsOf('安全公司Tarvisk周二发现内部网络被入侵。该公司表示，这次入侵是APT28发动的。', 'zh');
  assert.ok(b.some((c) => c.claimant === 'Tarvisk'), show(b));
  const c = claimsOf('物流企业Quenmar的数据遭到窃取。该企业确认，攻击者来自APT28。', 'zh');
  assert.ok(c.some((x) => x.claimant === 'Quenmar'), show(c));
});

test('zh: a group noun before a Latin name is no company, and "该公司" finds none there', () => {
  const a = claimsOf('黑客组织Velmora发动了攻击。该公司表示，这是APT28发动的攻击。', 'zh');
  assert.ok(!a.some((c) => c.claimant === 'Velmora'), show(a));
});

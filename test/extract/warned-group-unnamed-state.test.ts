/**
 * A warning of a threat group whose state the text never names targets the group itself; the state
 * the knowledge base ties the group to is the target only when the text names that state. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; warner: string; group: string; state: string; silent: string; named: string }> = [
  {
    lang: 'en', warner: 'NL', group: 'Sandworm Team', state: 'RU',
    silent: 'The Dutch NCSC warned utilities of new intrusions by Sandworm.',
    named: "The Dutch NCSC warned utilities of new intrusions by Sandworm, which serves Russia's military intelligence.",
  },
  {
    lang: 'de', warner: 'DE', group: 'Mustang Panda', state: 'CN',
    silent: 'Das BSI warnte Betreiber vor neuen Angriffen der Gruppe Mustang Panda.',
    named: 'Das BSI warnte Betreiber vor neuen Angriffen der chinesischen Gruppe Mustang Panda.',
  },
  {
    lang: 'fr', warner: 'FR', group: 'APT33', state: 'IR',
    silent: "L'ANSSI a mis en garde les opérateurs contre de nouvelles intrusions du groupe APT33.",
    named: "L'ANSSI a mis en garde les opérateurs contre de nouvelles intrusions du groupe iranien APT33.",
  },
  {
    lang: 'vi', warner: 'VN', group: 'Mustang Panda', state: 'CN',
    silent: 'Cục An toàn thông tin cảnh báo các doanh nghiệp về các cuộc tấn công của nhóm Mustang Panda.',
    named: 'Cục An toàn thông tin cảnh báo các doanh nghiệp về các cuộc tấn công của nhóm Mustang Panda từ Trung Quốc.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a warning of a group whose state the text does not name targets the group`, () => {
    const cs = claimsOf(c.silent, c.lang);
    const w = cs.filter((x) => x.claimant === c.warner && x.stance === 'warns');
    assert.ok(w.some((x) => x.target === c.group), show(cs));
    assert.ok(!w.some((x) => x.target === c.state), show(cs));
  });
  test(`${c.lang}: a warning of a group whose state the text names targets the state (not the group)`, () => {
    const cs = claimsOf(c.named, c.lang);
    const w = cs.filter((x) => x.claimant === c.warner && x.stance === 'warns');
    assert.ok(w.some((x) => x.target === c.state), show(cs));
    assert.ok(!w.some((x) => x.target === c.group), show(cs));
  });
}

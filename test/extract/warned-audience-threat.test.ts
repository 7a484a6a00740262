/**
 * A warning addressed to an audience about a threat group ("warned German companies of the threat from X",
 * "cảnh báo các cơ quan tại Việt Nam về nguy cơ X ...", "предупредило немецкие компании об угрозе со стороны X"):
 * the party right after the cue is the audience warned, the group named after it is the threat warned of (its
 * state, else its name). Negative cases: a warning of consequences to a state, with no group after the cue, still
 * targets that state; a group named before the cue does not displace it. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; s: string }> = [
  { lang: 'en', s: 'The FBI warned companies in Germany about the risk of APT31 expanding its operations.' },
  { lang: 'en', s: 'The FBI warned German companies of the threat from APT31.' },
  { lang: 'fr', s: 'Le FBI a mis en garde les entreprises allemandes contre la menace que représente APT31.' },
  { lang: 'es', s: 'El FBI advirtió a las empresas alemanas sobre el riesgo de que APT31 amplíe sus operaciones.' },
  { lang: 'ru', s: 'ФБР предупредило немецкие компании об угрозе со стороны APT31.' },
  { lang: 'de', s: 'Das FBI warnte deutsche Unternehmen vor der Gefahr durch APT31.' },
  { lang: 'zh', s: '美国联邦调查局提醒德国企业警惕APT31的攻击。' },
];

for (const c of CASES) {
  test(`${c.lang}: a warning to an audience about a group warns of the group (of its state once the text names it), not of the audience's ("${c.s.slice(0, 30)}")`, () => {
    const cs = claimsOf(c.s, c.lang);
    const w = cs.filter((x) => x.claimant === 'US' && x.stance === 'warns');
    assert.ok(w.some((x) => x.target === 'APT31'), show(cs));
    assert.ok(!w.some((x) => x.target === 'DE'), show(cs));
  });
}

test('vi: a company warning organisations in its country about a group whose state the text does not name warns of the group', () => {
  const cs = claimsOf('Viettel cảnh báo các cơ quan tại Việt Nam về nguy cơ APT31 mở rộng hoạt động.', 'vi');
  assert.ok(cs.some((x) => x.stance === 'warns' && x.target === 'APT31'), show(cs));
  assert.ok(!cs.some((x) => x.stance === 'warns' && x.target === 'VN'), show(cs));
});

test('en: a warning of consequences to a state, with no group after the cue, targets that state (negative)', () => {
  const cs = claimsOf('The FBI warned Russia that it would respond to further attacks.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns' && x.target === 'RU'), show(cs));
});

test('en: a group named before the cue does not displace the state warned after it (negative)', () => {
  const cs = claimsOf('After the APT31 intrusions the FBI warned Russia of serious consequences for any further attacks.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns' && x.target === 'RU'), show(cs));
});

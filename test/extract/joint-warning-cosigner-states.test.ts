/**
 * A joint warning by bodies each named with its state ("the UK's National Cyber Security Centre, the
 * Australian Signals Directorate and CISA issued warnings", "das britische NCSC, die australische ASD
 * und die amerikanische CISA warnten", "el NCSC británico, la ASD australiana y la CISA estadounidense
 * emitieron alertas", "NCSC của Anh, ASD của Australia và CISA của Mỹ đưa ra cảnh báo"): each co-signer
 * warns, and the state written beside a co-signer's body is a co-signer too, never the one warned.
 * English "warnings" is a warning cue like "warned". Negative case: a state named after the verb is
 * still the one warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; joint: string; onState: string }> = [
  {
    lang: 'en',
    joint: "The UK's National Cyber Security Centre, the Australian Signals Directorate and CISA also issued warnings about the campaign.",
    onState: "The UK's National Cyber Security Centre and the Australian Signals Directorate warned Russia against further attacks.",
  },
  {
    lang: 'de',
    joint: 'Das britische NCSC, die australische ASD und die amerikanische CISA warnten ebenfalls vor der Kampagne.',
    onState: 'Das britische NCSC und die australische ASD warnten Russland vor weiteren Angriffen.',
  },
  {
    lang: 'es',
    joint: 'El NCSC británico, la ASD australiana y la CISA estadounidense también emitieron alertas sobre la campaña.',
    onState: 'El NCSC británico y la ASD australiana advirtieron a Rusia contra nuevos ataques.',
  },
  {
    lang: 'vi',
    joint: 'NCSC của Anh, ASD của Australia và CISA của Mỹ cũng đưa ra cảnh báo về chiến dịch này.',
    onState: 'NCSC của Anh và ASD của Australia cảnh báo Nga về các cuộc tấn công tiếp theo.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: each co-signer of a joint warning warns, none warns another co-signer`, () => {
    const cs = claimsOf(c.joint, c.lang);
    for (const s of ['GB', 'AU', 'US']) assert.ok(cs.some((x) => x.claimant === s && x.stance === 'warns'), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'warns' && ['GB', 'AU', 'US'].includes(x.target ?? '')), show(cs));
  });
  test(`${c.lang}: a state named after the verb is still the one warned (negative)`, () => {
    const cs = claimsOf(c.onState, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'GB' && x.stance === 'warns' && x.target === 'RU'), show(cs));
    assert.ok(cs.some((x) => x.claimant === 'AU' && x.stance === 'warns' && x.target === 'RU'), show(cs));
  });
}

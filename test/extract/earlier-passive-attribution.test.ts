/**
 * An attribution made before by no one named, told in the passive ("had previously been attributed to X",
 * "avaient auparavant été attribuées à X", "habían sido atribuidas anteriormente a X", "ранее были
 * приписаны X", "trước đó được quy cho X"): background the speaker tells, often to set its own view apart,
 * not the speaker's attribution. With its agent named ("previously attributed to X by the FBI") it is the
 * agent's; without the adverb it stays the speaker's. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'ESET said the intrusions had previously been attributed to APT28; the firm now treats them as a cluster of their own.' },
  { lang: 'fr', body: "Selon ESET, ces intrusions avaient auparavant été attribuées à APT28, mais l'éditeur les suit désormais séparément." },
  { lang: 'es', body: 'Según ESET, estas intrusiones habían sido atribuidas anteriormente a APT28, pero la empresa ahora las rastrea por separado.' },
  { lang: 'ru', body: 'По данным ESET, эти атаки ранее были приписаны группировке APT28, но теперь компания отслеживает их отдельно.' },
  { lang: 'vi', body: 'Theo ESET, các vụ tấn công này trước đó được quy cho nhóm APT28, nhưng công ty hiện theo dõi chúng riêng.' },
];

for (const c of CASES) {
  test(`${c.lang}: an earlier attribution by no one named is not the speaker's`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'ESET'), show(cs));
  });
}

test('with its agent, or without the adverb, the passive attribution is still made (en, fr)', () => {
  assert.ok(claimsOf('The intrusion was previously attributed to APT29 by the FBI.', 'en').some((x) => x.claimant === 'US' && x.target === 'APT29'));
  const now = claimsOf('ESET said the attacks were attributed to APT28.', 'en');
  assert.ok(now.some((x) => x.claimant === 'ESET'), show(now));
  const fr = claimsOf("Selon ESET, ces intrusions ont été attribuées à APT28.", 'fr');
  assert.ok(fr.some((x) => x.claimant === 'ESET'), show(fr));
});

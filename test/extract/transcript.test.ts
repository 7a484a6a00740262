/**
 * Transcript speaker labels: "Name: ..." opening a paragraph makes Name the speaker of that answer
 * and of the unlabelled paragraphs after it; an outlet's question label speaks for no one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

function claims(body: string, lang: string): ClaimCandidate[] {
  const text = `Press conference\n${body}\nSource: https://example.org/briefing`;
  const x = extract(text, { lang });
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  return x.claims;
}

const CASES: Array<[string, string, string, string, string]> = [
  ['en', 'Kyodo: Tokyo says hackers stole data from its space agency. Your response?', 'Mao Ning: We urge Japan to stop spreading disinformation.', 'CN', 'JP'],
  ['fr', 'AFP : Berlin dit avoir été visé par des pirates. Un commentaire ?', 'Maria Zakharova : Nous appelons l’Allemagne à cesser ces provocations.', 'RU', 'DE'],
  ['es', 'EFE: ¿Qué opina del informe de Canadá?', 'Mao Ning: Instamos a Canadá a que deje de difamar a China.', 'CN', 'CA'],
  ['zh', '法新社记者：加拿大称遭到黑客攻击，你有何评论？', '毛宁：我们敦促加拿大停止抹黑中国。', 'CN', 'CA'],
];

for (const [lang, question, answer, claimant, target] of CASES) {
  test(`${lang}: the labelled answer is the label's call, the outlet asking claims nothing`, () => {
    const cs = claims(`${question}\n${answer}`, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && c.target === target), JSON.stringify(cs));
    assert.ok(!cs.some((c) => /^(?:Kyodo|AFP|EFE|法新社)/u.test(c.claimant)), JSON.stringify(cs));
  });
}

test('en: an unlabelled paragraph goes on with the last labelled speaker', () => {
  const cs = claims([
    'Bloomberg: Any comment on the sanctions?',
    'Lin Jian: We firmly oppose them.',
    'We also urge Australia to stop smearing China.',
  ].join('\n'), 'en');
  assert.ok(cs.some((c) => c.claimant === 'CN' && c.stance === 'calls-for' && c.target === 'AU'), JSON.stringify(cs));
});

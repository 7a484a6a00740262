/**
 * An alliance or a company that backs an attribution as the subject of a backing cue ("NATO backed
 * the assessment", "Microsoft partage cette analyse") repeats it, as states do; a body named after
 * the cue (a place or group in the rest of the sentence) echoes nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, who: string, target: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target);

const CASES: Array<{ lang: string; body: string; echoes: string[]; target: string }> = [
  { lang: 'en', body: 'Sweden accused Russia of hacking its parliament. NATO and the EU backed the Swedish assessment on Friday.', echoes: ['NATO', 'EU'], target: 'RU' },
  { lang: 'fr', body: "La Suède a accusé la Russie d'avoir piraté son parlement. Microsoft a dit partager cette analyse.", echoes: ['Microsoft'], target: 'RU' },
  { lang: 'de', body: 'Schweden beschuldigte Russland, das Parlament gehackt zu haben. Die Nato stellte sich hinter Stockholm.', echoes: ['NATO'], target: 'RU' },
  { lang: 'vi', body: 'Thụy Điển cáo buộc Nga tấn công mạng quốc hội. NATO và EU bày tỏ ủng hộ kết luận của Stockholm.', echoes: ['NATO', 'EU'], target: 'RU' },
];

for (const c of CASES) {
  test(`${c.lang}: an alliance or company backing an attribution repeats it`, () => {
    const cs = claimsOf(c.body, c.lang);
    for (const who of c.echoes) assert.ok(has(cs, who, c.target), `${who}: ${show(cs)}`);
  });
}

test('en: a body named after a "similar" cue does not echo', () => {
  const cs = claimsOf('Sweden accused Russia of hacking its parliament. Officials made a similar appeal in 2019, when Microsoft reported phishing.', 'en');
  assert.ok(!has(cs, 'Microsoft', 'RU'), show(cs));
});

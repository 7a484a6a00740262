/**
 * A gap that left an unnamed state actor with no claimant (the ru present-tense verbs of saying once tried here were
 * dropped: they found new speakers whose names the people field then got wrong; ru sentences stay as controls):
 * - en: the head nouns "threat actor", "attacker", "adversary" after "a nation-state / state-sponsored"
 *   ("a nation-state threat actor broke in", "conducted by a nation-state attacker").
 * Negatives: a lack of evidence, a question, a state named beside the phrase (then that state is the accused).
 * Sentences written for these tests; the names are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) =>
  cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);
const anyUnnamed = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

const POSITIVE: Array<{ lang: string; who: string; body: string }> = [
  { lang: 'ru', who: 'EE', body: 'Глава МИД Эстонии Карл Тамм подчеркнул, что за взломом почтовых серверов министерства стоит «государственный субъект».' },
  { lang: 'ru', who: 'EE', body: 'Глава МИД Эстонии Карл Тамм отметил, что атака на таможенную сеть была организована иностранным государством.' },
  { lang: 'ru', who: 'Kaspersky', body: 'Эксперт «Лаборатории Касперского» Игорь Вершинин пояснил, что за взломом почты таможни стоит государственный субъект.' },
  { lang: 'en', who: 'LV', body: "Latvia's foreign ministry said an unknown nation-state threat actor broke into its mail servers last week." },
  { lang: 'en', who: 'LV', body: "Latvia's foreign ministry said it believes the breach of its mail servers was conducted by a nation-state attacker." },
  { lang: 'en', who: 'LV', body: "Latvia's foreign ministry said a state-sponsored adversary was behind the breach of its mail servers." },
];

for (const c of POSITIVE) {
  test(`${c.lang}: an unnamed state actor has its speaker as claimant: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(unnamed(cs, c.who), show(cs));
  });
}

const NONE: Array<{ lang: string; body: string }> = [
  { lang: 'ru', body: 'Глава МИД Эстонии Карл Тамм подчеркнул, что нет доказательств того, что за взломом стоит государственный субъект.' },
  { lang: 'ru', body: 'Стоит ли за взломом почтовых серверов государственный субъект?' },
  { lang: 'en', body: "Latvia's foreign ministry said it found no sign that a nation-state attacker was behind the breach." },
  { lang: 'en', body: 'Was a nation-state attacker behind the breach of the Latvian mail servers?' },
  { lang: 'en', body: "Latvia's foreign ministry said the breach was carried out by a Russian nation-state attacker." },
];

for (const c of NONE) {
  test(`${c.lang}: no unnamed-state attribution: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!anyUnnamed(cs), show(cs));
  });
}

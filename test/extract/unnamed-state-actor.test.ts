/**
 * An attribution to a state actor the speaker leaves unnamed ("the attacks point to a state actor",
 * "deuten auf einen staatlichen Akteur hin", "l'œuvre d'un acteur étatique", "propios de un actor estatal",
 * "указывают на государственного субъекта", "dấu hiệu của một chủ thể nhà nước") is a claim with no target.
 * Negative cases: a denial that any state actor was found, a supposition, a state named beside the phrase,
 * and the assessment of a company that is no research source make no such claim (unnamed-state-forms.test.ts
 * has a research source's). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const unnamed = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && (c.stance === 'attributes' || c.stance === 'accuses') && !c.target);

const UNNAMED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Latvia's foreign ministry said the attacks on its servers pointed to a state actor." },
  { lang: 'de', body: 'Das lettische Außenministerium erklärte, die Angriffe auf seine Server deuteten auf einen staatlichen Akteur hin.' },
  { lang: 'fr', body: 'Le ministère letton des Affaires étrangères a estimé que les attaques contre ses serveurs étaient l’œuvre d’un acteur étatique.' },
  { lang: 'es', body: 'El Ministerio de Exteriores de Letonia afirmó que los ciberataques contra sus servidores son propios de un actor estatal.' },
  { lang: 'ru', body: 'МИД Латвии заявил, что кибератаки на его серверы указывают на государственного субъекта.' },
  { lang: 'vi', body: 'Bộ Ngoại giao Latvia cho biết các vụ tấn công mạng nhằm vào máy chủ của bộ mang dấu hiệu của một chủ thể nhà nước.' },
];

for (const c of UNNAMED) {
  test(`${c.lang}: a state actor left unnamed is an attribution with no target: ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(unnamed(cs, 'LV'), show(cs));
  });
}

const NONE: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: "Latvia's foreign ministry said it had found no sign of a state actor behind the attacks." },
  { lang: 'en', body: "Latvia's foreign ministry said that if a state actor was behind the attacks, it would respond." },
  { lang: 'en', body: "Latvia's foreign ministry said the attacks were the work of a Russian state actor." },
  { lang: 'en', body: 'Latvijas Gāze said the attacks on Latvian servers pointed to a state actor.' },
  { lang: 'de', body: 'Das lettische Außenministerium erklärte, es gebe keine Hinweise auf einen staatlichen Akteur hinter den Angriffen.' },
  { lang: 'fr', body: 'Le ministère letton des Affaires étrangères a affirmé n’avoir trouvé aucune trace d’un acteur étatique derrière les attaques.' },
  { lang: 'ru', body: 'МИД Латвии заявил, что не нашел следов государственного субъекта за кибератаками.' },
];

for (const c of NONE) {
  test(`${c.lang}: no unnamed state actor is attributed (negative): ${c.body}`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((k) => (k.stance === 'attributes' || k.stance === 'accuses') && !k.target), show(cs));
  });
}

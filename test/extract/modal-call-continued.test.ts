/**
 * A modal call with no speech frame of its own, right after a sentence someone spoke in the same paragraph
 * ("X said the accusations were groundless. Canada should stop smearing China.", "Le Canada doit cesser ...",
 * "Британской стороне следует ...", "España debe ...", "美方应停止 ...", "Mỹ cần chấm dứt ..."), on sentences
 * written for these tests: the one who spoke before calls on the state the modal addresses. A new
 * paragraph, or a sentence before it that nobody spoke, leaves the modal without a caller.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const calls = (cs: ClaimCandidate[], claimant: string, target: string) => cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && c.target === target);
const show = (cs: ClaimCandidate[]) => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target]));

type Case = [lang: string, body: string, claimant: string, target: string];

const continued: Case[] = [
  ['en', 'Chinese foreign ministry spokesperson He Junfeng said the accusations were groundless. Canada should stop smearing China.', 'CN', 'CA'],
  ['fr', 'Le porte-parole de la diplomatie chinoise a qualifié les accusations de calomnies. Le Canada doit cesser de dénigrer la Chine.', 'CN', 'CA'],
  ['ru', 'МИД России отверг обвинения Лондона. Британской стороне следует представить доказательства.', 'RU', 'GB'],
  ['es', 'La Cancillería rusa rechazó las acusaciones de Madrid. España debe presentar pruebas.', 'RU', 'ES'],
  ['zh', '外交部发言人表示，有关指责毫无根据。美方应停止对中方的抹黑。', 'CN', 'US'],
  ['vi', 'Phát ngôn viên Bộ Ngoại giao Trung Quốc bác bỏ cáo buộc. Mỹ cần chấm dứt việc bôi nhọ Trung Quốc.', 'CN', 'US'],
];

for (const [lang, body, claimant, target] of continued) {
  test(`${lang}: a modal call right after a spoken sentence is its speaker's: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(calls(cs, claimant, target), show(cs));
  });
}

test('en, fr, ru: a new paragraph or an unspoken sentence before leaves the modal without a caller', () => {
  for (const [lang, body, target] of [
    ['en', 'Chinese foreign ministry spokesperson He Junfeng said the accusations were groundless.\n\nCanada should stop smearing China.', 'CA'],
    ['en', 'Hackers broke into the servers of a Canadian port last year. Canada should review its port security.', 'CA'],
    ['fr', 'Le porte-parole de la diplomatie chinoise a qualifié les accusations de calomnies.\n\nLe Canada doit cesser de dénigrer la Chine.', 'CA'],
    ['ru', 'Хакеры взломали серверы британского порта в прошлом году. Британской стороне следует усилить защиту портов.', 'GB'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'calls-for' && c.target === target), `${body}: ${show(cs)}`);
  }
});

test('en: a state is not called on by its own speaker', () => {
  const cs = claimsOf('Canadian officials blamed China for the hack last week. Canada should stop smearing China.', 'en');
  assert.ok(!cs.some((c) => c.stance === 'calls-for' && c.claimant === c.target), show(cs));
});

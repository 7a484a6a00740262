/**
 * Naming an accusation with a denying word ("called the accusations a groundless smear", "nannte die
 * Vorwürfe haltlose Verleumdungen", "calificó esas acusaciones de calumnias", "gọi những cáo buộc này là
 * vu khống") denies it, about what it accused; naming it with any other word denies nothing.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const DENIALS: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Washington accused Volt Typhoon of breaking into the water utility. Beijing called the accusations a groundless smear campaign.' },
  { lang: 'en', body: 'Washington accused Volt Typhoon of breaking into the water utility. Beijing called such reports baseless.' },
  { lang: 'de', body: 'Washington warf Volt Typhoon vor, in das Wasserwerk eingedrungen zu sein. Peking nannte die Vorwürfe haltlose Verleumdungen.' },
  { lang: 'fr', body: "Washington a accusé Volt Typhoon d'avoir pénétré le réseau d'eau. Pékin a qualifié ces accusations de calomnies sans fondement." },
  { lang: 'es', body: 'Washington acusó a Volt Typhoon de penetrar la red de agua. Pekín calificó esas acusaciones de calumnias infundadas.' },
  { lang: 'es', body: 'Washington acusó a Volt Typhoon de penetrar la red de agua. Pekín tildó de infundadas esas acusaciones.' },
  { lang: 'fr', body: "Washington a accusé Volt Typhoon d'avoir pénétré le réseau d'eau. Interrogé, le porte-parole chinois a assuré que la Chine n'y était pour rien." },
  { lang: 'vi', body: 'Washington cáo buộc Volt Typhoon xâm nhập hệ thống cấp nước. Bắc Kinh gọi những cáo buộc này là vu khống vô căn cứ.' },
  { lang: 'ru', body: 'Вашингтон обвинил Volt Typhoon во взломе системы водоснабжения. МИД Китая назвал эти обвинения беспочвенной клеветой.' },
];

for (const { lang, body } of DENIALS) {
  test(`${lang}: naming the accusations groundless denies them, about the group accused`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'CN' && c.stance === 'denies' && c.about.includes('Volt Typhoon')), `${body}\n${show(cs)}`);
  });
}

test('en: calling the claims credible denies nothing', () => {
  const body = 'Washington accused Volt Typhoon of breaking into the water utility. Microsoft called the claims credible.';
  const cs = claimsOf(body, 'en');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});

test('en: a group called by a name is no statement about accusations', () => {
  const body = 'A group called Volt Typhoon broke into the water utility, the FBI said.';
  const cs = claimsOf(body, 'en');
  assert.ok(!cs.some((c) => c.stance === 'denies'), show(cs));
});

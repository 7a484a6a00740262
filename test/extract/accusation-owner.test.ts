/**
 * The party that owns an accusation noun ("the accusations of London", "London's accusations",
 * "les accusations de Londres", "las acusaciones de Londres", "các cáo buộc của Anh", "die Vorwürfe aus
 * London", "обвинения Лондона") made the accusation: it never denies it. The subject before it does.
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; unnamed: string; named: string }> = [
  { lang: 'en', unnamed: 'The spokeswoman called the accusations of London baseless.', named: 'Moscow called London\'s accusations baseless.' },
  { lang: 'fr', unnamed: "La porte-parole a qualifié les accusations de Londres d'infondées.", named: "Moscou a qualifié les accusations de Londres d'infondées." },
  { lang: 'es', unnamed: 'La portavoz calificó de infundadas las acusaciones de Londres.', named: 'Moscú calificó de infundadas las acusaciones de Londres.' },
  { lang: 'vi', unnamed: 'Người phát ngôn gọi các cáo buộc của Anh là vô căn cứ.', named: 'Nga gọi các cáo buộc của Anh là vô căn cứ.' },
  { lang: 'de', unnamed: 'Die Sprecherin nannte die Vorwürfe aus London haltlos.', named: 'Moskau nannte die Vorwürfe aus London haltlos.' },
  { lang: 'ru', unnamed: 'Представительница назвала обвинения Лондона голословными.', named: 'Москва назвала обвинения Лондона голословными.' },
];

for (const { lang, unnamed, named } of CASES) {
  test(`${lang}: the maker of the accusations never denies them`, () => {
    for (const body of [unnamed, named]) {
      const cs = claimsOf(body, lang);
      assert.ok(!cs.some((c) => c.claimant === 'GB'), `${body}\n${show(cs)}`);
    }
  });
  test(`${lang}: the subject before the accusations' owner denies them`, () => {
    const cs = claimsOf(named, lang);
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), `${named}\n${show(cs)}`);
  });
}

/**
 * Whom a warning of a threat group warns: the state the knowledge base ties the group to only when the
 * text names that state; a text that never names it (a vendor that declines to name a state) warns of
 * the group itself. Negative cases: the same warning in a text that names the state ("the Russia-linked
 * group", "lié à la Russie", "có liên hệ với Nga") warns of the state. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; unnamed: string; named: string }> = [
  {
    lang: 'en',
    unnamed: 'ESET warned of new phishing attacks by APT29 against European ministries.',
    named: 'ESET warned of new phishing attacks by the Russia-linked group APT29 against European ministries.',
  },
  {
    lang: 'de',
    unnamed: 'ESET warnte vor neuen Phishing-Angriffen der Gruppe APT29 auf europäische Ministerien.',
    named: 'ESET warnte vor neuen Phishing-Angriffen der mit Russland verbundenen Gruppe APT29 auf europäische Ministerien.',
  },
  {
    lang: 'fr',
    unnamed: "ESET a mis en garde contre de nouvelles attaques d'hameçonnage du groupe APT29 visant des ministères européens.",
    named: "ESET a mis en garde contre de nouvelles attaques d'hameçonnage du groupe APT29, lié à la Russie, visant des ministères européens.",
  },
  {
    lang: 'ru',
    unnamed: 'Компания ESET предупредила о новых фишинговых атаках группировки APT29 на европейские министерства.',
    named: 'Компания ESET предупредила о новых фишинговых атаках связанной с Россией группировки APT29 на европейские министерства.',
  },
  {
    lang: 'vi',
    unnamed: 'ESET cảnh báo về các cuộc tấn công lừa đảo mới của nhóm APT29 nhằm vào các bộ ở châu Âu.',
    named: 'ESET cảnh báo về các cuộc tấn công lừa đảo mới của nhóm APT29, có liên hệ với Nga, nhằm vào các bộ ở châu Âu.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a warning of a group whose state the text never names warns of the group`, () => {
    const cs = claimsOf(c.unnamed, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'ESET' && x.stance === 'warns' && x.target === 'APT29'), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'warns' && x.target === 'RU'), show(cs));
  });
  test(`${c.lang}: the same warning in a text that names the state warns of the state (negative)`, () => {
    const cs = claimsOf(c.named, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'ESET' && x.stance === 'warns' && x.target === 'RU'), show(cs));
  });
}

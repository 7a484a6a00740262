/**
 * National security services and CERTs that news names by their short or native names speak for their state:
 * Finland's Supo, Belgium's Sûreté de l'État (VSSE), Taiwan's 法務部調查局 (MJIB), Malaysia's MyCERT, Russia's
 * NKCKI in Latin letters, the UK's NCA.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResolver } from '../../src/knowledge/index.ts';

for (const [text, lang, code] of [
  ['Supo erklärte, APT31 stecke hinter dem Angriff.', 'de', 'FI'],
  ["La Sûreté de l'État a dénoncé les activités de renseignement chinoises.", 'fr', 'BE'],
  ['法務部調查局表示，駭客組織入侵政府機關。', 'zh', 'TW'],
  ['MyCERT said it had observed an increase in phishing.', 'en', 'MY'],
  ['NKCKI said the attacks came from abroad.', 'en', 'RU'],
  ['The NCA said the group had close ties to the Russian state.', 'en', 'GB'],
] as const) {
  test(`${lang}: a national service named "${text.slice(0, 24)}" is its state's`, () => {
    const found = defaultResolver().findMentions(text, { lang, kinds: ['organization'] });
    assert.ok(found.some((m) => m.entity.attributedTo?.[0]?.country === code), JSON.stringify(found.map((m) => m.entity.name)));
  });
}

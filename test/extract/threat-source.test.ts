/**
 * A threat named with its source in a speaker's words ("said the threat from X is growing", "la menace venant de X",
 * "die Bedrohung durch X", "угроза со стороны X", "la amenaza que supone X", "mối đe dọa từ X", "来自X的网络威胁"): the
 * speaker warns of the source, one warning for each party of a coordination. The narrator's own threat noun, a victim
 * after the threat noun ("the threat to X") and a state naming the threat said to come from itself warn of no one.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (body: string, lang: string, claimant: string, ...targets: string[]) => {
  const cs = claimsOf(body, lang);
  for (const t of targets) assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === t), `${lang} ${t}: ${show(cs)}`);
};
const warnsOfNone = (body: string, lang: string, ...parties: string[]) => {
  const cs = claimsOf(body, lang);
  assert.ok(!cs.some((c) => c.stance === 'warns' && !!c.target && parties.includes(c.target)), `${lang}: ${show(cs)}`);
};

test('en: a speaker naming the threat from a state warns of it, each state of a list', () => {
  warns('The German interior minister said this shows how serious the threat from China is.', 'en', 'DE', 'CN');
  warns('The German interior minister said the threat from China, Russia and Iran keeps growing.', 'en', 'DE', 'CN', 'RU', 'IR');
});

test('de: "die Bedrohung durch X", "die von X ausgehende Bedrohung"', () => {
  warns('Der deutsche Innenminister sagte, die Bedrohung durch Russland sei gewachsen.', 'de', 'DE', 'RU');
  warns('Der deutsche Innenminister sagte, die von China ausgehende Bedrohung wachse.', 'de', 'DE', 'CN');
});

test('fr, ru: each party coordinated with the source is warned of', () => {
  warns("Le ministre allemand de l'Intérieur a estimé que la menace venant d'Iran et de Corée du Nord reste sérieuse.", 'fr', 'DE', 'IR', 'KP');
  warns('Министр внутренних дел Германии заявил, что угроза со стороны России, Китая и Ирана растет.', 'ru', 'DE', 'RU', 'CN', 'IR');
});

test('es, vi, zh: "la amenaza que supone X", "mối đe dọa từ X", "来自X的网络威胁"', () => {
  warns('El ministro del Interior alemán dijo que la amenaza que supone Rusia sigue creciendo.', 'es', 'DE', 'RU');
  warns('Bộ trưởng Nội vụ Đức cho biết mối đe dọa từ Trung Quốc ngày càng nghiêm trọng.', 'vi', 'DE', 'CN');
  warns('德国内政部长表示，来自中国的网络威胁日益严重。', 'zh', 'DE', 'CN');
});

test("the narrator's own threat noun, with no speaker, warns of no one", () => {
  warnsOfNone('The threat from China keeps growing.', 'en', 'CN');
  warnsOfNone('Die Bedrohung durch Russland ist gewachsen.', 'de', 'RU');
  warnsOfNone('Mối đe dọa từ Trung Quốc ngày càng nghiêm trọng.', 'vi', 'CN');
  warnsOfNone('来自中国的网络威胁日益严重。', 'zh', 'CN');
});

test('a victim after the threat noun ("the threat to X") is not warned of', () => {
  warnsOfNone('The German interior minister said the threat to Britain keeps growing.', 'en', 'GB');
  warnsOfNone('Der deutsche Innenminister sagte, die Bedrohung für Frankreich sei gewachsen.', 'de', 'FR');
  warnsOfNone('El ministro del Interior alemán dijo que la amenaza para Francia sigue creciendo.', 'es', 'FR');
});

test('a state naming the threat said to come from itself warns of no one', () => {
  warnsOfNone('A Chinese foreign ministry spokesman said the so-called threat from China was invented by Washington.', 'en', 'CN');
  warnsOfNone('中国外交部发言人表示，所谓来自中国的网络威胁纯属捏造。', 'zh', 'CN');
  warnsOfNone('Официальный представитель МИД России заявила, что так называемая угроза со стороны России выдумана Вашингтоном.', 'ru', 'RU');
});

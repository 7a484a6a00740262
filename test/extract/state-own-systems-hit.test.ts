/**
 * A state that tells of attacks on its own systems named by what they are, not whose ("government
 * websites", "state networks", "sites gouvernementaux", "sitios gubernamentales", "Regierungswebseiten",
 * "государственные сайты", "hệ thống của cơ quan nhà nước", "政府网站") confirms its own hit
 * (reported-hit.ts, the profiles' stateOwnRefs). Another state named as their owner makes it a report on
 * others; a company telling of attacks on government systems confirms nothing of its own. Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);
const confirms = (body: string, lang: string): string[] => claims(body, lang).filter((c) => c.includes(' confirms '));

test('a state telling of attacks on government systems confirms its own hit (en, fr, es, de, ru, vi)', () => {
  assert.deepEqual(confirms("Lithuania's cyber centre says DDoS attacks continue against state networks and several government websites.", 'en'), ['LT confirms LT']);
  assert.deepEqual(confirms("Les autorités moldaves ont fait état de cyberattaques contre des sites gouvernementaux.", 'fr'), ['MD confirms MD']);
  assert.deepEqual(confirms('El Gobierno de Chile informó de ataques DDoS contra sitios gubernamentales.', 'es'), ['CL confirms CL']);
  assert.deepEqual(confirms('Das estnische Innenministerium meldete Angriffe auf Regierungswebseiten.', 'de'), ['EE confirms EE']);
  assert.deepEqual(confirms('Правительство Молдавии сообщило о DDoS-атаках на государственные сайты.', 'ru'), ['MD confirms MD']);
  assert.deepEqual(confirms('Chính phủ Mông Cổ cho biết các cuộc tấn công mạng nhắm vào hệ thống của cơ quan nhà nước.', 'vi'), ['MN confirms MN']);
});

test('no confirmation: another state owns the systems, or the teller is a company', () => {
  assert.deepEqual(confirms('Lithuania says DDoS attacks hit Latvian government websites.', 'en'), []);
  assert.deepEqual(confirms('Estland meldete Angriffe auf lettische Regierungswebseiten.', 'de'), []);
  assert.deepEqual(confirms("La Lituanie a fait état d'attaques contre des sites gouvernementaux lettons.", 'fr'), []);
  assert.deepEqual(confirms('Velmora Systems says attacks continue against government websites.', 'en'), []);
});

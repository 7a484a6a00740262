/**
 * A title only one state has names the state its holder speaks for when the role phrase names none
 * ("Secretary of State X" is the US, "Foreign Secretary X" the UK, "Bundeskanzlerin X" Germany,
 * "госсекретарь X" and "国务卿X" the US, "外相X" Japan): not the state the sentence accuses or appeals to.
 * Negatives: a state before the title is the role's own ("Indian Foreign Secretary"); a British
 * "Secretary of State for Defence" is no US official. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const has = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.some((c) => c.claimant === claimant && c.target === target);

for (const [lang, body, claimant, target] of [
  ['en', 'Secretary of State Jonah Vellar called on the Chinese authorities to investigate the intrusions.', 'US', 'CN'],
  ['en', 'Secretary of State Jonah Vellar said Russia was behind the attack on the power grid.', 'US', 'RU'],
  ['en', 'Foreign Secretary Amelia Crowthorne said Russia was behind the attack on the power grid.', 'GB', 'RU'],
  ['en', 'Chancellor of the Exchequer Tobin Marsh warned that Chinese hackers were targeting banks.', 'GB', 'CN'],
  ['de', 'Bundeskanzlerin Marlene Vossberg sagte, Russland stecke hinter dem Angriff auf das Stromnetz.', 'DE', 'RU'],
  ['de', 'Bundesinnenminister Jonas Kreller warf China vor, hinter den Angriffen zu stehen.', 'DE', 'CN'],
  ['ru', 'Госсекретарь Джонатан Веллар заявил, что за атакой стоит Россия.', 'US', 'RU'],
  ['ru', 'Госсекретарь Джонатан Веллар призвал китайские власти расследовать атаки.', 'US', 'CN'],
  ['zh', '国务卿韦勒表示，俄罗斯是这次攻击的幕后黑手。', 'US', 'RU'],
  ['zh', '外相田中一郎表示，朝鲜黑客应对这次攻击负责。', 'JP', 'KP'],
  ['fr', "La ministre des Armées, Claire Duvallon, a accusé la Russie d'être derrière l'attaque.", 'FR', 'RU'],
] as const) {
  test(`${lang}: a title that names its state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on the grid' });
    assert.ok(has(cs, claimant, target), show(cs));
  });
}

test('en: a state before the title is the role\'s own (negative)', () => {
  const cs = claimsOf('Indian Foreign Secretary Ravi Menon said Pakistan was behind the attack on the power grid.', 'en', { title: 'Cyberattack on the grid' });
  assert.ok(has(cs, 'IN', 'PK'), show(cs));
  assert.ok(!cs.some((c) => c.claimant === 'GB'), show(cs));
});

test('en: a British Secretary of State for a department is no US official (negative)', () => {
  const cs = claimsOf('Secretary of State for Defence Tobin Marsh said Russia was behind the attack on the power grid.', 'en', { title: 'Cyberattack on the grid' });
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});

test('en: a place named before "Secretary of State" makes it that place\'s office, not the US (negative)', () => {
  const cs = claimsOf('On Monday the Ohio Secretary of State, Tom Vance, warned that Russian hackers were targeting voter rolls.', 'en', { title: 'Voter rolls probed' });
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});

test('en: a possessive before the title leaves it the state\'s own', () => {
  const cs = claimsOf("The president's Secretary of State, Jonah Vellar, said Russia was behind the attack on the power grid.", 'en', { title: 'Cyberattack on the grid' });
  assert.ok(has(cs, 'US', 'RU'), show(cs));
});

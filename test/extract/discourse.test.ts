/**
 * The discourse state: a denial that refers back ("this", "these accusations", "điều này", "此事",
 * "это", "ces accusations", "diese Vorwürfe", "estas acusaciones") is about the operation of the
 * accusation it answers; a claim that names no group is about the operation under discussion.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';
import { requireShared, sharedPath } from '../helpers/shared.ts';

function claims(body: string, lang: string): ClaimCandidate[] {
  const text = `Headline\n${body}\nSource: https://example.org/story`;
  const x = extract(text, { lang });
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  return x.claims;
}

const denial = (cs: ClaimCandidate[], claimant: string) => cs.find((c) => c.claimant === claimant && c.stance === 'denies');

const CASES: Array<[string, string, string, string]> = [
  ['en', 'Britain accused China of running APT31 against its lawmakers last year.', 'Beijing denied this on Monday.', 'APT31'],
  ['en', 'Canadian officials blamed Russia for the Sandworm intrusions at a water plant.', 'Moscow rejected these accusations as baseless.', 'Sandworm Team'],
  ['vi', 'Mỹ cáo buộc Trung Quốc đứng sau nhóm tin tặc Volt Typhoon.', 'Trung Quốc bác bỏ điều này.', 'Volt Typhoon'],
  ['zh', '美国指责中国支持黑客组织Volt Typhoon。', '中方否认此事。', 'Volt Typhoon'],
  ['ru', 'Германия обвинила Россию в атаках группы APT28 на партии.', 'Россия отвергла эти обвинения.', 'APT28'],
  ['fr', 'Paris a accusé la Russie d’être derrière le groupe APT28.', 'Moscou a rejeté ces accusations.', 'APT28'],
  ['de', 'Deutschland beschuldigte Russland, hinter der Gruppe APT28 zu stehen.', 'Russland wies diese Vorwürfe zurück.', 'APT28'],
  ['es', 'Estados Unidos acusó a China de respaldar al grupo Volt Typhoon.', 'China rechazó estas acusaciones.', 'Volt Typhoon'],
];

for (const [lang, accusation, reply, group] of CASES) {
  test(`${lang}: a denial that refers back is about the accused operation (${group})`, () => {
    const cs = claims(`${accusation}\n${reply}`, lang);
    const d = denial(cs, cs.find((c) => c.stance === 'denies')?.claimant ?? '');
    assert.ok(d, JSON.stringify(cs));
    assert.ok(d!.about.includes(group), `about ${JSON.stringify(d!.about)} in ${JSON.stringify(cs)}`);
  });
}

test('a denial far from any accusation names nothing it was not told', () => {
  const cs = claims('China denied the report.', 'en');
  const d = denial(cs, 'CN');
  assert.ok(d);
  assert.deepEqual(d!.about, []);
});

test('seed article: US attributes to China about Volt and Salt Typhoon, China denies about both', (t) => {
  if (!requireShared(t)) return;
  const x = extract(readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8'));
  const accuse = x.claims.find((c) => c.claimant === 'US' && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN' && c.about.length);
  assert.deepEqual([...accuse!.about].sort(), ['Salt Typhoon', 'Volt Typhoon']);
  const denials = x.claims.filter((c) => c.claimant === 'CN' && c.stance === 'denies');
  assert.ok(denials.some((d) => d.about.includes('Volt Typhoon') && d.about.includes('Salt Typhoon')), JSON.stringify(denials));
});

/**
 * Claims about threat groups the knowledge base does not know, recognised by how they are named (a
 * vendor's prefix and number, or a free word with a vendor's family word): an accusation and its
 * denial are about such a group as about a known one, and its name is no organisation that speaks
 * or is accused. Sentences and group names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const shown = (cs: ReturnType<typeof claimsOf>) => cs.map((c) => [c.claimant, c.stance === 'accuses' ? 'attributes' : c.stance, c.target ?? null, c.about ?? []]);

test('an accusation and the denial that answers it are about a group named by a vendor scheme (en, de, es, vi)', () => {
  const cases: [string, string, string][] = [
    ['en', 'Canada said hackers linked to China had breached its parliament network in the campaign known as Basalt Typhoon. Beijing rejected the claim on Wednesday.', 'Basalt Typhoon'],
    ['de', 'Die Niederlande machen China für die Kampagne Basalt Typhoon verantwortlich. Peking wies dies zurück.', 'Basalt Typhoon'],
    ['es', 'Estados Unidos atribuyó a China la campaña Basalt Typhoon. Pekín rechazó estas acusaciones.', 'Basalt Typhoon'],
    ['vi', 'Úc cáo buộc Trung Quốc đứng sau chiến dịch Basalt Typhoon. Bắc Kinh đã bác bỏ điều này.', 'Basalt Typhoon'],
  ];
  for (const [lang, body, group] of cases) {
    const cs = claimsOf(body, lang);
    const accusation = cs.find((c) => (c.stance === 'attributes' || c.stance === 'accuses') && c.target === 'CN');
    const denial = cs.find((c) => c.claimant === 'CN' && c.stance === 'denies');
    assert.ok(accusation?.about?.includes(group), `${lang}: ${JSON.stringify(shown(cs))}`);
    assert.ok(denial?.about?.includes(group), `${lang}: ${JSON.stringify(shown(cs))}`);
  }
});

test('a group named by a prefix and number is what an attribution is about, not its target (en)', () => {
  const cs = claimsOf("The intrusions were attributed to UNC4990, which U.S. officials say works for Iran's intelligence ministry.", 'en');
  assert.deepEqual(shown(cs), [['US', 'attributes', 'IR', ['UNC4990']]]);
});

test("a scheme group's name is no organisation that speaks: the vendor who names it does (en)", () => {
  const cs = claimsOf('Velmora said Basalt Typhoon, a China-based actor, had compromised telecom providers in Asia.', 'en');
  assert.deepEqual(shown(cs), [['Velmora', 'attributes', 'CN', ['Basalt Typhoon']]]);
  const apposition = claimsOf('Canada said Basalt Typhoon, a group linked to China, had breached its parliament network.', 'en');
  assert.deepEqual(shown(apposition), [['CA', 'attributes', 'CN', ['Basalt Typhoon']]]);
});

test('a capitalised word before a family word that continues a longer name is no group (en)', () => {
  const cs = claimsOf('Canada said the Eurofighter Typhoon Squadron had been moved after hackers linked to China breached its network.', 'en');
  assert.ok(cs.every((c) => !(c.about ?? []).some((a) => /Typhoon/u.test(a))), JSON.stringify(shown(cs)));
});

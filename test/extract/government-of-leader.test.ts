/**
 * A government named by its leader ("the government of President X blamed ...", "el Gobierno del presidente X",
 * "le gouvernement du président X", "die Regierung von Kanzler X", "chính quyền Tổng thống X", "X政府") speaks as the
 * state; the leader is only named as its owner and is not among the people who act. The same leader as the
 * subject acts. Sentences invented for this test (known leaders where the language needs a known name).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang });

const CASES: Array<{ lang: string; government: string; leader: string; name: string; state: string }> = [
  { lang: 'en', government: 'The government of Nicolás Maduro blamed the United States for the blackout.', leader: 'Nicolás Maduro blamed the United States for the blackout.', name: 'Nicolás Maduro', state: 'VE' },
  { lang: 'es', government: 'El Gobierno de Nicolás Maduro culpó a Estados Unidos del apagón.', leader: 'Nicolás Maduro culpó a Estados Unidos del apagón.', name: 'Nicolás Maduro', state: 'VE' },
  { lang: 'fr', government: "Le gouvernement d'Emmanuel Macron a accusé la Russie de l'attaque.", leader: "Emmanuel Macron a accusé la Russie de l'attaque.", name: 'Emmanuel Macron', state: 'FR' },
  { lang: 'de', government: 'Die Regierung von Olaf Scholz machte Russland für den Angriff verantwortlich.', leader: 'Olaf Scholz machte Russland für den Angriff verantwortlich.', name: 'Olaf Scholz', state: 'DE' },
  { lang: 'vi', government: 'Chính quyền Nicolás Maduro cáo buộc Mỹ tấn công mạng.', leader: 'Ông Nicolás Maduro cáo buộc Mỹ tấn công mạng.', name: 'Nicolás Maduro', state: 'VE' },
  { lang: 'zh', government: '马杜罗政府指责美国发动网络攻击。', leader: '马杜罗指责美国发动网络攻击。', name: 'Nicolás Maduro', state: 'VE' },
];

for (const c of CASES) {
  test(`${c.lang}: the government of a leader speaks for the state, the leader does not act: ${c.government.slice(0, 40)}`, () => {
    const x = run(c.government, c.lang);
    assert.ok(x.claims.some((k) => k.claimant === c.state), JSON.stringify(x.claims.map((k) => [k.claimant, k.stance, k.target])));
    assert.ok(!x.people.some((p) => p.name === c.name), JSON.stringify(x.people.map((p) => p.name)));
  });
  test(`${c.lang}: the leader as the subject acts (negative): ${c.leader.slice(0, 40)}`, () => {
    assert.ok(run(c.leader, c.lang).people.some((p) => p.name === c.name));
  });
}

test('en: a government named by its leader\'s surname opens the sentence ("The Trump administration blamed ...")', () => {
  const x = run('The Trump administration blamed Russia for the attack on the pipeline.', 'en');
  assert.ok(x.claims.some((k) => k.claimant === 'US' && k.target === 'RU'), JSON.stringify(x.claims.map((k) => [k.claimant, k.stance, k.target])));
  assert.ok(!x.people.some((p) => p.name === 'Donald Trump'));
});

test('en: a known surname ending another capitalised name is not the known person (negative)', () => {
  const x = run('Hunter Biden said nothing about the attack.', 'en');
  assert.ok(!x.people.concat(x.mentioned_people).some((p) => p.name === 'Joe Biden'), JSON.stringify(x.people.map((p) => p.name)));
});

/**
 * A stance verb coordinated after a verb and its object ("X summoned Y's ambassador and demanded ...")
 * has that verb's subject: the party right before the conjunction is the first verb's object, not the
 * one who demands, warns or condemns. In every language where the press tells a summoning so:
 * "a convoqué l'ambassadeur russe et a exigé", "bestellte den russischen Botschafter ein und forderte",
 * "convocó al embajador ruso y exigió", "вызвала российского посла и потребовала", "召见了俄罗斯大使，并要求",
 * "triệu tập đại sứ Nga và yêu cầu". Not shared: a subject of its own after the conjunction ("... and
 * Russia denied"), or parties joined in a list ("Germany and France demanded"). Sentences invented for
 * this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SHARED: Array<[lang: string, body: string, stance: string]> = [
  ['en', 'Germany summoned the Russian ambassador and demanded that Moscow stop the attacks.', 'calls-for'],
  ['fr', "L'Allemagne a convoqué l'ambassadeur russe et a exigé que Moscou cesse les attaques.", 'calls-for'],
  ['de', 'Deutschland bestellte den russischen Botschafter ein und forderte Moskau auf, die Angriffe einzustellen.', 'calls-for'],
  ['de', 'Deutschland bestellte den russischen Botschafter ein und warnte Moskau vor weiteren Angriffen.', 'warns'],
  ['es', 'Alemania convocó al embajador ruso y exigió que Moscú detenga los ataques.', 'calls-for'],
  ['ru', 'Германия вызвала российского посла и потребовала от Москвы прекратить атаки.', 'calls-for'],
  ['zh', '德国召见了俄罗斯大使，并要求莫斯科停止攻击。', 'calls-for'],
  ['vi', 'Đức triệu tập đại sứ Nga và yêu cầu Moskva chấm dứt các cuộc tấn công.', 'calls-for'],
];

for (const [lang, body, stance] of SHARED) {
  test(`${lang}: the summoning state is the one that ${stance}, not the summoned envoy`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'DE' && c.stance === stance && c.target === 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

test('es: the summoning state condemns the attacks it blames', () => {
  const cs = claimsOf('España convocó al embajador ruso y condenó los ataques de hackers rusos.', 'es');
  assert.ok(cs.some((c) => c.claimant === 'ES' && (c.stance === 'accuses' || c.stance === 'attributes') && c.target === 'RU'), show(cs));
});

const OWN_SUBJECT: Array<[lang: string, body: string]> = [
  ['en', 'Germany expelled two diplomats and Russia denied the accusations.'],
  ['fr', "L'Allemagne a expulsé deux diplomates et la Russie a démenti les accusations."],
  ['ru', 'Эстония вызвала российского посла, а Россия отвергла обвинения.'],
];

for (const [lang, body] of OWN_SUBJECT) {
  test(`${lang}: a subject of its own after the conjunction denies`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
  });
}

test('en: parties joined in a list both demand', () => {
  const cs = claimsOf('Germany and France demanded that Moscow stop the attacks.', 'en');
  assert.ok(cs.some((c) => c.claimant === 'DE' && c.stance === 'calls-for'), show(cs));
  assert.ok(cs.some((c) => c.claimant === 'FR' && c.stance === 'calls-for'), show(cs));
});

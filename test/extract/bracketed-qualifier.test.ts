/**
 * A party alone in brackets right after another party qualifies it. A state there is the home of the
 * company or body before it ("the company Velmora (Israel) said"): the company speaks, not the state. A
 * name without a state there is the region of a place ("arrested in Vigo and Mahon (Menorca)"): neither
 * the region nor the places of its list speak or accuse. An acronym in brackets names the body before it,
 * which still speaks. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const claimants = (cs: ReturnType<typeof claimsOf>) => cs.map((c) => c.claimant);

const HOME_STATE: Array<[lang: string, body: string, company: string, state: string]> = [
  ['en', 'The company Velmora (Israel) said the Turla group sent fake emails to the ministry.', 'Velmora', 'IL'],
  ['es', 'La empresa Velmora (Israel) informó de que el grupo Turla envió correos falsos al ministerio.', 'Velmora', 'IL'],
  ['fr', 'La société Velmora (Israël) a indiqué que le groupe Turla a envoyé de faux courriels au ministère.', 'Velmora', 'IL'],
  ['de', 'Die Sicherheitsfirma ESET (Slowakei) teilte mit, die Gruppe Turla habe gefälschte E-Mails verschickt.', 'ESET', 'SK'],
  ['vi', 'Công ty Velmora (Israel) cho biết nhóm Turla đã gửi thư giả mạo tới Bộ Ngoại giao.', 'Velmora', 'IL'],
  ['ru', 'Компания ESET (Словакия) сообщила, что группировка Turla рассылала поддельные письма.', 'ESET', 'SK'],
];

for (const [lang, body, company, state] of HOME_STATE) {
  test(`${lang}: the company speaks, not the state in brackets after it`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(claimants(cs).includes(company), show(cs));
    assert.ok(!claimants(cs).includes(state), show(cs));
  });
}

test('es, vi: a company whose home is in brackets accuses the group it names', () => {
  for (const [lang, body] of [
    ['es', 'La empresa Velmora (Israel) acusó al grupo Turla de los ataques.'],
    ['vi', 'Công ty Velmora (Israel) cáo buộc nhóm Turla thực hiện các vụ tấn công.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes').map((c) => [c.claimant, c.target]), [['Velmora', 'Turla']], show(cs));
  }
});

const PLACES: Array<[lang: string, body: string, places: string[]]> = [
  ['en', 'Police in Vigo and Mahon (Menorca) accused two men of taking part in NoName057(16) attacks.', ['Vigo', 'Mahon', 'Menorca', 'Vigo and Mahon']],
  ['en', 'Officers in Lyon (Rhone) blamed the NoName057(16) group for the attacks.', ['Lyon', 'Rhone']],
  ['es', 'La Policía Nacional ha detenido en Castrelo y Puerto Albar (Menorca) a dos jóvenes a quienes atribuye haber participado en los ataques de NoName057(16) contra webs de España.', ['Castrelo', 'Puerto Albar', 'Castrelo y Puerto Albar', 'Menorca']],
  ['fr', 'Deux hommes ont été interpellés à Vigo et à Mahón (Minorque), accusés par la police d’avoir participé aux attaques de NoName057(16).', ['Vigo', 'Mahón', 'Minorque']],
];

for (const [lang, body, places] of PLACES) {
  test(`${lang}: a place and the region in brackets after it neither speak nor are accused`, () => {
    const cs = claimsOf(body, lang);
    for (const c of cs) {
      assert.ok(!places.includes(c.claimant), show(cs));
      assert.ok(!places.includes(c.target ?? ''), show(cs));
    }
  });
}

test('es: the body before a bracketed place list accuses', () => {
  const cs = claimsOf('La Policía Nacional ha detenido en Castrelo y Puerto Albar (Menorca) a dos jóvenes a quienes atribuye haber participado en los ataques de NoName057(16) contra webs de España.', 'es');
  assert.ok(claimants(cs).includes('Policía Nacional'), show(cs));
});

// Negative: a bracketed acronym names the body before it, which still speaks; a state body with its state in brackets speaks for it.
test('en: an acronym in brackets is no place; a state body with its state in brackets speaks for the state', () => {
  const acronym = claimsOf('Velmora Research (VR) said the Turla group sent fake emails to ministries.', 'en');
  assert.ok(acronym.some((c) => c.claimant === 'VR' || c.claimant === 'Velmora Research'), show(acronym));
  const body = claimsOf('The National Cyber Security Centre (UK) said the Turla group sent fake emails to ministries.', 'en');
  assert.ok(claimants(body).includes('GB'), show(body));
});

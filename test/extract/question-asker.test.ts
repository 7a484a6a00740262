/**
 * A parliamentary question's asker: its header names a party, through a member ("Question de M. X
 * (Ecolo-Groen)") or a group ("Autor: Grupo Parlamentario Republicano", "Kleine Anfrage der Fraktion der
 * CDU/CSU"); inside, "die Fragesteller", "este grupo parlamentario", "авторы запроса" and, in the question
 * before the answer's heading, the first person ("J'invite le gouvernement à ...") stand for that party,
 * whose call it is.
 * Negatives: the same words in a news article (no question in its header) make no call by a party; the
 * first person in the answer, after its heading, is not the asker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; party: string; title: string; header: string; body: string; news: string }> = [
  {
    lang: 'fr',
    party: 'Ecolo',
    title: 'Cyberespionnage visant des élus (question écrite et réponse)',
    header: 'Question de M. Jean Durandel (Ecolo-Groen) au ministre de la Justice',
    body: "Des pirates proches de Pékin ont espionné les messageries de trois parlementaires. J'invite le gouvernement à faire venir sans tarder l'ambassadeur chinois.",
    news: "Des pirates proches de Pékin ont espionné les messageries de trois parlementaires. J'invite le gouvernement à faire venir sans tarder l'ambassadeur chinois, écrit un lecteur.",
  },
  {
    lang: 'de',
    party: 'CDU/CSU',
    title: 'Kleine Anfrage der Fraktion der CDU/CSU zu Cyberangriffen auf Rechner des Parlaments',
    header: 'Vorbemerkung der Fragesteller',
    body: 'Russische Hacker sollen Postfächer von Abgeordneten ausgespäht haben. Die Fragesteller fordern die Bundesregierung auf, die Verantwortlichen öffentlich zu benennen.',
    news: 'Russische Hacker sollen Postfächer von Abgeordneten ausgespäht haben. Die Fragesteller fordern die Bundesregierung auf, die Verantwortlichen öffentlich zu benennen.',
  },
  {
    lang: 'es',
    party: 'ERC',
    title: 'Pregunta con respuesta por escrito sobre el ciberespionaje',
    header: 'Autor: Grupo Parlamentario Republicano.',
    body: 'Piratas informáticos rusos habrían entrado en los servidores de dos consejerías. Ante estos hechos, este grupo parlamentario exige al Gobierno que informe de las medidas adoptadas.',
    news: 'Piratas informáticos rusos habrían entrado en los servidores de dos consejerías. Ante estos hechos, este grupo parlamentario exige al Gobierno que informe de las medidas adoptadas.',
  },
  {
    lang: 'ru',
    party: 'LDPR',
    title: 'Депутатский запрос фракции ЛДПР о кибератаках',
    header: 'Москва, 3 марта',
    body: 'Хакеры атаковали сайты министерств. Авторы запроса призывают правительство провести проверку.',
    news: 'Хакеры атаковали сайты министерств. Авторы запроса призывают правительство провести проверку.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: the asker of a parliamentary question makes its call`, () => {
    const cs = claimsOf(c.body, c.lang, { title: c.title, header: c.header });
    assert.ok(cs.some((x) => x.claimant === c.party && x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: the same words in a news article are no party's call (negative)`, () => {
    const cs = claimsOf(c.news, c.lang, { title: 'Cyberattaque', header: '' });
    assert.ok(!cs.some((x) => x.claimant === c.party), show(cs));
  });
}

test('fr: the first person in the answer, after its heading, is not the asker (negative)', () => {
  const body = [
    "Des pirates proches de Pékin ont espionné les messageries de trois parlementaires. J'invite le gouvernement à faire venir sans tarder l'ambassadeur chinois.",
    'Réponse du ministre de la Justice',
    "J'invite les entreprises à renforcer leur sécurité.",
  ].join('\n');
  const cs = claimsOf(body, 'fr', { title: 'Cyberespionnage visant des élus (question écrite et réponse)', header: 'Question de M. Jean Durandel (Ecolo-Groen) au ministre de la Justice' });
  const ecolo = cs.filter((x) => x.claimant === 'Ecolo' && x.stance === 'calls-for');
  assert.equal(ecolo.length, 1, show(cs));
  assert.ok(ecolo[0]!.evidence.text.includes('ambassadeur'), show(cs));
});

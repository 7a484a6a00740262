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
    body: "Des pirates liés à la Chine ont visé plusieurs élus. J'invite le gouvernement à convoquer l'ambassadeur de Chine.",
    news: "Des pirates liés à la Chine ont visé plusieurs élus. J'invite le gouvernement à convoquer l'ambassadeur de Chine, écrit un lecteur.",
  },
  {
    lang: 'de',
    party: 'CDU/CSU',
    title: 'Antwort der Bundesregierung auf die Kleine Anfrage der Fraktion der CDU/CSU: Hackerangriff auf den Bundestag',
    header: 'Vorbemerkung der Fragesteller',
    body: 'Russische Hacker haben den Bundestag angegriffen. Die Fragesteller fordern die Bundesregierung auf, den Vorfall aufzuklären.',
    news: 'Russische Hacker haben den Bundestag angegriffen. Die Fragesteller fordern die Bundesregierung auf, den Vorfall aufzuklären.',
  },
  {
    lang: 'es',
    party: 'ERC',
    title: 'Pregunta con respuesta por escrito sobre el ciberespionaje',
    header: 'Autor: Grupo Parlamentario Republicano.',
    body: 'Hackers vinculados a Rusia atacaron varios ministerios. Por ello, este grupo parlamentario exige al Gobierno que aclare lo ocurrido.',
    news: 'Hackers vinculados a Rusia atacaron varios ministerios. Por ello, este grupo parlamentario exige al Gobierno que aclare lo ocurrido.',
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
    "Des pirates liés à la Chine ont visé plusieurs élus. J'invite le gouvernement à convoquer l'ambassadeur de Chine.",
    'Réponse du ministre de la Justice',
    "J'invite les entreprises à renforcer leur sécurité.",
  ].join('\n');
  const cs = claimsOf(body, 'fr', { title: 'Cyberespionnage visant des élus (question écrite et réponse)', header: 'Question de M. Jean Durandel (Ecolo-Groen) au ministre de la Justice' });
  const ecolo = cs.filter((x) => x.claimant === 'Ecolo' && x.stance === 'calls-for');
  assert.equal(ecolo.length, 1, show(cs));
  assert.ok(ecolo[0]!.evidence.text.includes('ambassadeur'), show(cs));
});

/**
 * A conditional threat: a warning of a response after a condition that names who would act ("If Russia
 * conducts further cyberattacks, we are prepared to respond"). The condition's actor is the one warned,
 * not a victim it names after it, and no party of the condition warns with the speaker. Readiness to
 * respond ("prepared to respond", "preparados para responder", "готовы ответить", "准备好作出回应") is a
 * warning cue of the profiles; readiness to answer questions is none. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warns = (body: string, lang: string, claimant: string, target: string) => {
  const cs = claimsOf(body, lang);
  assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns' && c.target === target), `${lang}: ${show(cs)}`);
  return cs;
};
/** No claim of the condition's victim as a co-subject, nor a warning of it. */
const victimAside = (cs: ReturnType<typeof claimsOf>, victim: string) => {
  assert.ok(!cs.some((c) => c.claimant === victim), show(cs));
  assert.ok(!cs.some((c) => c.stance === 'warns' && c.target === victim), show(cs));
};

test('en: "If Russia conducts further attacks against Ukraine, we are prepared to respond" warns Russia', () => {
  victimAside(warns('The State Department spokesman said: "If Russia conducts further cyberattacks against Ukraine, we are prepared to respond."', 'en', 'US', 'RU'), 'UA');
});

test('es: "Si Rusia lleva a cabo nuevos ciberataques contra Ucrania, estamos preparados para responder"', () => {
  victimAside(warns('El portavoz del Departamento de Estado dijo: "Si Rusia lleva a cabo nuevos ciberataques contra Ucrania, estamos preparados para responder".', 'es', 'US', 'RU'), 'UA');
});

test('ru: "Если Россия проведет новые кибератаки против Украины, мы готовы ответить"', () => {
  victimAside(warns('Представитель Госдепартамента США заявил: «Если Россия проведет новые кибератаки против Украины, мы готовы ответить».', 'ru', 'US', 'RU'), 'UA');
});

test('fr, vi, zh: the actor of the condition is warned, its victim is no co-subject', () => {
  victimAside(warns("Le porte-parole du Quai d'Orsay a déclaré : « Si la Russie mène de nouvelles cyberattaques contre l'Ukraine, nous sommes prêts à riposter. »", 'fr', 'FR', 'RU'), 'UA');
  victimAside(warns('Người phát ngôn Bộ Ngoại giao Mỹ nói: "Nếu Nga tiến hành thêm các cuộc tấn công mạng nhằm vào Ukraine, chúng tôi sẵn sàng đáp trả".', 'vi', 'US', 'RU'), 'UA');
  victimAside(warns('美国国务院发言人表示：“如果俄罗斯继续对乌克兰发动网络攻击，我们已准备好作出回应。”', 'zh', 'US', 'RU'), 'UA');
});

test('negative: a condition naming no actor warns of no one it names', () => {
  const cs = claimsOf('The British Foreign Office said: "If the weather worsens, we are prepared to respond."', 'en');
  assert.ok(!cs.some((c) => c.stance === 'warns' && c.target && c.target !== 'GB' && !/^[A-Z]{2}$/.test(c.target)), show(cs));
});

test('negative: readiness to answer questions is no warning (en, es)', () => {
  const en = claimsOf('The British Foreign Office said it was ready to respond to questions from journalists.', 'en');
  assert.ok(!en.some((c) => c.stance === 'warns'), show(en));
  const es = claimsOf('El Gobierno de Chile dijo que está preparado para responder a las preguntas de la prensa.', 'es');
  assert.ok(!es.some((c) => c.stance === 'warns'), show(es));
});

/**
 * An appeal told as a noun with a light verb ("makes an appeal to the population to ...", "lance un appel à
 * la population", "richtet einen Appell an die Bevölkerung", "hace un llamado a la población", "обратилось
 * с призывом к населению") and exhorting ("exhorts the governments of the world to condemn", "ruft die
 * Regierungen dazu auf"): a call by the subject, even with no state addressed. Negative case: an appeal
 * before a court is no call, and the addressee of the call does not make it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; nominal: string; exhort: string; court: string }> = [
  {
    lang: 'en',
    nominal: 'The Government of Chile makes an appeal to the population to remain calm after the attack on the power grid.',
    exhort: 'The Government of Chile exhorts the governments of the world to condemn this aggression against its power grid.',
    court: 'A court in Santiago rejected the appeal of the two hackers on Tuesday.',
  },
  {
    lang: 'fr',
    nominal: "Le gouvernement chilien lance un appel à la population pour qu'elle garde son calme après l'attaque contre le réseau électrique.",
    exhort: 'Le gouvernement chilien exhorte les gouvernements du monde à condamner cette agression contre son réseau électrique.',
    court: "La cour d'appel de Santiago a rejeté mardi le recours des deux pirates.",
  },
  {
    lang: 'de',
    nominal: 'Die chilenische Regierung richtet einen Appell an die Bevölkerung, nach dem Angriff auf das Stromnetz Ruhe zu bewahren.',
    exhort: 'Die chilenische Regierung ruft die Regierungen der Welt eindringlich dazu auf, diesen Angriff auf ihr Stromnetz zu verurteilen.',
    court: 'Ein Gericht in Santiago wies am Dienstag die Berufung der beiden Hacker zurück.',
  },
  {
    lang: 'es',
    nominal: 'El Gobierno de Chile hace un llamado a la población a mantener la calma tras el ataque contra la red eléctrica.',
    exhort: 'El Gobierno de Chile exhorta a los gobiernos del mundo a condenar esta agresión contra su red eléctrica.',
    court: 'Un tribunal de apelación de Santiago rechazó el martes el recurso de los dos piratas.',
  },
  {
    lang: 'ru',
    nominal: 'Правительство Чили обратилось с призывом к населению сохранять спокойствие после атаки на энергосеть.',
    exhort: 'Правительство Чили призывает правительства всех стран мира осудить эту агрессию против его энергосети.',
    court: 'Суд Сантьяго во вторник отклонил апелляцию двух хакеров.',
  },
];

for (const c of CASES) {
  test(`${c.lang}: an appeal told as a noun is a call by its subject`, () => {
    const cs = claimsOf(c.nominal, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'CL' && x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: exhorting the governments of the world is a call`, () => {
    const cs = claimsOf(c.exhort, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'CL' && x.stance === 'calls-for'), show(cs));
  });
  test(`${c.lang}: an appeal before a court is no call (negative)`, () => {
    const cs = claimsOf(c.court, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}

/**
 * The state a named official speaks for when the role names none. A state that is the object of the official's own
 * accuse, confirm or deny verb ("Defence Minister X accused China of ...") is never theirs: a state does not accuse
 * itself. Failing a state of their own, an office of state (a minister) takes the state the article's officials
 * speak for, or else the state the article names most; the head of a state organ ("the chair of the National Grid
 * Council") speaks for the organ's state. Negative: an analyst with no organ in the role takes no state. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, attributes, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Belgian Prime Minister Marc Dupuis spoke to reporters on Monday. Defence Minister Jan Roeland accused China of hacking the ministry\'s mail servers.'],
  ['fr', 'Le Premier ministre belge, Marc Dupuis, a parlé aux journalistes lundi. Le ministre de la Défense, Paul Verlinden, a accusé la Chine d\'avoir piraté les serveurs de messagerie du ministère.'],
  ['es', 'El primer ministro belga, Marc Dupuis, habló con la prensa el lunes. La ministra de Defensa, Lucía Marvento, acusó a China de haber atacado los servidores de correo del ministerio.'],
] as const) {
  test(`${lang}: a minister with no state of their own accuses for the article's state: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry mail servers breached' });
    assert.ok(attributes(cs, 'BE', 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CN'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Defence Minister Jan Roeland accused China of hacking the ministry\'s mail servers.'],
  ['de', 'Verteidigungsminister Jan Roeland beschuldigte China, die Mailserver des Ministeriums gehackt zu haben.'],
  ['ru', 'Министр обороны Ян Роланд обвинил Китай во взломе почтовых серверов министерства.'],
  ['es', 'La ministra de Defensa, Lucía Marvento, reconoció la filtración de los datos de los soldados en Estados Unidos.'],
] as const) {
  test(`${lang}: the state after the official's own stance verb is not theirs: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry mail servers breached' });
    assert.ok(!cs.some((c) => c.claimant === 'CN' || c.claimant === 'US'), show(cs));
  });
}

test('es: the head of a state organ speaks for the state the article names most', () => {
  const body = 'Ecuador celebra elecciones este domingo. Los votantes de Ecuador en el exterior usan una plataforma en línea. La presidenta del Consejo Nacional de Sufragio, Marta Quillay, confirmó que la plataforma sufrió ataques cibernéticos durante la jornada en Ecuador.';
  const cs = claimsOf(body, 'es', { title: 'Voto en línea' });
  assert.ok(cs.some((c) => c.claimant === 'EC' && c.stance === 'confirms'), show(cs));
});

test('en: an analyst with no organ in the role takes no state', () => {
  const cs = claimsOf('Belgian Prime Minister Marc Dupuis spoke on Monday. Security analyst Jan Roeland accused China of hacking the ministry\'s mail servers.', 'en');
  assert.ok(!attributes(cs, 'BE', 'CN'), show(cs));
});

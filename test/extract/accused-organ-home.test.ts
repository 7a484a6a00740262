/**
 * The article's home state (home-state.ts) leaves out the organs and officials that their sentence presents as the doer
 * or suspect of a hostile act (accused-mention.ts): the agent of a perpetration ("carried out by X", "von X
 * durchgeführt", "由X实施", "menée par X", "obra de X", "проведена X"), the subject or object of blame ("X is behind",
 * "bears the hallmarks of X", "X steckt hinter", "за атакой стоит X", "X是幕后黑手"), a verbless headline's blame ("X
 * behind attack on ..."). A text that names only the accused state's agencies, and its own state's once, gives the home
 * to its own state: "the authorities" warn for it. Invented texts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const warns = (cs: ClaimCandidate[], claimant: string, target: string | null): boolean => cs.some((c) => c.claimant === claimant && c.stance === 'warns' && (c.target ?? null) === target);

describe('home state: the accused state\'s organs speak for no side', () => {
  const positives: Array<[string, string, string, string?]> = [
    ['en', 'The national response team said on Monday that the attack on the rail network was carried out by the GRU. Investigators found that the intrusion bore the hallmarks of the GRU. The authorities warned that Russia could attempt further attacks and asked operators to report incidents to CERT-FR.', 'FR'],
    ['en', 'The national response team said on Monday that operators had restored the rail network. The authorities warned that Russia could attempt further attacks and asked operators to report incidents to CERT-FR.', 'FR', 'GRU behind attack on rail network'],
    ['de', 'Das Reaktionsteam teilte am Montag mit, der Angriff auf das Bahnnetz sei vom GRU durchgeführt worden. Nach Angaben der Ermittler steckt der GRU hinter dem Angriff. Die Behörden warnten, Russland könne weitere Angriffe versuchen, und riefen die Betreiber auf, Vorfälle dem BSI zu melden.', 'DE'],
    ['ru', 'Группа реагирования сообщила в понедельник, что атака на железнодорожную сеть была проведена ГРУ. По данным следователей, за атакой стоит ГРУ. Власти предупредили, что Россия может предпринять новые атаки, и призвали операторов сообщать об инцидентах в CERT-UA.', 'UA'],
    ['zh', '应急小组周一表示，这次针对铁路网络的攻击由格鲁乌实施。调查人员称，格鲁乌是此次攻击的幕后黑手。当局警告，俄罗斯可能发动更多攻击，并呼吁运营商向CERT-UA报告事件。', 'UA'],
    ['fr', "L'équipe de réponse a indiqué lundi que l'attaque contre le réseau ferroviaire a été menée par le GRU. Selon les enquêteurs, le GRU est derrière l'attaque. Les autorités ont averti que la Russie pourrait tenter d'autres attaques et ont appelé les opérateurs à signaler les incidents à l'ANSSI.", 'FR'],
    ['es', 'El equipo de respuesta informó el lunes de que el ataque contra la red ferroviaria fue obra del GRU. Según los investigadores, el GRU está detrás del ataque. Las autoridades advirtieron que Rusia podría intentar nuevos ataques y pidieron a los operadores notificar los incidentes a INCIBE.', 'ES'],
  ];
  for (const [lang, body, home, title] of positives) {
    it(`${lang}${title ? ' (headline)' : ''}: the authorities are ${home}'s, not the accused's`, () => {
      const cs = claimsOf(body, lang, title ? { title } : {});
      assert.ok(warns(cs, home, 'RU'), show(cs));
      assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
    });
  }

  // The accused state's own ministry speaking to deny: it is the only speaker, and the home stays its state.
  it('en: the accused state\'s ministry that speaks keeps the home', () => {
    const cs = claimsOf('The Foreign Ministry of Russia denied on Monday that the GRU was behind the attack on the rail network. The ministry said the accusations were baseless. The authorities warned that such claims harm relations.', 'en');
    assert.ok(cs.some((c) => c.claimant === 'RU' && c.stance === 'denies'), show(cs));
    assert.ok(warns(cs, 'RU', null), show(cs));
  });

  // The accuser before its verb is no accused: its organ still counts for its state.
  it('en: the organ that accuses still counts', () => {
    const cs = claimsOf('ANSSI accused the GRU of the attack on the rail network. The authorities warned that Russia could attempt further attacks.', 'en');
    assert.ok(warns(cs, 'FR', 'RU'), show(cs));
  });

  // A headline's "behind" with no hostile act after it blames no one: the organ counts as named.
  it('en: a headline "X behind" new rules accuses no one', () => {
    const cs = claimsOf('The national response team said on Monday that operators had restored the rail network. The authorities warned that Russia could attempt further attacks and asked operators to report incidents to CERT-FR.', 'en', { title: 'GRU behind new rules for rail network operators' });
    assert.ok(!warns(cs, 'FR', 'RU'), show(cs));
  });

  // An organ only named, in no accusation, still counts for its state.
  it('en: an organ named as an addressee is no accused', () => {
    const cs = claimsOf('The national response team said on Monday that operators had restored the rail network. The authorities warned that Russia could attempt further attacks and asked operators to report incidents to the GRU.', 'en');
    assert.ok(!cs.some((c) => c.claimant === 'FR'), show(cs));
    assert.ok(warns(cs, 'RU', null), show(cs));
  });
});

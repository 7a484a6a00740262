/**
 * A victim confirming a hit that another party claims: "X confirmed the outage was an attack, after the group Y
 * claimed it", "confirmó ... después de que el grupo Y se atribuyera la autoría", "a confirmé une fuite revendiquée
 * par des pirates", "подтвердило атаку после того, как группировка Y взяла на себя ответственность". The claim of
 * responsibility is the group's, so the confirmation stays the victim's (claims/others-claim.ts). Negatives: an
 * actor owning its act and admitting its aim in the same breath confirms no hit ("se atribuyeron los ataques y
 * admitieron que ..."), nor does one whose claim names its victim before the admission. Names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>, who: string) => cs.some((c) => c.claimant === who && c.stance === 'confirms' && c.target === who);

for (const [lang, who, body] of [
  ['es', 'Velmora', 'Velmora confirmó el jueves que las caídas de su correo fueron causadas por un ataque, después de que el grupo Korvex Team se atribuyera la autoría.'],
  ['en', 'Velmora', 'Velmora confirmed on Thursday that the outages were caused by an attack, after the group Korvex Team claimed responsibility.'],
  ['fr', 'Velmora', "Velmora a confirmé jeudi que les pannes étaient dues à une attaque, après que le groupe Korvex Team a revendiqué l'opération."],
  ['fr', 'PL', 'La caisse polonaise a confirmé une fuite de données revendiquée par des pirates.'],
  ['ru', 'PL', 'Министерство финансов Польши подтвердило атаку после того, как группировка Korvex Team взяла на себя ответственность.'],
  ['en', 'PL', 'The Polish ministry of finance acknowledged the breach after hackers claimed responsibility on a forum.'],
] as const) {
  test(`${lang}: a confirmation stays the victim's beside another's claim of the act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(confirms(cs, who), show(cs));
  });
}

for (const [lang, body] of [
  ['es', 'Korvex Team y Ferrum Crew se atribuyeron los ataques y admitieron que su objetivo era presionar al gobierno polaco.'],
  ['fr', "Le groupe Korvex Team a revendiqué l'attaque contre le ministère polonais et a reconnu avoir visé ses serveurs."],
] as const) {
  test(`${lang}: an actor owning its act confirms no hit (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack on a ministry' });
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

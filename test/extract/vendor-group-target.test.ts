/**
 * A company or research team attributing an act to a threat group it tracks, with no state named in
 * its sentence, attributes to the group: the target is the group's name, not the state the knowledge
 * base ties the group to (a vendor that declines to name a state). Where its sentence names the
 * state ("the Russian group"), the state is the target; a state speaking relies on what it knows of
 * the group. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const VENDOR_GROUP: Array<[lang: string, body: string]> = [
  ['en', 'ESET attributed the attack on the power company to the Sandworm group.'],
  ['fr', 'Les chercheurs d’ESET attribuent cette attaque contre le réseau électrique au groupe Sandworm.'],
  ['de', 'ESET-Forscher schreiben den Angriff auf den Energieversorger der Gruppe Sandworm zu.'],
  ['es', 'Los investigadores de ESET atribuyen el ataque contra la red eléctrica al grupo Sandworm.'],
  ['ru', 'Исследователи ESET приписали атаку на энергокомпанию группировке Sandworm.'],
  ['vi', 'Các nhà nghiên cứu của ESET quy trách nhiệm vụ tấn công lưới điện cho nhóm Sandworm.'],
];

for (const [lang, body] of VENDOR_GROUP) {
  test(`${lang}: a vendor naming no state attributes to the group`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, 'ESET'), ['Sandworm Team'], show(cs));
  });
}

const STATE_NAMED: Array<[lang: string, body: string, claimant: string]> = [
  ['en', 'ESET attributed the attack on the power company to the Russian group Sandworm.', 'ESET'],
  ['de', 'ESET schreibt den Angriff der russischen Gruppe Sandworm zu.', 'ESET'],
];

for (const [lang, body, claimant] of STATE_NAMED) {
  test(`${lang}: a vendor naming the state accuses the state`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, claimant), ['RU'], show(cs));
  });
}

// A state speaking is held to the same rule (group-target.ts): the group when the text names no state for it.
const STATE_SPEAKS: Array<[lang: string, body: string]> = [
  ['en', 'Ukraine attributed the attack on the power company to the Sandworm group.'],
  ['de', 'Die Ukraine schreibt den Angriff auf den Energieversorger der Gruppe Sandworm zu.'],
];

for (const [lang, body] of STATE_SPEAKS) {
  test(`${lang}: a state speaking accuses the group when the text names no state for it`, () => {
    assert.deepEqual(accused(claimsOf(body, lang), 'UA'), ['Sandworm Team'], show(claimsOf(body, lang)));
  });
}

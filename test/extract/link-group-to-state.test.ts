/**
 * A verb linking a named threat group to a state ("linked the X group to Pakistan", "a lié le groupe X au
 * Pakistan", "vinculó al grupo X con Pakistán", "bringt die Gruppe X mit Pakistan in Verbindung", "связала
 * группировку X с Пакистаном"): the state right after the group, with only a preposition between, is the one the
 * operation is tied to, the accused; the group is what the claim is about. Negatives: a state inside a victim's
 * phrase after the group ("to attacks on Pakistan") is no accused; with no state, the group stays the target.
 * Group names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Talos has linked the Storm Kitten group to Pakistan.'],
  ['fr', 'Talos a lié le groupe Storm Kitten au Pakistan.'],
  ['es', 'Talos vinculó al grupo Storm Kitten con Pakistán.'],
  ['de', 'Talos bringt die Gruppe Storm Kitten mit Pakistan in Verbindung.'],
  ['ru', 'Talos связала группировку Storm Kitten с Пакистаном.'],
] as const) {
  test(`${lang}: the state a group is linked to is the accused: ${body}`, () => {
    const cs = claimsOf(body, lang, { title: 'Espionage campaign' });
    assert.ok(attributes(cs, 'Cisco Talos', 'PK'), show(cs));
    assert.ok(cs.some((c) => c.target === 'PK' && c.about.includes('Storm Kitten')), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Talos linked the Storm Kitten group to attacks on Pakistan.'],
  ['fr', 'Talos a lié le groupe Storm Kitten à des attaques contre le Pakistan.'],
  ['es', 'Talos vinculó al grupo Storm Kitten con ataques contra Pakistán.'],
  ['en', 'Talos attributed the attacks to the Storm Kitten group.'],
] as const) {
  test(`${lang}: a victim or no state leaves the group the accused (negative): ${body}`, () => {
    const cs = claimsOf(body, lang, { title: 'Espionage campaign' });
    assert.ok(attributes(cs, 'Cisco Talos', 'Storm Kitten'), show(cs));
    assert.ok(!attributes(cs, 'Cisco Talos', 'PK'), show(cs));
  });
}

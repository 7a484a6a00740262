/**
 * A party that names a threat group in its own clause ("the group Microsoft tracks as X", "un groupe que
 * Microsoft appelle X", "die Gruppe, die Microsoft X nennt", "el grupo que Microsoft denomina X", "nhóm mà
 * Microsoft gọi là X") makes that group its finding: it attributes the operation to the state the group is known
 * to serve, else to the group itself (a new name). Negative: a name given in passing inside another's claim
 * ("the NCSC said the group Microsoft tracks as X ...") is the NCSC's attribution only. Invented group names
 * where the group is new.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

// The text names no state for the group: the namer attributes to the group itself (the labelling convention); with
// the state named before, to the state (last case).
for (const [lang, body, claimant, target] of [
  ['en', 'The group Microsoft tracks as Seashell Blizzard hit the grid.', 'Microsoft', 'Sandworm Team'],
  ['en', 'A group that Mandiant calls UNC9999 breached the ministry.', 'Mandiant', 'UNC9999'],
  ['fr', 'Un groupe que Microsoft appelle Seashell Blizzard a attaqué le réseau électrique.', 'Microsoft', 'Sandworm Team'],
  ['de', 'Die Gruppe, die Microsoft Seashell Blizzard nennt, griff das Stromnetz an.', 'Microsoft', 'Sandworm Team'],
  ['es', 'El grupo que Microsoft denomina Seashell Blizzard atacó la red eléctrica.', 'Microsoft', 'Sandworm Team'],
  ['vi', 'Nhóm mà Microsoft gọi là Seashell Blizzard đã tấn công lưới điện.', 'Microsoft', 'Sandworm Team'],
  ['en', 'The grid operator blamed Russia. The group Microsoft tracks as Seashell Blizzard hit the grid.', 'Microsoft', 'RU'],
] as const) {
  test(`${lang}: the namer of a group attributes: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Grid attack' });
    assert.ok(attributes(cs, claimant, target), show(cs));
  });
}

for (const [lang, body, speaker] of [
  ['en', 'The NCSC said the group Microsoft tracks as Seashell Blizzard hit the grid.', 'GB'],
  ['fr', 'Selon l’ANSSI, le groupe que Microsoft appelle Seashell Blizzard a attaqué le réseau.', 'FR'],
] as const) {
  test(`${lang}: a name given inside another's claim is no claim of the namer (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Grid attack' });
    // No state named for the group: the group itself is the accused (the labelling convention).
    assert.ok(attributes(cs, speaker, 'Sandworm Team'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'Microsoft'), show(cs));
  });
}

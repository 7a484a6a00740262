/**
 * A warning verb that introduces the speaker's own inability to establish something ("warned that it could
 * not determine ...", "advirtió que no pudo establecer ...", "a averti qu'il n'a pas pu déterminer ...",
 * "warnte, man könne nicht feststellen ...", "cảnh báo rằng không thể xác định ..."): a caveat, not a warning.
 * Negative cases: the same verb with a threat in its complement still warns. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; caveat: string; threat: string }> = [
  { lang: 'en', caveat: 'Mandiant warned that it could not determine how much control the GRU had over the group.', threat: 'Mandiant warned that the GRU would use the group for more attacks on water utilities.' },
  { lang: 'es', caveat: 'Mandiant advirtió que no pudo establecer cuánto control ejerce el GRU sobre el grupo.', threat: 'Mandiant advirtió que el GRU usará el grupo para nuevos ataques contra plantas de agua.' },
  { lang: 'fr', caveat: "Mandiant a averti qu'il n'a pas pu déterminer le degré de contrôle du GRU sur le groupe.", threat: 'Mandiant a averti que le GRU utilisera le groupe pour de nouvelles attaques contre des usines de traitement des eaux.' },
  { lang: 'de', caveat: 'Mandiant warnte, man könne nicht feststellen, wie stark der GRU die Gruppe steuere.', threat: 'Mandiant warnte, der GRU werde die Gruppe für weitere Angriffe auf Wasserwerke nutzen.' },
  { lang: 'vi', caveat: 'Mandiant cảnh báo rằng không thể xác định mức độ kiểm soát của GRU đối với nhóm.', threat: 'Mandiant cảnh báo rằng GRU sẽ dùng nhóm này cho các cuộc tấn công mới nhằm vào nhà máy nước.' },
];

for (const c of CASES) {
  test(`${c.lang}: a warning verb introducing the speaker's inability to establish is no warning`, () => {
    const cs = claimsOf(c.caveat, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: the same verb with a threat in its complement still warns (negative)`, () => {
    const cs = claimsOf(c.threat, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'Mandiant' && x.stance === 'warns'), show(cs));
  });
}

/**
 * A vendor that publishes a report on a group it names ("Zentrix Labs published a report on a previously unknown
 * group it calls X", "a publié un rapport consacré à un groupe inconnu, baptisé X", "опубликовали отчёт о ранее
 * неизвестной группировке, которой присвоили название X") introduces the group as its finding: an attribution of
 * the activity to that group, or to the state the introduction itself names ("a previously unknown Iranian group").
 * Negatives: a report on a flaw or an outage names no group of its own; a group named in a relative clause of
 * another's act ("the outage, which a group called X claimed") is no introduction.
 * Vendors, groups and places invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const attributes = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target);

const TO_GROUP: Array<[lang: string, body: string]> = [
  ['en', 'Zentrix Labs has published a detailed report on a cyberespionage crew it calls Frostwillow.'],
  ['fr', 'Zentrix Labs a publié jeudi 4 avril un rapport consacré à un groupe d\'espionnage jusqu\'ici inconnu, baptisé Frostwillow.'],
  ['de', 'Zentrix Labs veröffentlichte am Montag einen Bericht über eine bislang unbekannte Spionagegruppe namens Frostwillow.'],
  ['es', 'Zentrix Labs publicó el martes un informe sobre un grupo de espionaje hasta ahora desconocido, denominado Frostwillow.'],
  ['ru', 'Аналитики Zentrix Labs опубликовали отчёт о ранее неизвестной шпионской группировке, которую назвали Frostwillow.'],
  ['ru', 'Аналитики Zentrix Labs представили доклад о новой группировке, которой присвоили название Frostwillow.'],
  ['vi', 'Zentrix Labs đã công bố báo cáo về một nhóm gián điệp mới có tên Frostwillow.'],
];

for (const [lang, body] of TO_GROUP) {
  test(`${lang}: a report introducing a group attributes to it: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Zentrix Labs', 'Frostwillow'), show(cs));
  });
}

const TO_STATE: Array<[lang: string, body: string, state: string]> = [
  ['en', 'Zentrix Labs published a report on a previously unknown Iranian group it calls Frostwillow.', 'IR'],
  ['de', 'Zentrix Labs veröffentlichte einen Bericht über eine bislang unbekannte iranische Gruppe namens Frostwillow.', 'IR'],
  ['es', 'Zentrix Labs publicó un informe sobre un grupo iraní hasta ahora desconocido, denominado Frostwillow.', 'IR'],
];

for (const [lang, body, state] of TO_STATE) {
  test(`${lang}: the state the introduction names is the target: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, 'Zentrix Labs', state), show(cs));
    assert.ok(!attributes(cs, 'Zentrix Labs', 'Frostwillow'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Zentrix Labs published a report on a vulnerability in routers used by ministries in Seoul.'],
  ['en', 'Zentrix Labs published a report on the outage at the Velmar port, which a group called Frostwillow claimed.'],
  ['ru', 'Zentrix Labs опубликовала отчёт об уязвимости в маршрутизаторах, которую назвали Frostbleed.'],
  ['vi', 'Zentrix Labs công bố báo cáo về một lỗ hổng trong bộ định tuyến được đặt tên là Frostbleed.'],
] as const) {
  test(`${lang}: a report on no group of its own attributes nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Zentrix Labs' && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

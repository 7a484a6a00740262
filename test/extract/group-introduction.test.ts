/**
 * A vendor or a research team introducing a threat group by the name it gave it: a verb of finding or
 * describing, then the name with its marker ("Velmora described a group it called X", "мы обнаружили
 * новую группу, которую назвали X", "beschrieb eine Welle unter dem Namen X", "a découvert un groupe
 * qu'elle a baptisé X", "identificó un grupo denominado X", "phát hiện một nhóm được đặt tên là X"):
 * its finding attributes the activity to the group (the group itself: a vendor names a state only when
 * its sentence does). A vendor merely mentioned, or a name given in another clause, attributes nothing.
 * Vendors, groups and sentences are invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const INTRODUCED: Array<[lang: string, body: string, claimant: string, group?: string]> = [
  ['en', 'Velmora Labs later described a group it called Quiet Heron that had reused the same exploits for years.', 'Velmora Labs'],
  ['en', 'Velmora Labs discovered a new cyberespionage group it dubbed Quiet Heron.', 'Velmora Labs'],
  // A name the knowledge base knows (an unknown one after "unter dem Namen" is not taken for a group).
  ['de', 'ESET beschrieb 2019 eine neue Welle unter dem Namen «Winter Vivern».', 'ESET', 'Winter Vivern'],
  ['de', 'ESET entdeckte eine Gruppe namens Quiet Heron.', 'ESET'],
  ['fr', "Velmora Security a découvert un groupe qu'elle a baptisé Quiet Heron.", 'Velmora Security'],
  ['es', 'La empresa Velmora identificó un grupo denominado Quiet Heron.', 'Velmora'],
  ['ru', 'Лаборатория Касперского обнаружила группировку под названием Quiet Heron.', 'Kaspersky'],
  ['vi', 'Velmora Security phát hiện một nhóm tin tặc được đặt tên là Quiet Heron.', 'Velmora Security'],
];

for (const [lang, body, claimant, group = 'Quiet Heron'] of INTRODUCED) {
  test(`${lang}: a finder introducing a group by its name attributes to it: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(attributes(cs, claimant, group), show(cs));
  });
}

test('ru: "we" of a vendor post introducing a group is the post\'s publisher', () => {
  const cs = claimsOf('Прошлой осенью мы обнаружили ранее неизвестную APT-группу, которую назвали Quiet Heron: она следит за дипломатами.', 'ru', { header: 'ESET | Исследования | 3 мая 2024' });
  assert.ok(attributes(cs, 'ESET', 'Quiet Heron'), show(cs));
});

test('en: a name given in another clause after a comma is no introduction', () => {
  const cs = claimsOf('Velmora Labs described the outage, which a group called Quiet Heron later claimed.', 'en');
  assert.ok(!attributes(cs, 'Velmora', 'Quiet Heron'), show(cs));
});

test('ru: a relative clause that is not the naming is no introduction', () => {
  const cs = claimsOf('Мы обнаружили сбой, о котором группировка под названием Quiet Heron позднее заявила.', 'ru', { header: 'ESET | Исследования | 3 мая 2024' });
  assert.ok(!attributes(cs, 'ESET', 'Quiet Heron'), show(cs));
});

test('en: a vendor merely mentioned attributes nothing', () => {
  const cs = claimsOf('Customers of Velmora Labs were hit by a group called Quiet Heron.', 'en');
  assert.ok(!cs.some((c) => /Velmora/u.test(c.claimant) && c.stance === 'attributes'), show(cs));
});

test('de: a party before the finder is not the finder ("das US-Unternehmen X beschrieb")', () => {
  const cs = claimsOf('Das Unternehmen aus den USA, ESET, beschrieb eine Welle unter dem Namen «Quiet Heron».', 'de');
  assert.ok(!attributes(cs, 'US', 'Quiet Heron'), show(cs));
});

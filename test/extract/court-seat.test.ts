/**
 * The seat of a court, a jury or a prosecution ("un gran jurado federal de X", "le parquet de X", "a grand
 * jury in X", "das Landgericht X", "bồi thẩm đoàn tại X") is a place: the body that charges is the court,
 * so the town named there never makes the accusation. A wire dateline closed by ".-" ("MADRID, 20 jul.
 * (EFE).- ") is no party either, even when the sentence splitter cut it after an abbreviated date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SEATS: Array<{ lang: string; seat: string; body: string }> = [
  { lang: 'es', seat: 'Springfield', body: 'Un gran jurado federal de Springfield acusó a dos hermanos letones de dirigir el grupo de piratas informáticos Nightshade, que lanzó miles de ataques.' },
  { lang: 'es', seat: 'Springfield', body: 'Un gran jurado federal de Springfield acusó a Letonia de dirigir los ataques del grupo Nightshade.' },
  { lang: 'fr', seat: 'Rennes', body: "Le parquet de Rennes accuse la Lettonie d'avoir dirigé les attaques du groupe Nightshade." },
  { lang: 'fr', seat: 'Rennes', body: "Le tribunal correctionnel de Rennes a condamné deux frères lettons pour avoir dirigé le groupe de pirates Nightshade, qui a lancé des milliers d'attaques." },
  { lang: 'en', seat: 'Springfield', body: 'A federal grand jury in Springfield charged two Latvian brothers with running the hacker group Nightshade, which launched thousands of attacks.' },
  { lang: 'de', seat: 'Bremen', body: 'Das Landgericht Bremen hat zwei lettische Brüder beschuldigt, die Hackergruppe Nightshade geführt zu haben, die Tausende Angriffe verübte.' },
  { lang: 'vi', seat: 'Springfield', body: 'Bồi thẩm đoàn liên bang tại Springfield đã cáo buộc hai anh em người Latvia điều hành nhóm tin tặc Nightshade, nhóm đã thực hiện hàng nghìn vụ tấn công.' },
];

for (const c of SEATS) {
  test(`${c.lang}: the seat of a court or jury (${c.seat}) makes no claim`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.claimant === c.seat), show(cs));
  });
}

test('es: a state body after "de" still speaks ("la Audiencia Nacional de Madrid" is Spain)', () => {
  const cs = claimsOf('La Audiencia Nacional de Madrid acusó a Letonia de dirigir los ataques del grupo Nightshade.', 'es');
  assert.ok(cs.some((x) => x.claimant === 'ES' && x.target === 'LV'), show(cs));
});

for (const [lang, body] of [
  ['es', 'MADRID, 20 jul. (EFE).- Un gran jurado federal de Springfield acusó a dos hermanos letones de dirigir el grupo de piratas informáticos Nightshade.'],
  ['es', 'SPRINGFIELD, 16 oct (EFE).- La fiscalía acusó a dos hermanos letones de dirigir el grupo Nightshade.'],
  ['fr', "RENNES, 3 mars (AFP).- Le parquet a accusé deux frères lettons d'avoir dirigé le groupe Nightshade."],
] as const) {
  test(`${lang}: a dateline closed by ".-" is no claimant`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((x) => /^(?:MADRID|SPRINGFIELD|RENNES|\(EFE\)|EFE|AFP)$/u.test(x.claimant)), show(cs));
  });
}

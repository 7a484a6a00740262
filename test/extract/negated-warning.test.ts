/**
 * A negated warning is no warning ("did not warn", "n'a pas averti", "no advirtió", "не предупреждало", "không
 * cảnh báo", "并未警告", "warnte nicht"), and in German a negator standing before a complement of the verb negates
 * the verb ("beschuldigte X bislang nicht der ...", "hat X nicht für ... verantwortlich gemacht"). Negatives: a
 * warning whose content is negated ("warned that the attacks would not stop"), "not only ... but also" ("не
 * только ... но и", "không chỉ ... mà còn"), and
 * "nicht X, sondern Y" (the claim is made, of Y). Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const NEGATED_WARNINGS: Array<{ lang: string; body: string }> = [
  { lang: 'fr', body: "Le ministère norvégien de la Défense n'a pas averti les armateurs d'une menace iranienne contre les ports." },
  { lang: 'fr', body: "L'agence suédoise n'a jamais averti les hôpitaux des attaques du groupe Lazarus." },
  { lang: 'es', body: 'El Ministerio del Interior de Chile no advirtió sobre ataques de Irán contra sus redes eléctricas.' },
  { lang: 'es', body: 'La agencia polaca nunca advirtió a los bancos del grupo Lazarus.' },
  { lang: 'ru', body: 'Министерство обороны Норвегии не предупреждало об атаках Ирана на порты страны.' },
  { lang: 'ru', body: 'Польское агентство так и не предупредило банки об угрозе со стороны группы Lazarus.' },
  { lang: 'vi', body: 'Bộ Quốc phòng Na Uy không cảnh báo về các cuộc tấn công của Iran nhằm vào cảng biển.' },
  { lang: 'vi', body: 'Cơ quan an ninh mạng Ba Lan chưa từng cảnh báo các ngân hàng về nhóm Lazarus.' },
  { lang: 'zh', body: '挪威国防部并未警告伊朗对港口发动的网络攻击。' },
  { lang: 'zh', body: '波兰网络安全机构没有警告银行提防Lazarus组织。' },
  { lang: 'de', body: 'Das norwegische Verteidigungsministerium warnte nicht vor Angriffen aus dem Iran auf die Häfen.' },
  { lang: 'de', body: 'Die polnische Behörde hat die Banken nie vor der Gruppe Lazarus gewarnt.' },
];

for (const { lang, body } of NEGATED_WARNINGS) {
  test(`${lang}: a negated warning is no warning: ${body}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns'), `${body}\n${show(cs)}`);
  });
}

const NEGATED_COMPLEMENT: Array<{ lang: string; body: string; target: string }> = [
  { lang: 'de', body: 'Die schwedische Regierung beschuldigte den Iran bislang nicht der Sabotage an den Stromnetzen.', target: 'IR' },
  { lang: 'de', body: 'Die Regierung in Oslo hat China nicht für den Einbruch in das Netz des Parlaments verantwortlich gemacht.', target: 'CN' },
  { lang: 'de', body: 'Das Außenministerium in Warschau machte Nordkorea bisher nicht für den Diebstahl bei der Bank verantwortlich.', target: 'KP' },
];

for (const { lang, body, target } of NEGATED_COMPLEMENT) {
  test(`${lang}: a negator before the verb's complement negates the accusation: ${body}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!attributes(cs, cs[0]?.claimant ?? '', target) && !cs.some((c) => c.target === target && c.stance === 'accuses'), `${body}\n${show(cs)}`);
  });
}

const STILL_WARNS: Array<{ lang: string; body: string; claimant: string }> = [
  // The warning's content is negated, not the warning.
  { lang: 'en', body: 'The Norwegian Defence Ministry warned that attacks by Iran on the ports would not stop.', claimant: 'NO' },
  { lang: 'fr', body: "Le ministère norvégien de la Défense a averti que les attaques iraniennes contre les ports ne cesseraient pas.", claimant: 'NO' },
  { lang: 'es', body: 'El Ministerio del Interior de Chile advirtió que los ataques de Irán contra las redes no cesarán.', claimant: 'CL' },
  { lang: 'ru', body: 'Министерство обороны Норвегии предупредило, что атаки Ирана на порты не прекратятся.', claimant: 'NO' },
  { lang: 'de', body: 'Das norwegische Verteidigungsministerium warnte, dass die Angriffe aus dem Iran auf die Häfen nicht aufhören würden.', claimant: 'NO' },
  // "not only ... but also": both are warned of.
  { lang: 'en', body: 'The Norwegian Defence Ministry warned not only of Iranian attacks on the ports but also of sabotage.', claimant: 'NO' },
  { lang: 'de', body: 'Das norwegische Verteidigungsministerium warnte nicht nur vor Angriffen aus dem Iran, sondern auch vor Sabotage.', claimant: 'NO' },
  { lang: 'ru', body: 'Министерство обороны Норвегии не только предупредило об атаках Ирана на порты, но и призвало операторов обновить системы.', claimant: 'NO' },
  { lang: 'vi', body: 'Bộ Quốc phòng Na Uy không chỉ cảnh báo về các cuộc tấn công của Iran mà còn kêu gọi các doanh nghiệp cập nhật hệ thống.', claimant: 'NO' },
  { lang: 'zh', body: '挪威国防部不仅警告伊朗对港口发动的网络攻击，还呼吁企业更新系统。', claimant: 'NO' },
  // A negator that affirms ("without doubt", "without hesitation"), or one a negative warning verb agrees with.
  { lang: 'es', body: 'El ministro de Exteriores de Chile dijo que la agresión de Irán sin duda recibirá una respuesta contundente.', claimant: 'CL' },
  { lang: 'zh', body: '挪威国防部表示，将毫不犹豫地追究伊朗黑客的责任。', claimant: 'NO' },
  { lang: 'ru', body: 'МИД Норвегии заявил, что страна никогда не будет мириться с атаками Ирана на свои порты.', claimant: 'NO' },
];

for (const { lang, body, claimant } of STILL_WARNS) {
  test(`${lang}: a negation inside the warning leaves it a warning: ${body}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === 'warns'), `${body}\n${show(cs)}`);
  });
}

const STILL_ACCUSES: Array<{ lang: string; body: string; claimant: string }> = [
  // "nicht X, sondern Y", "nicht nur X, sondern auch Y": the accusation is made.
  { lang: 'de', body: 'Die schwedische Regierung beschuldigte nicht Russland, sondern den Iran der Sabotage an den Stromnetzen.', claimant: 'SE' },
  { lang: 'de', body: 'Die Regierung in Oslo machte nicht nur China, sondern auch Nordkorea für den Einbruch verantwortlich.', claimant: 'NO' },
  { lang: 'de', body: 'Die schwedische Regierung beschuldigte den Iran der Sabotage an den Stromnetzen.', claimant: 'SE' },
];

for (const { lang, body, claimant } of STILL_ACCUSES) {
  test(`${lang}: a negator the clause contrasts away leaves the accusation: ${body}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')), `${body}\n${show(cs)}`);
  });
}

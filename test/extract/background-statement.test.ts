/**
 * A statement told as background, with an adverb of anteriority or "already"/"at the time" before its verb
 * ("X had previously blamed Y", "X hatte Y bereits zuvor ... verantwortlich gemacht", "Ранее X обвиняла Y",
 * "X此前曾指责Y", "X từng cáo buộc Y", "X avait déjà imputé à Y", "X ya había acusado a Y"), is an earlier
 * statement than the one the story tells: said in the same words (claimant, stance, target, no group), it is
 * a claim of its own, not a restatement. The same words with no marker, negated, with the marker cut off by
 * a comma, or in the passive with no accuser, add no claim. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

/** How many claims of `claimant` attribute (or accuse) to `target`. */
const count = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target).length;

const NOW: Record<string, string> = {
  en: 'South Korea said on Monday that North Korea was behind the breach of its defence network.',
  de: 'Südkorea erklärte am Montag, Nordkorea stecke hinter dem Angriff auf das Netz des Verteidigungsministeriums.',
  ru: 'Южная Корея в понедельник заявила, что за взломом сети министерства обороны стоит КНДР.',
  zh: '韩国周一表示，朝鲜是入侵国防部网络的幕后黑手。',
  vi: 'Hàn Quốc hôm thứ Hai cho biết Triều Tiên đứng sau vụ xâm nhập mạng lưới của Bộ Quốc phòng.',
  fr: "La Corée du Sud a affirmé lundi que la Corée du Nord était derrière l'intrusion dans le réseau du ministère de la Défense.",
  es: 'Corea del Sur afirmó el lunes que Corea del Norte estaba detrás de la intrusión en la red del Ministerio de Defensa.',
};

const BACKGROUND: Array<[string, string]> = [
  ['en', 'South Korea had previously blamed North Korea for attacks on banks in 2013.'],
  ['en', 'South Korea had already blamed North Korea for attacks on banks in 2013.'],
  ['de', 'Südkorea hatte Nordkorea bereits zuvor für Angriffe auf Banken im Jahr 2013 verantwortlich gemacht.'],
  ['de', 'Südkorea hatte Nordkorea damals für Angriffe auf Banken verantwortlich gemacht.'],
  ['ru', 'Ранее Южная Корея обвиняла КНДР в атаках на банки в 2013 году.'],
  ['ru', 'Южная Корея уже обвиняла КНДР в атаках на банки.'],
  ['zh', '韩国此前曾指责朝鲜攻击银行。'],
  ['zh', '韩国当时也指责朝鲜攻击银行。'],
  ['vi', 'Hàn Quốc trước đó đã cáo buộc Triều Tiên tấn công các ngân hàng.'],
  ['vi', 'Hàn Quốc từng cáo buộc Triều Tiên tấn công các ngân hàng.'],
  ['fr', 'La Corée du Sud avait déjà imputé à la Corée du Nord des attaques contre des banques en 2013.'],
  ['es', 'Corea del Sur ya había acusado a Corea del Norte de ataques contra bancos en 2013.'],
];

for (const [lang, body] of BACKGROUND) {
  test(`${lang}: an attribution told as background is a statement of its own: ${body}`, () => {
    const cs = claimsOf(`${NOW[lang]} ${body}`, lang);
    assert.equal(count(cs, 'KR', 'KP'), 2, show(cs));
  });
}

const SAME_STATEMENT: Array<[string, string]> = [
  ['en', 'South Korea blamed North Korea for the attack.'],
  ['de', 'Südkorea machte Nordkorea für den Angriff verantwortlich.'],
  ['ru', 'Южная Корея обвинила КНДР в этой атаке.'],
  ['zh', '韩国指责朝鲜发动了这次攻击。'],
  ['vi', 'Hàn Quốc cáo buộc Triều Tiên thực hiện vụ tấn công.'],
  ['fr', "La Corée du Sud a imputé à la Corée du Nord cette attaque."],
  ['es', 'Corea del Sur acusó a Corea del Norte del ataque.'],
];

for (const [lang, body] of SAME_STATEMENT) {
  test(`${lang}: the same attribution with no marker of background is the story's own, told again: ${body}`, () => {
    const cs = claimsOf(`${NOW[lang]} ${body}`, lang);
    assert.equal(count(cs, 'KR', 'KP'), 1, show(cs));
  });
}

const NO_SECOND: Array<[string, string]> = [
  ['en', 'South Korea had never blamed North Korea for attacks on banks.'],
  ['en', 'North Korea had previously been blamed by nobody.'],
  ['en', 'Earlier, South Korea blamed North Korea for the attack.'],
  ['de', 'Südkorea hatte Nordkorea nicht für Angriffe auf Banken verantwortlich gemacht.'],
  ['ru', 'Южная Корея никогда не обвиняла КНДР в атаках на банки.'],
  ['zh', '韩国从未指责朝鲜攻击银行。'],
  ['vi', 'Hàn Quốc chưa bao giờ cáo buộc Triều Tiên tấn công các ngân hàng.'],
  ['es', 'Corea del Sur nunca había acusado a Corea del Norte de ataques contra bancos.'],
];

for (const [lang, body] of NO_SECOND) {
  test(`${lang}: a negated or passive background, or a marker cut off by a comma, adds no attribution: ${body}`, () => {
    const cs = claimsOf(`${NOW[lang]} ${body}`, lang);
    assert.ok(attributes(cs, 'KR', 'KP'), show(cs));
    assert.equal(count(cs, 'KR', 'KP'), 1, show(cs));
  });
}

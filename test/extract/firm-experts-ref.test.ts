/**
 * A firm's experts named back ("Эксперты предупредили", "Эксперты компании предупредили") speak for the firm
 * named last (ru profile `staffRefs`), as the firm's experts already do in the other profiles ("les experts de
 * la société ont averti", "die Experten des Unternehmens warnten", "los expertos de la empresa advirtieron",
 * "该公司专家警告"). Negative cases: experts with no firm named before speak for no one, and Russian
 * "эксперты" only refers back as the subject of a verb of telling or warning.
 * Names and sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<[lang: string, body: string]> = [
  ['ru', 'Компания «Велмора» обнаружила новую группировку Kestrel Mantis. Эксперты предупредили, что группировка продолжает атаки на заводы.'],
  ['ru', 'Компания «Велмора» обнаружила новую группировку Kestrel Mantis. Эксперты компании предупредили, что группировка продолжит атаки на заводы.'],
  ['fr', "L'entreprise de sécurité Velmora a découvert un nouveau groupe, Kestrel Mantis. Les experts de la société ont averti que le groupe continue de viser des usines."],
  ['de', 'Das Sicherheitsunternehmen Velmora hat eine neue Gruppe namens Kestrel Mantis entdeckt. Die Experten des Unternehmens warnten, die Gruppe greife weiterhin Fabriken an.'],
  ['es', 'La empresa de seguridad Velmora descubrió un nuevo grupo, Kestrel Mantis. Los expertos de la empresa advirtieron que el grupo sigue atacando fábricas.'],
  ['zh', '安全公司Velmora发现了新的黑客组织Kestrel Mantis。该公司专家警告，该组织仍在攻击工厂。'],
];

for (const [lang, body] of CASES) {
  test(`${lang}: the firm's experts named back warn for the firm: ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.stance === 'warns'), show(cs));
  });
}

const NEGATIVE: Array<[lang: string, body: string]> = [
  ['ru', 'Группировка Kestrel Mantis атакует заводы. Эксперты предупредили, что атаки продолжатся.'],
  ['ru', 'Компания «Велмора» обнаружила новую группировку Kestrel Mantis. По мнению экспертов, группировка связана с заводами.'],
];

for (const [lang, body] of NEGATIVE) {
  test(`${lang}: experts with no firm before, or not as the subject, speak for no firm (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Velmora' && c.stance === 'warns'), show(cs));
  });
}

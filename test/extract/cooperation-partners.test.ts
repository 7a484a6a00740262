/**
 * Partners of cooperation ("will cooperate closely with Britain and Australia", "将与英国、澳大利亚
 * 密切合作", "coopérera étroitement avec le Royaume-Uni", "cooperará estrechamente con el Reino
 * Unido") side with the speaker: they neither make the sentence's warning nor are warned by it.
 * Cooperation told as the act accused ("accused the firm of cooperating with Iran's intelligence
 * service", "warf ... eine Zusammenarbeit mit ... vor", "指责该公司与伊朗情报机构密切合作") keeps its
 * partner accused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const PARTNERS = new Set(['GB', 'AU']);

const COOPERATING: Array<{ lang: string; text: string }> = [
  { lang: 'zh', text: '加拿大外交部长表示，伊朗的网络活动对国际社会构成威胁，加拿大将与英国、澳大利亚等国密切合作，绝不容许此类行为。' },
  { lang: 'zh', text: '加拿大外交部長表示，伊朗的網路活動對國際社會構成威脅，加拿大將與英國、澳洲等國密切合作，絕不容許此類行為。' },
  { lang: 'en', text: 'Iran attacked the servers of the foreign ministry, Canada said. Canada will cooperate closely with Britain and Australia to deter such attacks.' },
  { lang: 'fr', text: "L'Iran a attaqué les serveurs du ministère, a indiqué le Canada. Le Canada coopérera étroitement avec le Royaume-Uni et l'Australie pour dissuader de telles attaques." },
  { lang: 'es', text: 'Irán atacó los servidores del ministerio, afirmó Canadá. Canadá cooperará estrechamente con el Reino Unido y Australia para disuadir tales ataques.' },
];

for (const c of COOPERATING) {
  test(`${c.lang}: partners of cooperation neither warn nor are warned`, () => {
    const cs = claimsOf(c.text, c.lang);
    const warnings = cs.filter((x) => x.stance === 'warns');
    assert.ok(warnings.length > 0 && warnings.every((x) => x.claimant === 'CA'), show(cs));
    assert.ok(!cs.some((x) => PARTNERS.has(x.claimant) || PARTNERS.has(x.target ?? '')), show(cs));
  });
}

/** Negative: cooperation that is itself accused keeps its partner the accused. */
const ACCUSED_COOPERATION: Array<{ lang: string; text: string; claimant: string }> = [
  { lang: 'en', claimant: 'CA', text: "Canada accused the firm of cooperating closely with Iran's intelligence service." },
  { lang: 'de', claimant: 'DE', text: 'Der BND warf dem Konzern eine enge Zusammenarbeit mit dem iranischen Geheimdienst vor.' },
  { lang: 'zh', claimant: 'CA', text: '加拿大指责该公司与伊朗情报机构密切合作。' },
];

for (const c of ACCUSED_COOPERATION) {
  test(`${c.lang}: a partner in the cooperation accused is still accused`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(attributes(cs, c.claimant, 'IR'), show(cs));
  });
}

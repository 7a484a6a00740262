/**
 * A team or a report that no one in the text is named to own, in a text a body publishes (its name on a header
 * line) and no body named in the sentences before: the publisher's own team speaks ("技术团队认定", "the research team found", "l'équipe technique a
 * établi"). Without a publisher the team speaks for no one. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, header, body, author, target] of [
  ['en', 'Kaspersky', 'The attacks began in March. Several files were stolen. The files were encrypted. The research team found that China was behind the attacks on the ministry.', 'Kaspersky', 'CN'],
  ['fr', 'Kaspersky', "Les attaques ont commencé en mars. Plusieurs fichiers ont été volés. Les fichiers étaient chiffrés. L'équipe technique a établi que la Chine est derrière l'attaque contre le ministère.", 'Kaspersky', 'CN'],
  ['es', 'Kaspersky', 'Los ataques comenzaron en marzo. Se robaron varios archivos. Los archivos estaban cifrados. El equipo técnico determinó que China está detrás del ataque contra el ministerio.', 'Kaspersky', 'CN'],
  ['zh', '国家计算机病毒应急处理中心', '攻击始于三月。多个文件被窃取。这些文件已被加密。综合分析结果，技术团队认定，上述攻击行动由美国国家安全局发起。', 'CN', 'US'],
] as const) {
  test(`${lang}: the publisher's team speaks: ${body.slice(-60, -20)}`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(attributes(cs, author, target), show(cs));
  });
  test(`${lang}: no publisher, no owner: ${body.slice(-60, -20)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'attributes' || c.stance === 'accuses'), show(cs));
  });
}

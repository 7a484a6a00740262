/**
 * A confirmation of a technical finding is no confirmation of a hit: what is confirmed opens with a thing (a
 * vulnerability, a model, an overlap of code, an IP address) and tells no hostile act done with it, even where the
 * sentence before tells of an intrusion. A confirmation whose content is a hit on the speaker, or the thing's use
 * against someone, is still one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const FINDINGS: Array<[string, string]> = [
  ['en', 'Hackers broke into the mail servers of two ministries last spring. Trellix confirmed that the flaw also worked against the newest release of the gateway.'],
  ['fr', 'Des pirates se sont introduits dans les serveurs de deux ministères au printemps. Bitdefender reconnaît que son modèle de détection a parfois raté des fichiers.'],
  ['vi', 'Tin tặc đã xâm nhập máy chủ thư của hai bộ hồi mùa xuân. Bitdefender xác nhận sự trùng lặp mã giữa hai công cụ.'],
  ['de', 'Hacker drangen im Frühjahr in die Mailserver zweier Ministerien ein. Trellix bestätigte, dass die Schwachstelle auch in der neuesten Version steckt.'],
  ['es', 'Unos piratas entraron en los servidores de correo de dos ministerios en primavera. Trellix confirmó que la vulnerabilidad también funcionaba en la última versión.'],
  ['ru', 'Хакеры проникли в почтовые серверы двух министерств весной. Trellix подтвердила, что уязвимость работает и в последней версии шлюза.'],
  ['zh', '黑客今年春天侵入了两个部委的邮件服务器。Trellix证实，该漏洞在最新版本中同样存在。'],
];
for (const [lang, body] of FINDINGS) {
  test(`${lang}: a confirmed technical finding confirms no hit`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'confirms'), show(cs));
  });
}

const HITS: Array<[string, string, string]> = [
  ['en', 'Trellix', 'Hackers broke into the mail servers of two ministries last spring. Trellix confirmed that its own mail servers had been breached as well.'],
  ['en', 'Trellix', 'Hackers broke into the mail servers of two ministries last spring. Trellix confirmed that the flaw had been exploited to break into its own mail servers.'],
  ['fr', 'Bitdefender', 'Des pirates se sont introduits dans les serveurs de deux ministères au printemps. Bitdefender a reconnu que la faille avait été exploitée pour pirater ses propres serveurs.'],
  ['es', 'Trellix', 'Unos piratas entraron en los servidores de correo de dos ministerios en primavera. Trellix confirmó que la vulnerabilidad fue explotada para atacar sus propios servidores.'],
  ['zh', 'Trellix', '黑客今年春天侵入了两个部委的邮件服务器。Trellix证实，该漏洞已被利用入侵其邮件服务器。'],
];
for (const [lang, victim, body] of HITS) {
  test(`${lang}: a confirmed hit, or a flaw used against the speaker, is still confirmed`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.stance === 'confirms' && c.claimant === victim && c.target === victim), show(cs));
  });
}

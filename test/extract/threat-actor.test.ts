/**
 * The actor of a hostile act told before a threat word ("Chinese hackers infiltrated ministry networks for
 * years, which poses a serious threat", "中國駭客組織長期滲透政府機關…構成嚴重威脅") is the threat warned of,
 * never the one who warns: the current speaker warns of its state, and with no one to voice it there is no
 * warning. Negative case: officials of a state who warn, with no act of theirs told before the cue, still
 * make the warning. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const VOICED: Array<[lang: string, body: string]> = [
  ['en', 'The Estonian intelligence service said on Monday that it had found new intrusions in ministries. Chinese hackers infiltrated ministry networks for years, which poses a serious threat to national security.'],
  ['fr', "Le service de renseignement estonien a indiqué lundi avoir découvert de nouvelles intrusions. Des pirates chinois ont infiltré les réseaux des ministères pendant des années, ce qui constitue une menace grave."],
];

const ACTOR_NEVER_WARNS: Array<[lang: string, body: string]> = [
  ['fr', 'Des pirates chinois ont infiltré les réseaux des ministères pendant des années, ce qui constitue une menace grave.'],
  ['es', 'Hackers chinos infiltraron las redes de los ministerios durante años, lo que representa una grave amenaza.'],
  ['ru', 'Российские хакеры взломали сети министерств, что создает серьезную угрозу национальной безопасности.'],
  ['vi', 'Tin tặc Trung Quốc đã xâm nhập mạng của các bộ trong nhiều năm, gây ra mối đe dọa nghiêm trọng.'],
  ['zh', '中國駭客組織長期滲透政府機關，竊取公務文件，對國家資安構成嚴重威脅。'],
];

const OFFICIALS_WARN: Array<[lang: string, body: string]> = [
  ['en', 'Estonian intelligence officers warned that Chinese hackers are scanning ministry networks.'],
];

for (const [lang, body] of VOICED) {
  test(`${lang}: the actor of a hostile act before a threat word is the threat the speaker warns of`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target === 'CN'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CN' && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of ACTOR_NEVER_WARNS) {
  test(`${lang}: the actor of a hostile act is never the one who warns of it (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => (c.claimant === 'CN' || c.claimant === 'RU') && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of OFFICIALS_WARN) {
  test(`${lang}: a state's officials warning with no act of theirs told still warn (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target === 'CN'), show(cs));
  });
}
